// Cancellation events.
// NF-e: procEventoNFe (evento + retEvento), a bare evento or an envEvento batch; tpEvento 110111
// (cancellation) or 110112 (NFC-e cancellation by substitution); retEvento cStat 135/136/155 =
// registered.
// NFS-e (national): evento/infEvento/pedRegEvento/infPedReg with chNFSe and e101101 (cancellation) or
// e105102 (cancellation by substitution); a bare pedRegEvento (the request) is accepted too.

import { formatTaxId } from '@prumo/br';
import { ExtractionError, emptyExtracted, type Authorization, type Extracted } from '../types';
import { path, type XmlElement } from './dom';
import { attr, child, isoInstant, searchText, textAt, xmlField } from './common';
import { checkedNfeKey } from './nfe';
import { checkedNfseId } from './nfse';

const NFE_CANCELLATION_EVENTS = new Set(['110111', '110112']);
const NFE_EVENT_REGISTERED = new Set(['135', '136', '155']);
const NFSE_CANCELLATION_EVENTS = ['e101101', 'e105102'];

function authorTaxId(inf: XmlElement | null, tags: string[]) {
  for (const tag of tags) {
    const v = textAt(inf, tag);
    if (v !== null) return xmlField(v.replace(/[\s./-]/g, '').toUpperCase());
  }
  return null;
}

export function extractNfeEvent(root: XmlElement): Extracted {
  const evento = root.name === 'evento' ? root : child(root, 'evento');
  const inf = child(evento, 'infEvento');
  if (!inf) throw new ExtractionError('XML de evento de NF-e sem o grupo infEvento.', 'CORRUPT');
  const tpEvento = textAt(inf, 'tpEvento');
  const rawKey = textAt(inf, 'chNFe');
  if (rawKey === null) throw new ExtractionError('Evento de NF-e sem a chave da nota (chNFe).', 'INVALID_KEY');
  const key = checkedNfeKey(rawKey, 'chNFe');
  const isCancellation = tpEvento !== null && NFE_CANCELLATION_EVENTS.has(tpEvento);

  const ret = path(root, 'retEvento', 'infEvento');
  let authorization: Authorization = { status: 'UNKNOWN', code: null, protocol: null };
  if (ret) {
    const code = textAt(ret, 'cStat');
    authorization = {
      status: code !== null && NFE_EVENT_REGISTERED.has(code) ? 'AUTHORIZED' : code === null ? 'UNKNOWN' : 'REJECTED',
      code,
      protocol: textAt(ret, 'nProt'),
    };
  }

  const out = emptyExtracted(isCancellation ? 'NFE_CANCELLATION' : 'OTHER');
  out.model = xmlField(key.slice(20, 22));
  out.issuerTaxId = authorTaxId(inf, ['CNPJ', 'CPF']);
  out.issuedAt = xmlField(isoInstant(textAt(inf, 'dhEvento')));
  out.authorization = authorization;
  out.cancels = isCancellation ? { accessKey: key } : null;
  const issuer = out.issuerTaxId?.value;
  out.text = searchText([
    isCancellation ? 'Cancelamento de NF-e' : `Evento de NF-e ${tpEvento ?? ''}`.trim(),
    textAt(inf, 'detEvento', 'descEvento'),
    `Chave de acesso ${key}`,
    issuer ? formatTaxId(issuer) ?? issuer : null,
    textAt(inf, 'detEvento', 'xJust'),
    textAt(ret, 'xMotivo'),
  ]);
  return out;
}

export function extractNfseEvent(root: XmlElement): Extracted {
  const inf = root.name === 'evento' ? child(root, 'infEvento') : null;
  const ped = root.name === 'pedRegEvento' ? root : child(inf, 'pedRegEvento');
  const infPed = child(ped, 'infPedReg');
  if (!infPed) throw new ExtractionError('XML de evento de NFS-e sem o grupo infPedReg.', 'CORRUPT');
  const eventEl = NFSE_CANCELLATION_EVENTS.map((name) => child(infPed, name)).find((e) => e !== null) ?? null;
  const rawId = textAt(infPed, 'chNFSe') ?? textAt(eventEl, 'chNFSe');
  if (rawId === null) throw new ExtractionError('Evento de NFS-e sem a chave da nota (chNFSe).', 'INVALID_KEY');
  const id = checkedNfseId(rawId, 'chNFSe');

  const out = emptyExtracted(eventEl ? 'NFSE_CANCELLATION' : 'OTHER');
  out.issuerTaxId = authorTaxId(infPed, ['CNPJAutor', 'CPFAutor']);
  out.issuedAt = xmlField(isoInstant(textAt(infPed, 'dhEvento')));
  out.authorization = inf
    ? { status: 'AUTHORIZED', code: null, protocol: textAt(inf, 'nDFe') ?? attr(inf, 'Id') }
    : { status: 'UNKNOWN', code: null, protocol: null };
  out.cancels = eventEl ? { accessKey: id } : null;
  const issuer = out.issuerTaxId?.value;
  out.text = searchText([
    eventEl ? 'Cancelamento de NFS-e' : 'Evento de NFS-e',
    textAt(eventEl, 'xDesc'),
    `Chave de acesso ${id}`,
    issuer ? formatTaxId(issuer) ?? issuer : null,
    textAt(eventEl, 'xMotivo'),
  ]);
  return out;
}
