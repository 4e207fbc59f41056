// Lucrum (finance) transaction codes: `LC` + 8 digits + a check letter, e.g. LC00000042K.
// The letter is A..Z at (sum of digit * weight) mod 26 with odd weights coprime with 26, so any
// single mistyped digit and any swap of two adjacent digits changes the letter.

const WEIGHTS = [1, 3, 5, 7, 9, 11, 15, 17] as const;
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const CODE_RE = /^LC(\d{8})([A-Z])$/;

/** Check letter of 8 digits ('00000042' -> 'K'); null for anything that is not exactly 8 digits. */
export function lucrumCheckLetter(digits: unknown): string | null {
  if (typeof digits !== 'string' || !/^\d{8}$/.test(digits)) return null;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (digits.charCodeAt(i) - 48) * WEIGHTS[i]!;
  return LETTERS[sum % 26]!;
}

/** The code of a sequence number (1..99,999,999): makeLucrumCode(42) = 'LC00000042' + letter; null otherwise. */
export function makeLucrumCode(sequence: unknown): string | null {
  if (typeof sequence !== 'number' || !Number.isSafeInteger(sequence) || sequence < 1 || sequence > 99_999_999) return null;
  const digits = String(sequence).padStart(8, '0');
  return `LC${digits}${lucrumCheckLetter(digits)}`;
}

/** Whether a value is a well-formed code with the right check letter (spaces and case tolerated). */
export function isValidLucrumCode(value: unknown): boolean {
  return normalizeLucrumCode(value) !== null;
}

/** The canonical form ('lc 00000042 k' -> 'LC00000042K') of a valid code; null when invalid. */
export function normalizeLucrumCode(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 40) return null;
  const m = CODE_RE.exec(value.replace(/[\s.-]/g, '').toUpperCase());
  if (!m) return null;
  return lucrumCheckLetter(m[1]) === m[2] ? `LC${m[1]}${m[2]}` : null;
}
