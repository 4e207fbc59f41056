// Helpers shared by the XML readers: XML fields are exact, so confidence is 1 unless a value fails
// its own check (a tax id with wrong check digits stays, at lower confidence, for the user to fix).

import { monthKey, parseDecimalDot, parseScaledDecimal, validateTaxId } from '@prumo/br';
import { ExtractionError, type Field } from '../types';
import { child, textAt, type XmlElement } from './dom';

export const NS_NFE = 'http://www.portalfiscal.inf.br/nfe';
export const NS_NFSE = 'http://www.sped.fazenda.gov.br/nfse';

export function xmlField<T>(value: T | null | undefined, confidence = 1): Field<T> | null {
  return value === null || value === undefined || value === '' ? null : { value, confidence, source: 'XML' };
}

/** CNPJ | CPF (| idEstrangeiro / NIF) child of a party group, normalised. */
export function partyTaxId(party: XmlElement | null): Field<string> | null {
  if (!party) return null;
  for (const tag of ['CNPJ', 'CPF']) {
    const raw = textAt(party, tag);
    if (raw === null) continue;
    const r = validateTaxId(raw);
    return r.ok ? xmlField(r.value) : xmlField(raw.replace(/[\s./-]/g, '').toUpperCase(), 0.5);
  }
  for (const tag of ['idEstrangeiro', 'NIF']) {
    const raw = textAt(party, tag);
    if (raw !== null) return xmlField(raw);
  }
  return null;
}

/** Exact centavos from an XML decimal ('159.90'); throws CORRUPT when present but unreadable. */
export function cents(raw: string | null, what: string): number | null {
  if (raw === null) return null;
  const r = parseDecimalDot(raw);
  if (!r.ok) throw new ExtractionError(`Valor inválido no XML (${what}: "${raw.slice(0, 32)}").`, 'CORRUPT');
  return r.cents;
}

/** vUnCom may carry up to 10 decimals: rounded half-up to centavos; null when unreadable. */
export function roundedCents(raw: string | null): number | null {
  if (raw === null) return null;
  const exact = parseDecimalDot(raw);
  if (exact.ok) return exact.cents;
  const r = parseScaledDecimal(raw, 10);
  if (!r.ok) return null;
  const units = BigInt(r.units);
  const base = 10n ** 8n;
  const abs = units < 0n ? -units : units;
  const rounded = (abs + base / 2n) / base;
  return Number(units < 0n ? -rounded : rounded);
}

/** '2.0000' -> '2', '1.5000' -> '1.5'; anything not a plain decimal is returned trimmed as is. */
export function normaliseQuantity(raw: string | null): string {
  if (raw === null) return '1';
  const s = raw.trim();
  if (!/^\d+(\.\d+)?$/.test(s)) return s;
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}

/** ISO instant (UTC) of an XML dateTime with offset; a plain date is São Paulo midnight. */
export function isoInstant(raw: string | null): string | null {
  if (raw === null) return null;
  const s = raw.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) {
    const t = Date.parse(`${s}T00:00:00-03:00`);
    return Number.isFinite(t) ? new Date(t).toISOString() : null;
  }
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/.test(s)) return null;
  // Without an offset the time is São Paulo wall-clock time (Brazil has no DST since 2019).
  const withOffset = /(Z|[+-]\d{2}:\d{2})$/.test(s) ? s : `${s}-03:00`;
  const t = Date.parse(withOffset);
  return Number.isFinite(t) ? new Date(t).toISOString() : null;
}

/** 'YYYY-MM' in America/Sao_Paulo of an XML dateTime/date. */
export function spMonth(raw: string | null): string | null {
  if (raw === null) return null;
  return monthKey(raw.trim());
}

export function attr(el: XmlElement | null, name: string): string | null {
  const v = el?.attrs[name];
  return v === undefined || v === '' ? null : v.trim();
}

export { child, textAt };

/** Collects non-empty strings into newline-separated search text. */
export function searchText(parts: ReadonlyArray<string | null | undefined>): string {
  return parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').join('\n');
}
