// Money as integer centavos (a JS safe integer). Parsing never goes through floating point: the
// digits are assembled with BigInt and range-checked, so '0,29' is exactly 29 and '159.90' exactly 15990.
//
// Display format: 'R$ 1.234,56' with a plain ASCII space (U+0020) after 'R$', not the NBSP that
// Intl's pt-BR currency format emits, so output is stable across ICU versions and easy to assert in
// tests. Negative amounts are '-R$ 10,00'. parseBRL accepts NBSP as well.

import { invalid, messageFor, type Invalid } from './result';

export type MoneyReason =
  | 'NOT_A_STRING'
  | 'EMPTY'
  | 'INVALID_FORMAT'
  | 'AMBIGUOUS_SEPARATOR'
  | 'TOO_MANY_DECIMALS'
  | 'OUT_OF_RANGE';

export const MONEY_MESSAGES_PT_BR: Readonly<Record<MoneyReason, string>> = {
  NOT_A_STRING: 'Informe o valor como texto.',
  EMPTY: 'Informe o valor.',
  INVALID_FORMAT: 'Valor inválido. Use o formato 1.234,56.',
  AMBIGUOUS_SEPARATOR: 'Separadores ambíguos. Use ponto para milhares e vírgula para centavos (ex.: 1.234,56).',
  TOO_MANY_DECIMALS: 'Use no máximo duas casas decimais.',
  OUT_OF_RANGE: 'Valor fora do intervalo permitido.',
};

export function moneyMessagePtBR(reason: MoneyReason): string {
  return messageFor(MONEY_MESSAGES_PT_BR, reason, 'Valor inválido.');
}

export type MoneyResult = { readonly ok: true; readonly cents: number } | Invalid<MoneyReason>;
export type ScaledDecimalResult =
  | { readonly ok: true; readonly units: number; readonly scale: number }
  | Invalid<MoneyReason>;

const MAX_INPUT_LENGTH = 64;
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const fail = (reason: MoneyReason) => invalid(reason, MONEY_MESSAGES_PT_BR);

// Optional sign, optional 'R$' (either order for the sign: '-R$ 1,00' or 'R$ -1,00'), then the number.
const BRL_SHAPE = /^([+-])?\s*(?:R\$\s*([+-])?\s*)?([\d.,]+)$/i;
// pt-BR number: thousands grouped with '.', or no grouping at all; decimals after ','.
const BRL_NUMBER = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/;
// Shapes that only make sense in en-US notation ('1,234.56', '1234.56', '12.5').
const US_NUMBER = [/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/, /^\d+\.\d{1,2}$/];

function toUnits(intDigits: string, fracDigits: string, scale: number, negative: boolean) {
  const units = BigInt(intDigits) * 10n ** BigInt(scale) + BigInt(fracDigits.padEnd(scale, '0') || '0');
  if (units > MAX_SAFE) return null;
  const n = Number(units);
  return negative && n !== 0 ? -n : n; // never -0
}

/**
 * Parses a Brazilian-notation amount into centavos: 'R$ 1.234,56', '1.234,56', '1234,56', '1234',
 * '-10,00', '-R$ 10,00', 'R$ 0,01'. Rejects en-US notation ('1,234.56', '1234.56') as ambiguous, more
 * than two decimals, and anything outside the safe-integer range.
 */
export function parseBRL(input: unknown): MoneyResult {
  if (typeof input !== 'string') return fail('NOT_A_STRING');
  const s = input.trim();
  if (s === '') return fail('EMPTY');
  if (s.length > MAX_INPUT_LENGTH) return fail('INVALID_FORMAT');
  const shape = BRL_SHAPE.exec(s);
  if (!shape || (shape[1] && shape[2])) return fail('INVALID_FORMAT');
  const negative = (shape[1] ?? shape[2]) === '-';
  const num = shape[3]!;
  const m = BRL_NUMBER.exec(num);
  if (!m) return fail(US_NUMBER.some((re) => re.test(num)) ? 'AMBIGUOUS_SEPARATOR' : 'INVALID_FORMAT');
  const intPart = m[1]!;
  const frac = m[2] ?? '';
  if (frac.length > 2) {
    // '1,234' could be en-US for one thousand; '1.234,567' is clearly three decimals.
    return fail(frac.length === 3 && !intPart.includes('.') && intPart.length <= 3 ? 'AMBIGUOUS_SEPARATOR' : 'TOO_MANY_DECIMALS');
  }
  const cents = toUnits(intPart.replace(/\./g, ''), frac, 2, negative);
  return cents === null ? fail('OUT_OF_RANGE') : { ok: true, cents };
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

export interface FormatBRLOptions {
  /** Prefix with 'R$ ' (default true). */
  readonly symbol?: boolean;
}

/** 123456 -> 'R$ 1.234,56'; -1000 -> '-R$ 10,00'. Null unless `cents` is a safe integer. */
export function formatBRL(cents: number, options: FormatBRLOptions = {}): string | null {
  if (!Number.isSafeInteger(cents)) return null;
  const abs = Math.abs(cents);
  const body = `${groupThousands(String(Math.floor(abs / 100)))},${String(abs % 100).padStart(2, '0')}`;
  return `${cents < 0 ? '-' : ''}${options?.symbol === false ? '' : 'R$ '}${body}`;
}

/**
 * Parses a dot-decimal string (XML / EMV style, e.g. '159.90', '10', '0.5', '-3.00') into integer
 * units of 10^-scale. Extra decimals are accepted only when they are zeros ('1.5000' at scale 2), so
 * the result is always exact.
 */
export function parseScaledDecimal(input: unknown, scale: number): ScaledDecimalResult {
  if (typeof input !== 'string') return fail('NOT_A_STRING');
  if (!Number.isInteger(scale) || scale < 0 || scale > 10) return fail('OUT_OF_RANGE');
  const s = input.trim();
  if (s === '') return fail('EMPTY');
  if (s.length > MAX_INPUT_LENGTH) return fail('INVALID_FORMAT');
  const m = /^([+-])?(\d+)(?:\.(\d+))?$/.exec(s);
  if (!m) return fail(/^[+-]?\d+(?:,\d+)$/.test(s) ? 'AMBIGUOUS_SEPARATOR' : 'INVALID_FORMAT');
  const frac = m[3] ?? '';
  if (/[1-9]/.test(frac.slice(scale))) return fail('TOO_MANY_DECIMALS');
  const units = toUnits(m[2]!, frac.slice(0, scale), scale, m[1] === '-');
  return units === null ? fail('OUT_OF_RANGE') : { ok: true, units, scale };
}

/** '159.90' -> 15990 centavos, exactly. See parseScaledDecimal. */
export function parseDecimalDot(input: unknown): MoneyResult {
  const r = parseScaledDecimal(input, 2);
  return r.ok ? { ok: true, cents: r.units } : r;
}

/** 15990 -> '159.90' (XML / PIX notation). Null unless `cents` is a safe integer. */
export function formatDecimalDot(cents: number): string | null {
  if (!Number.isSafeInteger(cents)) return null;
  const abs = Math.abs(cents);
  return `${cents < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
