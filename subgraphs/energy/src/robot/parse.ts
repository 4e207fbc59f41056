import { parseBRL, parseIsoDate, parsePix, validateBoletoLine } from '@prumo/br';

/** Small parsers for what the portal prints (pt-BR). Each returns null on anything unexpected. */

/** "R$ 1.234,56" -> 123456 */
export function parseMoney(text: string | null | undefined): number | null {
  if (!text) return null;
  const r = parseBRL(text.replace(/\u00a0/g, ' ').trim());
  return r.ok ? r.cents : null;
}

/** "05/2026" -> "2026-05" */
export function parseMonth(text: string | null | undefined): string | null {
  const m = /^\s*(0[1-9]|1[0-2])\/(\d{4})\s*$/.exec(text ?? '');
  return m ? `${m[2]}-${m[1]}` : null;
}

/** "16/05/2026" -> "2026-05-16" (a real calendar day) */
export function parseDay(text: string | null | undefined): string | null {
  const m = /^\s*(\d{2})\/(\d{2})\/(\d{4})\s*$/.exec(text ?? '');
  if (!m) return null;
  const iso = `${m[3]}-${m[2]}-${m[1]}`;
  return parseIsoDate(iso) ? iso : null;
}

/** "1.234 kWh" -> 1234 */
export function parseKwh(text: string | null | undefined): number | null {
  const m = /^\s*(\d{1,3}(?:\.\d{3})*|\d+)(?:,\d+)?\s*kWh\s*$/i.exec(text ?? '');
  return m ? Number(m[1].replace(/\./g, '')) : null;
}

/** "40,00%" -> 40 */
export function parsePercent(text: string | null | undefined): number | null {
  const m = /^\s*(\d{1,3})(?:,(\d{1,2}))?\s*%\s*$/.exec(text ?? '');
  if (!m) return null;
  const v = Number(`${m[1]}.${m[2] ?? '0'}`);
  return v >= 0 && v <= 100 ? v : null;
}

export type PortalInvoiceStatus = 'OPEN' | 'PAID' | 'OVERDUE';
export function parseStatus(text: string | null | undefined): PortalInvoiceStatus | null {
  const t = (text ?? '').trim().toLowerCase();
  if (t === 'paga') return 'PAID';
  if (t === 'em aberto') return 'OPEN';
  if (t === 'vencida') return 'OVERDUE';
  return null;
}

/** Digits of a typed line; valid only as a segment-3 (energy) arrecadação line per packages/br. */
export function checkBarcode(text: string | null | undefined, today = new Date()): { line: string; valid: boolean } {
  const line = (text ?? '').replace(/\D/g, '');
  const r = validateBoletoLine(line, today);
  return { line, valid: r.ok && r.value.kind === 'ARRECADACAO' && line.startsWith('83') };
}

export function checkPix(text: string | null | undefined): { pix: string | null; valid: boolean | null } {
  const pix = (text ?? '').trim();
  if (!pix) return { pix: null, valid: null };
  return { pix, valid: parsePix(pix).ok };
}
