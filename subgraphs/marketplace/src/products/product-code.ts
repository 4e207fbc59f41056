/**
 * Product codes: `ST` + 6 digits + a check letter, e.g. `ST000123K`. The letter is a weighted sum of
 * the digits mod 23 (weights 2..7 catch single-digit errors and adjacent transpositions), mapped to
 * an alphabet without I, O, Q (easily confused with 1, 0). Pure and garbage-safe: never throws.
 */
const LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ'; // 23 letters

export function productCheckLetter(digits: unknown): string | null {
  if (typeof digits !== 'string' || !/^\d{6}$/.test(digits)) return null;
  let sum = 0;
  for (let i = 0; i < 6; i++) sum += Number(digits[i]) * (i + 2);
  return LETTERS[sum % 23];
}

/** The code of the n-th product of an account (1..999999), or null when out of range. */
export function productCode(n: unknown): string | null {
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 1 || n > 999_999) return null;
  const digits = String(n).padStart(6, '0');
  return `ST${digits}${productCheckLetter(digits)}`;
}

/** Validates a code typed by a user (case and spaces tolerated); returns the canonical form or null. */
export function parseProductCode(input: unknown): string | null {
  if (typeof input !== 'string' || input.length > 40) return null;
  const m = /^ST(\d{6})([A-Z])$/.exec(input.replace(/[\s.-]/g, '').toUpperCase());
  if (!m) return null;
  return productCheckLetter(m[1]) === m[2] ? `ST${m[1]}${m[2]}` : null;
}
