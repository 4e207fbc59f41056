import { parseProductCode, productCheckLetter, productCode } from '../src/products/product-code';
import { parseBrazilianMobile } from '../src/sellers/whatsapp';

test('product codes: ST + 6 digits + check letter, canonical parse', () => {
  const c = productCode(123)!;
  expect(c).toMatch(/^ST000123[A-Z]$/);
  expect(parseProductCode(c)).toBe(c);
  expect(parseProductCode(` st-000123${c.at(-1)!.toLowerCase()} `)).toBe(c);
  expect(productCode(0)).toBeNull();
  expect(productCode(1_000_000)).toBeNull();
  expect(productCode(999_999)).toMatch(/^ST999999[A-Z]$/);
});

test('the check letter catches every single-digit error and adjacent transposition', () => {
  for (let n = 1; n < 2000; n += 7) {
    const digits = String(n).padStart(6, '0');
    const letter = productCheckLetter(digits)!;
    for (let i = 0; i < 6; i++) {
      for (let d = 0; d <= 9; d++) {
        if (String(d) === digits[i]) continue;
        const wrong = digits.slice(0, i) + d + digits.slice(i + 1);
        expect(parseProductCode(`ST${wrong}${letter}`)).toBeNull();
      }
      if (i < 5 && digits[i] !== digits[i + 1]) {
        const swapped = digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2);
        expect(parseProductCode(`ST${swapped}${letter}`)).toBeNull();
      }
    }
  }
});

test('garbage never throws', () => {
  const garbage: unknown[] = [null, undefined, 0, -1, 1.5, NaN, Infinity, '', 'ST', 'ST12345', 'ST1234567', {}, [], 'x'.repeat(10_000), Symbol('s'), 10n];
  for (const g of garbage) {
    expect(() => productCode(g)).not.toThrow();
    expect(() => parseProductCode(g)).not.toThrow();
    expect(() => productCheckLetter(g)).not.toThrow();
    expect(() => parseBrazilianMobile(g)).not.toThrow();
    expect(parseProductCode(g)).toBeNull();
  }
});

test('Brazilian mobile numbers', () => {
  expect(parseBrazilianMobile('(11) 98765-4321')).toBe('11987654321');
  expect(parseBrazilianMobile('+55 21 99876 5432')).toBe('21998765432');
  expect(parseBrazilianMobile('11 3456-7890')).toBeNull(); // landline
  expect(parseBrazilianMobile('(20) 98765-4321')).toBeNull(); // no such DDD
  expect(parseBrazilianMobile('11987654321a')).toBeNull();
});
