// extractXml: dispatch on the (namespace, local name) of the root element.

import { ExtractionError, type Extracted } from '../types';
import { child, parseXml, type XmlElement } from './dom';
import { NS_NFE, NS_NFSE } from './common';
import { extractNfe } from './nfe';
import { extractNfse } from './nfse';
import { extractNfeEvent, extractNfseEvent } from './events';

type Family = 'NFE' | 'NFSE' | null;

/** Documents without xmlns are tolerated: the family is then told by the root's shape. */
function family(root: XmlElement): Family {
  if (root.ns === NS_NFE) return 'NFE';
  if (root.ns === NS_NFSE) return 'NFSE';
  if (root.ns !== '') return null;
  if (['nfeProc', 'NFe', 'enviNFe', 'procEventoNFe', 'envEvento'].includes(root.name)) return 'NFE';
  if (['NFSe', 'pedRegEvento'].includes(root.name)) return 'NFSE';
  if (root.name === 'evento') {
    const inf = child(root, 'infEvento');
    if (child(inf, 'pedRegEvento')) return 'NFSE';
    if (child(inf, 'tpEvento')) return 'NFE';
  }
  return null;
}

/**
 * Extracts an NF-e/NFC-e (nfeProc, NFe), a national NFS-e (NFSe) or a cancellation event
 * (procEventoNFe/evento; NFS-e evento/pedRegEvento). All fields have confidence 1 and source 'XML'.
 * Throws ExtractionError: UNSAFE (DOCTYPE/ENTITY), CORRUPT (malformed, truncated, unreadable value),
 * INVALID_KEY (wrong check digit or shape of the access key), UNSUPPORTED (another kind of XML),
 * EMPTY (no content).
 */
export function extractXml(bytes: Buffer): Extracted {
  if (!Buffer.isBuffer(bytes)) throw new ExtractionError('Arquivo inválido.', 'CORRUPT');
  const root = parseXml(bytes);
  const fam = family(root);
  if (fam === 'NFE') {
    if (root.name === 'nfeProc' || root.name === 'NFe' || root.name === 'enviNFe') return extractNfe(root);
    if (root.name === 'procEventoNFe' || root.name === 'evento') return extractNfeEvent(root);
    if (root.name === 'envEvento') {
      const evento = child(root, 'evento');
      if (evento) return extractNfeEvent(evento);
    }
  } else if (fam === 'NFSE') {
    if (root.name === 'NFSe') return extractNfse(root);
    if (root.name === 'evento' || root.name === 'pedRegEvento') return extractNfseEvent(root);
  }
  throw new ExtractionError(
    `Tipo de XML não suportado (${root.name}). Envie o XML de uma NF-e, NFC-e, NFS-e nacional ou de um evento de cancelamento.`,
    'UNSUPPORTED',
  );
}
