/** Brazilian area codes (DDD) in use. */
const DDD = new Set([
  11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 22, 24, 27, 28, 31, 32, 33, 34, 35, 37, 38, 41, 42, 43, 44, 45, 46, 47, 48, 49, 51, 53, 54, 55,
  61, 62, 63, 64, 65, 66, 67, 68, 69, 71, 73, 74, 75, 77, 79, 81, 82, 83, 84, 85, 86, 87, 88, 89, 91, 92, 93, 94, 95, 96, 97, 98, 99,
]);

/**
 * A Brazilian mobile number (DDD + 9 + 8 digits), with or without +55, spaces, dashes or
 * parentheses. Returns the 11 national digits, or null. Never throws.
 */
export function parseBrazilianMobile(input: unknown): string | null {
  if (typeof input !== 'string' || input.length > 40) return null;
  if (/[^\d\s()+.-]/.test(input)) return null;
  let d = input.replace(/\D/g, '');
  if (d.length === 13 && d.startsWith('55')) d = d.slice(2);
  if (d.length !== 11) return null;
  if (!DDD.has(Number(d.slice(0, 2))) || d[2] !== '9') return null;
  return d;
}

export function formatBrazilianMobile(d: string): string {
  return `(${d.slice(0, 2)}) ${d.slice(2, 7)}-${d.slice(7)}`;
}

/** https://wa.me/55<digits>?text=<message> */
export function whatsappLink(mobileDigits: string, text: string): string {
  return `https://wa.me/55${mobileDigits}?text=${encodeURIComponent(text)}`;
}
