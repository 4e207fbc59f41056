// CPF and CNPJ (numeric and the alphanumeric CNPJ introduced by IN RFB 2.229/2024).
// One mod-11 routine serves both: every character is valued at its ASCII code minus 48, so digits keep
// their value and A..Z become 17..42. Values are stored normalised: upper case, no punctuation.

import { invalid, messageFor, randomInt, type Invalid, type Rng } from './result';

export type TaxIdKind = 'CPF' | 'CNPJ';

export type TaxIdReason =
  | 'NOT_A_STRING'
  | 'EMPTY'
  | 'INVALID_CHARACTERS'
  | 'LENGTH'
  | 'REPEATED_DIGITS'
  | 'ALL_ZEROS'
  | 'CHECK_DIGIT';

export const TAX_ID_MESSAGES_PT_BR: Readonly<Record<TaxIdReason, string>> = {
  NOT_A_STRING: 'Informe o CPF ou CNPJ como texto.',
  EMPTY: 'Informe o CPF ou CNPJ.',
  INVALID_CHARACTERS: 'O documento contém caracteres inválidos.',
  LENGTH: 'Tamanho inválido: o CPF tem 11 dígitos e o CNPJ tem 14 caracteres.',
  REPEATED_DIGITS: 'CPF inválido: todos os dígitos são iguais.',
  ALL_ZEROS: 'CNPJ inválido: todos os caracteres são zero.',
  CHECK_DIGIT: 'Dígito verificador inválido. Confira o número digitado.',
};

export function taxIdMessagePtBR(reason: TaxIdReason): string {
  return messageFor(TAX_ID_MESSAGES_PT_BR, reason, 'Documento inválido.');
}

export interface ValidTaxId {
  readonly ok: true;
  readonly kind: TaxIdKind;
  /** Normalised: 11 digits (CPF) or 14 upper-case characters (CNPJ). */
  readonly value: string;
  /** Display form: 529.982.247-25 or 12.ABC.345/01DE-35. */
  readonly formatted: string;
}

export type TaxIdResult = ValidTaxId | Invalid<TaxIdReason>;

// Inputs longer than this are rejected before any regex work (protects against huge strings).
const MAX_INPUT_LENGTH = 64;
// Only the usual mask characters and whitespace are stripped; anything else is an invalid character.
const SEPARATORS = /[\s.\-/]/g;

const fail = (reason: TaxIdReason) => invalid(reason, TAX_ID_MESSAGES_PT_BR);

function normalise(input: unknown): string | Invalid<TaxIdReason> {
  if (typeof input !== 'string') return fail('NOT_A_STRING');
  if (input.length > MAX_INPUT_LENGTH) return fail('LENGTH');
  const s = input.replace(SEPARATORS, '').toUpperCase();
  return s === '' ? fail('EMPTY') : s;
}

/**
 * Mod-11 check digit over `body` (characters valued ASCII - 48), weights 2, 3, ... from the right,
 * wrapping back to 2 after `maxWeight`. Remainder 0 or 1 gives 0, otherwise 11 - remainder.
 */
export function mod11CheckDigit(body: string, maxWeight: number): number {
  let sum = 0;
  let weight = 2;
  for (let i = body.length - 1; i >= 0; i--) {
    sum += (body.charCodeAt(i) - 48) * weight;
    weight = weight >= maxWeight ? 2 : weight + 1;
  }
  const r = sum % 11;
  return r < 2 ? 0 : 11 - r;
}

// CPF weights run 2..11 with no wrap; CNPJ wraps after 9.
const cpfDigits = (base9: string): string => {
  const d1 = mod11CheckDigit(base9, 99);
  return `${d1}${mod11CheckDigit(base9 + d1, 99)}`;
};
const cnpjDigits = (base12: string): string => {
  const d1 = mod11CheckDigit(base12, 9);
  return `${d1}${mod11CheckDigit(base12 + d1, 9)}`;
};

