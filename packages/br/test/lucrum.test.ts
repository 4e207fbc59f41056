import fc from 'fast-check';
import { isValidLucrumCode, lucrumCheckLetter, makeLucrumCode, normalizeLucrumCode } from '../src';

describe('Lucrum transaction codes', () => {
  it('builds LC + 8 digits + check letter', () => {
    const code = makeLucrumCode(42)!;
    expect(code).toMatch(/^LC00000042[A-Z]$/);
    expect(isValidLucrumCode(code)).toBe(true);
    expect(makeLucrumCode(99_999_999)).toMatch(/^LC99999999[A-Z]$/);
  });

  it('rejects out-of-range and non-integer sequences', () => {
    for (const bad of [0, -1, 1.5, 100_000_000, Number.NaN, '42', null, undefined, {}]) expect(makeLucrumCode(bad)).toBeNull();
  });

  it('normalises spacing and case, rejects a wrong letter', () => {
    const code = makeLucrumCode(1234)!;
    expect(normalizeLucrumCode(` ${code.toLowerCase().slice(0, 2)} ${code.slice(2, 10)}-${code.slice(10).toLowerCase()} `)).toBe(code);
    const wrong = code.slice(0, 10) + (code[10] === 'A' ? 'B' : 'A');
    expect(isValidLucrumCode(wrong)).toBe(false);
    expect(isValidLucrumCode('LC1234567A')).toBe(false);
    expect(lucrumCheckLetter('1234567')).toBeNull();
  });

  it('detects any single-digit change and any adjacent swap (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999_999 }), fc.integer({ min: 0, max: 7 }), fc.integer({ min: 1, max: 9 }), (seq, pos, delta) => {
        const code = makeLucrumCode(seq)!;
        const digits = code.slice(2, 10).split('');
        const changed = [...digits];
        changed[pos] = String((Number(changed[pos]) + delta) % 10);
        expect(isValidLucrumCode(`LC${changed.join('')}${code[10]}`)).toBe(false);
        if (pos < 7 && digits[pos] !== digits[pos + 1]) {
          const swapped = [...digits];
          [swapped[pos], swapped[pos + 1]] = [swapped[pos + 1]!, swapped[pos]!];
          expect(isValidLucrumCode(`LC${swapped.join('')}${code[10]}`)).toBe(false);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
