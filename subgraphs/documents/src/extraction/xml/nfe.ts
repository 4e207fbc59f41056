// NF-e (model 55) and NFC-e (model 65), layout 4.00 (MOC), with the tax-reform groups (IBSCBS,
// IBSCBSTot) tolerated: they are simply not read. Roots: nfeProc (NFe + protNFe), a bare NFe, or an
// enviNFe batch (its first NFe).

import { formatCnpj, formatTaxId, validateNfeKey } from '@prumo/br';
import { ExtractionError, emptyExtracted, type Authorization, type Extracted, type ExtractedItem } from '../types';
import { children, type XmlElement } from './dom';
import {
  attr,
  cents,
  child,
  isoInstant,
  normaliseQuantity,
  partyTaxId,
  roundedCents,
  searchText,
  spMonth,
  textAt,
  xmlField,
} from './common';

/** cStat of protNFe/infProt: 100 authorised, 150 authorised out of time. */
const AUTHORIZED_STATUSES = new Set(['100', '150']);

export function checkedNfeKey(raw: string, what: string): string {
  const r = validateNfeKey(raw);
  if (!r.ok) {
    throw new ExtractionError(`Chave de acesso inválida em ${what}: ${r.message}`, 'INVALID_KEY');
  }
  return r.value.key;
}

function readItems(infNFe: XmlElement): ExtractedItem[] {
  const items: ExtractedItem[] = [];
  for (const det of children(infNFe, 'det')) {
    const prod = child(det, 'prod');
    if (!prod) continue;
    items.push({
      code: textAt(prod, 'cProd'),
      description: textAt(prod, 'xProd') ?? '',
      ncm: textAt(prod, 'NCM'),
      cfop: textAt(prod, 'CFOP'),
      quantity: normaliseQuantity(textAt(prod, 'qCom')),
      unitPriceCents: roundedCents(textAt(prod, 'vUnCom')),
      totalCents: cents(textAt(prod, 'vProd'), `vProd do item ${attr(det, 'nItem') ?? items.length + 1}`) ?? 0,
    });
  }
  return items;
}

function readAuthorization(protNFe: XmlElement | null, key: string): Authorization {
  const infProt = child(protNFe, 'infProt');
  if (!infProt) return { status: 'UNKNOWN', code: null, protocol: null };
  const chNFe = textAt(infProt, 'chNFe');
  if (chNFe !== null && chNFe.replace(/\s/g, '') !== key) {
    throw new ExtractionError('A chave do protocolo de autorização (protNFe) não corresponde à chave da nota.', 'INVALID_KEY');
  }
  const code = textAt(infProt, 'cStat');
  return {
    status: code === null ? 'UNKNOWN' : AUTHORIZED_STATUSES.has(code) ? 'AUTHORIZED' : 'REJECTED',
    code,
    protocol: textAt(infProt, 'nProt'),
  };
}

export function extractNfe(root: XmlElement): Extracted {
  let nfe: XmlElement | null;
  let protNFe: XmlElement | null = null;
  if (root.name === 'nfeProc') {
    nfe = child(root, 'NFe');
    protNFe = child(root, 'protNFe');
  } else if (root.name === 'enviNFe') {
    nfe = child(root, 'NFe');
  } else {
    nfe = root;
  }
  const infNFe = child(nfe, 'infNFe');
  if (!infNFe) throw new ExtractionError('XML de NF-e sem o grupo infNFe.', 'CORRUPT');

  const id = attr(infNFe, 'Id');
  const protKey = textAt(protNFe, 'infProt', 'chNFe');
  const rawKey = id !== null ? id.replace(/^NFe/i, '') : protKey;
  if (rawKey === null) throw new ExtractionError('XML de NF-e sem chave de acesso (infNFe/@Id).', 'INVALID_KEY');
  const key = checkedNfeKey(rawKey, 'infNFe/@Id');

  const ide = child(infNFe, 'ide');
  const emit = child(infNFe, 'emit');
  const dest = child(infNFe, 'dest');
  const model = textAt(ide, 'mod') ?? key.slice(20, 22);
  const kind = model === '65' ? 'NFCE' : 'NFE';
  const dhEmi = textAt(ide, 'dhEmi') ?? textAt(ide, 'dEmi');
  const tpNF = textAt(ide, 'tpNF');
  const crt = textAt(emit, 'CRT');
  const items = readItems(infNFe);
  const vNF = cents(textAt(infNFe, 'total', 'ICMSTot', 'vNF'), 'vNF');

  const out = emptyExtracted(kind);
  out.accessKey = xmlField(key);
  out.number = xmlField(textAt(ide, 'nNF'));
  out.series = xmlField(textAt(ide, 'serie'));
  out.model = xmlField(model);
  out.issuerTaxId = partyTaxId(emit);
  out.issuerName = xmlField(textAt(emit, 'xNome'));
  out.recipientTaxId = partyTaxId(dest);
  out.recipientName = xmlField(textAt(dest, 'xNome'));
  out.issuedAt = xmlField(isoInstant(dhEmi));
  out.competenceMonth = xmlField(spMonth(dhEmi));
  out.totalCents = xmlField(vNF);
  out.operation = tpNF === '1' ? 'EXIT' : tpNF === '0' ? 'ENTRY' : null;
  out.issuerIsMei = crt === null ? null : crt === '4';
  out.authorization = readAuthorization(protNFe, key);
  out.items = items;
  out.text = searchText([
    kind === 'NFCE' ? 'NFC-e' : 'NF-e',
    `Chave de acesso ${key}`,
    out.number ? `Número ${out.number.value}` : null,
    out.series ? `Série ${out.series.value}` : null,
    textAt(ide, 'natOp'),
    out.issuerName?.value,
    textAt(emit, 'xFant'),
    out.issuerTaxId ? formatTaxId(out.issuerTaxId.value) ?? formatCnpj(out.issuerTaxId.value) ?? out.issuerTaxId.value : null,
    out.recipientName?.value,
    out.recipientTaxId ? formatTaxId(out.recipientTaxId.value) ?? out.recipientTaxId.value : null,
    ...items.map((i) => [i.code, i.description, i.ncm ? `NCM ${i.ncm}` : null].filter(Boolean).join(' ')),
    textAt(infNFe, 'infAdic', 'infCpl'),
  ]);
  return out;
}