const formatCpfRaw = (s: string) => `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}`;
const formatCnpjRaw = (s: string) =>
  `${s.slice(0, 2)}.${s.slice(2, 5)}.${s.slice(5, 8)}/${s.slice(8, 12)}-${s.slice(12)}`;

export function validateCpf(input: unknown): TaxIdResult {
  const s = normalise(input);
  if (typeof s !== 'string') return s;
  if (!/^[0-9]+$/.test(s)) return fail('INVALID_CHARACTERS');
  if (s.length !== 11) return fail('LENGTH');
  if (/^(\d)\1{10}$/.test(s)) return fail('REPEATED_DIGITS');
  if (cpfDigits(s.slice(0, 9)) !== s.slice(9)) return fail('CHECK_DIGIT');
  return { ok: true, kind: 'CPF', value: s, formatted: formatCpfRaw(s) };
}

export function validateCnpj(input: unknown): TaxIdResult {
  const s = normalise(input);
  if (typeof s !== 'string') return s;
  if (!/^[0-9A-Z]+$/.test(s)) return fail('INVALID_CHARACTERS');
  if (s.length !== 14) return fail('LENGTH');
  // Only the 12 base characters may be letters; the two check digits are always numeric.
  if (!/^[0-9]{2}$/.test(s.slice(12))) return fail('INVALID_CHARACTERS');
  if (/^0+$/.test(s)) return fail('ALL_ZEROS');
  if (cnpjDigits(s.slice(0, 12)) !== s.slice(12)) return fail('CHECK_DIGIT');
  return { ok: true, kind: 'CNPJ', value: s, formatted: formatCnpjRaw(s) };
}

/** Detects CPF (11 characters after normalisation) or CNPJ (14) and validates accordingly. */
export function validateTaxId(input: unknown): TaxIdResult {
  const s = normalise(input);
  if (typeof s !== 'string') return s;
  if (!/^[0-9A-Z]+$/.test(s)) return fail('INVALID_CHARACTERS');
  if (s.length === 11) return validateCpf(s);
  if (s.length === 14) return validateCnpj(s);
  return fail('LENGTH');
}

/** '529.982.247-25' for a valid CPF in any accepted notation; null when the CPF is invalid. */
export function formatCpf(input: unknown): string | null {
  const r = validateCpf(input);
  return r.ok ? r.formatted : null;
}

/** '12.ABC.345/01DE-35' for a valid CNPJ in any accepted notation; null when the CNPJ is invalid. */
export function formatCnpj(input: unknown): string | null {
  const r = validateCnpj(input);
  return r.ok ? r.formatted : null;
}

/** Formats a valid CPF or CNPJ; null when invalid. */
export function formatTaxId(input: unknown): string | null {
  const r = validateTaxId(input);
  return r.ok ? r.formatted : null;
}

/** A random valid CPF (11 digits, unformatted). Deterministic for a deterministic rng. */
export function generateCpf(rng: Rng = Math.random): string {
  const digits = Array.from({ length: 9 }, () => randomInt(rng, 10));
  // Eleven equal digits are invalid; with a degenerate rng (e.g. always 0) nudge the last base digit.
  if (digits.every((d) => d === digits[0])) digits[8] = (digits[8]! + 1) % 10;
  const base = digits.join('');
  return base + cpfDigits(base);
}

const CNPJ_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export interface GenerateCnpjOptions {
  /** Allow letters in the 12 base characters (alphanumeric CNPJ). Default false. */
  readonly alphanumeric?: boolean;
}

/** A random valid CNPJ (14 characters, unformatted). Deterministic for a deterministic rng. */
export function generateCnpj(rng: Rng = Math.random, options: GenerateCnpjOptions = {}): string {
  const alphabet = options?.alphanumeric ? CNPJ_ALPHABET : CNPJ_ALPHABET.slice(0, 10);
  const chars = Array.from({ length: 12 }, () => alphabet[randomInt(rng, alphabet.length)]!);
  if (chars.join('') === '000000000000') chars[11] = '1'; // all zeros is rejected
  const base = chars.join('');
  return base + cnpjDigits(base);
}
