// National NFS-e (Padrão Nacional, namespace http://www.sped.fazenda.gov.br/nfse, layout 1.00):
// NFSe/infNFSe with the provider's DPS embedded (DPS/infDPS).

import { UF_CODES, formatTaxId } from '@prumo/br';
import { ExtractionError, emptyExtracted, type Extracted } from '../types';
import { path, type XmlElement } from './dom';
import { attr, cents, child, isoInstant, partyTaxId, searchText, textAt, xmlField } from './common';

/** infNFSe/cStat: 100 generated, 101 replacement, 102 judicial decision, 103 "avulsa". */
const GENERATED_STATUSES = new Set(['100', '101', '102', '103']);

/**
 * The 50 characters of a national NFS-e access key (cMun 7, ambGer 1, tpInsc 1, inscFed 14, nNFSe 13,
 * AAMM 4, cNum 9, DV 1). The check digit algorithm is not published with the schema, so only the shape
 * and the state prefix of the IBGE municipality code are checked.
 */
export function checkedNfseId(raw: string, what: string): string {
  const s = raw.replace(/\s/g, '').replace(/^NFS(e)?/i, '');
  if (!/^\d{50}$/.test(s)) {
    throw new ExtractionError(`Identificador da NFS-e inválido em ${what}: deve ter 50 dígitos após "NFS".`, 'INVALID_KEY');
  }
  if (UF_CODES[s.slice(0, 2)] === undefined) {
    throw new ExtractionError(`Identificador da NFS-e inválido em ${what}: código de município inexistente.`, 'INVALID_KEY');
  }
  return s;
}

export function extractNfse(root: XmlElement): Extracted {
  const inf = child(root, 'infNFSe');
  if (!inf) throw new ExtractionError('XML de NFS-e sem o grupo infNFSe.', 'CORRUPT');
  const rawId = attr(inf, 'Id');
  if (rawId === null) throw new ExtractionError('XML de NFS-e sem identificador (infNFSe/@Id).', 'INVALID_KEY');
  if (!/^NFS/i.test(rawId)) throw new ExtractionError('Identificador da NFS-e deve começar com "NFS".', 'INVALID_KEY');
  const id = checkedNfseId(rawId, 'infNFSe/@Id');

  const infDPS = path(inf, 'DPS', 'infDPS');
  const emit = child(inf, 'emit');
  const prest = child(infDPS, 'prest');
  const toma = child(infDPS, 'toma');
  const dhEmi = textAt(infDPS, 'dhEmi') ?? textAt(inf, 'dhProc');
  const dCompet = textAt(infDPS, 'dCompet');
  const gross = cents(textAt(infDPS, 'valores', 'vServPrest', 'vServ'), 'vServ');
  const net = cents(textAt(inf, 'valores', 'vLiq'), 'vLiq');
  const opSimpNac = textAt(prest, 'regTrib', 'opSimpNac');
  const cStat = textAt(inf, 'cStat');
  const cServ = path(infDPS, 'serv', 'cServ');
  const description = textAt(cServ, 'xDescServ') ?? textAt(inf, 'xTribNac');

  const out = emptyExtracted('NFSE');
  out.accessKey = xmlField(id);
  out.number = xmlField(textAt(inf, 'nNFSe'));
  out.series = xmlField(textAt(infDPS, 'serie'));
  out.issuerTaxId = partyTaxId(emit) ?? partyTaxId(prest);
  out.issuerName = xmlField(textAt(emit, 'xNome') ?? textAt(prest, 'xNome'));
  out.recipientTaxId = partyTaxId(toma);
  out.recipientName = xmlField(textAt(toma, 'xNome'));
  out.issuedAt = xmlField(isoInstant(dhEmi));
  out.competenceMonth = xmlField(dCompet !== null && /^\d{4}-\d{2}-\d{2}$/.test(dCompet) ? dCompet.slice(0, 7) : null);
  out.totalCents = xmlField(gross ?? net);
  out.netCents = xmlField(net);
  out.issuerIsMei = opSimpNac === null ? null : opSimpNac === '2';
  out.authorization = {
    status: cStat === null || GENERATED_STATUSES.has(cStat) ? 'AUTHORIZED' : 'UNKNOWN',
    code: cStat,
    protocol: textAt(inf, 'nDFSe'),
  };
  if (gross !== null) {
    out.items = [
      {
        code: textAt(cServ, 'cTribNac'),
        description: description ?? '',
        ncm: null,
        cfop: null,
        quantity: '1',
        unitPriceCents: gross,
        totalCents: gross,
      },
    ];
  }
  out.text = searchText([
    'NFS-e',
    `Chave de acesso ${id}`,
    out.number ? `Número ${out.number.value}` : null,
    out.issuerName?.value,
    out.issuerTaxId ? formatTaxId(out.issuerTaxId.value) ?? out.issuerTaxId.value : null,
    out.recipientName?.value,
    out.recipientTaxId ? formatTaxId(out.recipientTaxId.value) ?? out.recipientTaxId.value : null,
    textAt(inf, 'xLocPrestacao'),
    textAt(inf, 'xTribNac'),
    description,
  ]);
  return out;
}
