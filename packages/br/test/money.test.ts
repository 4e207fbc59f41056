import fc from 'fast-check';
import {
  formatBRL,
  formatDecimalDot,
  MONEY_MESSAGES_PT_BR,
  moneyMessagePtBR,
  parseBRL,
  parseDecimalDot,
  parseScaledDecimal,
  type MoneyReason,
} from '../src/money';
import { garbageArb } from './helpers';

const safeCents = fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER });

describe('parseBRL', () => {
  it.each<[string, number]>([
    ['R$ 1.234,56', 123456],
    ['1.234,56', 123456],
    ['1234,56', 123456],
    ['1234', 123400],
    ['-10,00', -1000],
    ['R$ 0,01', 1],
    ['R$0,01', 1],
    ['r$ 5', 500],
    ['R$\u00a01.234,56', 123456], // NBSP, as emitted by Intl pt-BR
    ['  R$   7,5  ', 750],
    ['-R$ 10,00', -1000],
    ['R$ -10,00', -1000],
    ['- R$ 10,00', -1000],
    ['+1,00', 100],
    ['0', 0],
    ['-0,00', 0],
    ['1.234', 123400], // pt-BR thousands grouping
    ['1.234.567,89', 123456789],
    ['007,00', 700],
    ['R$ 90.071.992.547.409,91', Number.MAX_SAFE_INTEGER],
  ])('%p -> %p centavos', (input, cents) => {
    const r = parseBRL(input);
    expect(r).toEqual({ ok: true, cents });
    if (r.ok) expect(Object.is(r.cents, -0)).toBe(false);
  });

  it.each<[unknown, MoneyReason]>([
    ['1,234.56', 'AMBIGUOUS_SEPARATOR'],
    ['1234.56', 'AMBIGUOUS_SEPARATOR'],
    ['12.5', 'AMBIGUOUS_SEPARATOR'],
    ['1,234', 'AMBIGUOUS_SEPARATOR'],
    ['1,234,567.00', 'AMBIGUOUS_SEPARATOR'],
    ['1,999', 'AMBIGUOUS_SEPARATOR'],
    ['1,234,567', 'AMBIGUOUS_SEPARATOR'],
    ['1.234,567', 'TOO_MANY_DECIMALS'],
    ['1234,567', 'TOO_MANY_DECIMALS'],
    ['0,001', 'AMBIGUOUS_SEPARATOR'],
    ['10,0000', 'TOO_MANY_DECIMALS'],
    ['R$ 90.071.992.547.409,92', 'OUT_OF_RANGE'],
    ['99999999999999999999', 'OUT_OF_RANGE'],
    ['1.2345', 'INVALID_FORMAT'],
    ['12.34.567', 'INVALID_FORMAT'],
    [',50', 'INVALID_FORMAT'],
    ['1,', 'INVALID_FORMAT'],
    ['1,2,3', 'INVALID_FORMAT'],
    ['R$', 'INVALID_FORMAT'],
    ['--10', 'INVALID_FORMAT'],
    ['-R$ -10', 'INVALID_FORMAT'],
    ['10,00-', 'INVALID_FORMAT'],
    ['1 234,56', 'INVALID_FORMAT'],
    ['US$ 10', 'INVALID_FORMAT'],
    ['dez reais', 'INVALID_FORMAT'],
    ['1e3', 'INVALID_FORMAT'],
    ['Infinity', 'INVALID_FORMAT'],
    ['1'.repeat(100), 'INVALID_FORMAT'],
    ['', 'EMPTY'],
    ['   ', 'EMPTY'],
    [12.34, 'NOT_A_STRING'],
    [null, 'NOT_A_STRING'],
  ])('rejects %p as %s', (input, reason) => {
    expect(parseBRL(input)).toEqual({ ok: false, reason, message: MONEY_MESSAGES_PT_BR[reason] });
  });

  it('never throws on garbage and only accepts pt-BR shaped numbers (property)', () => {
    fc.assert(
      fc.property(garbageArb, (input) => {
        const r = parseBRL(input);
        if (r.ok) {
          expect(typeof input).toBe('string');
          expect(Number.isSafeInteger(r.cents)).toBe(true);
          expect((input as string).trim()).toMatch(/^[+-]?\s*(R\$\s*[+-]?\s*)?[\d.,]+$/i);
        } else {
          expect(r.message).toBe(moneyMessagePtBR(r.reason));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('is exact for any split of reais and centavos (no float error)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 90_071_992_547_408 }), fc.integer({ min: 0, max: 99 }), (reais, c) => {
        const text = `${reais},${String(c).padStart(2, '0')}`;
        expect(parseBRL(text)).toEqual({ ok: true, cents: reais * 100 + c });
      }),
    );
  });
});

describe('formatBRL', () => {
  it.each<[number, string]>([
    [123456, 'R$ 1.234,56'],
    [0, 'R$ 0,00'],
    [1, 'R$ 0,01'],
    [100, 'R$ 1,00'],
    [-1000, '-R$ 10,00'],
    [-1, '-R$ 0,01'],
    [100000000, 'R$ 1.000.000,00'],
    [8_100_000, 'R$ 81.000,00'],
    [Number.MAX_SAFE_INTEGER, 'R$ 90.071.992.547.409,91'],
  ])('%p -> %p', (cents, text) => {
    expect(formatBRL(cents)).toBe(text);
  });

  it('uses a plain ASCII space, not NBSP', () => {
    expect(formatBRL(1)).toContain('R$ ');
    expect(formatBRL(1)).not.toContain('\u00a0');
  });

  it('can omit the symbol', () => {
    expect(formatBRL(123456, { symbol: false })).toBe('1.234,56');
    expect(formatBRL(-5, { symbol: false })).toBe('-0,05');
  });

  it('returns null for non-safe-integer input instead of throwing', () => {
    for (const bad of [0.5, NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER + 1, '10' as unknown as number]) {
      expect(formatBRL(bad)).toBeNull();
    }
  });

  it('round-trips with parseBRL for every safe integer (property)', () => {
    fc.assert(
      fc.property(safeCents, fc.boolean(), (cents, symbol) => {
        expect(parseBRL(formatBRL(cents, { symbol }))).toEqual({ ok: true, cents });
      }),
      { numRuns: 3000 },
    );
  });
});

describe('parseDecimalDot / parseScaledDecimal / formatDecimalDot', () => {
  it.each<[string, number]>([
    ['159.90', 15990],
    ['159.9', 15990],
    ['159', 15900],
    ['0.29', 29], // 0.29 * 100 = 28.999999999999996 in floating point
    ['1.005', NaN],
    ['0.10', 10],
    ['1.5000000000', 150],
    ['-3.00', -300],
    ['-0.00', 0],
    ['  12.34  ', 1234],
    ['90071992547409.91', Number.MAX_SAFE_INTEGER],
  ])('%p -> %p', (input, cents) => {
    const r = parseDecimalDot(input);
    if (Number.isNaN(cents)) expect(r).toMatchObject({ ok: false, reason: 'TOO_MANY_DECIMALS' });
    else expect(r).toEqual({ ok: true, cents });
  });

  it.each<[unknown, MoneyReason]>([
    ['159,90', 'AMBIGUOUS_SEPARATOR'],
    ['1.234.56', 'INVALID_FORMAT'],
    ['.5', 'INVALID_FORMAT'],
    ['5.', 'INVALID_FORMAT'],
    ['1e2', 'INVALID_FORMAT'],
    ['0x10', 'INVALID_FORMAT'],
    ['90071992547409.92', 'OUT_OF_RANGE'],
    ['', 'EMPTY'],
    [159.9, 'NOT_A_STRING'],
  ])('rejects %p as %s', (input, reason) => {
    expect(parseDecimalDot(input)).toMatchObject({ ok: false, reason });
  });

  it('parses other scales exactly (quantities with 4 decimals)', () => {
    expect(parseScaledDecimal('1.2345', 4)).toEqual({ ok: true, units: 12345, scale: 4 });
    expect(parseScaledDecimal('2', 4)).toEqual({ ok: true, units: 20000, scale: 4 });
    expect(parseScaledDecimal('2.5', 0)).toMatchObject({ ok: false, reason: 'TOO_MANY_DECIMALS' });
    expect(parseScaledDecimal('2.0', 0)).toEqual({ ok: true, units: 2, scale: 0 });
    expect(parseScaledDecimal('1', 11)).toMatchObject({ ok: false, reason: 'OUT_OF_RANGE' });
    expect(parseScaledDecimal('1', 1.5)).toMatchObject({ ok: false, reason: 'OUT_OF_RANGE' });
  });

  it('formats dot decimals', () => {
    expect(formatDecimalDot(15990)).toBe('159.90');
    expect(formatDecimalDot(5)).toBe('0.05');
    expect(formatDecimalDot(-1)).toBe('-0.01');
    expect(formatDecimalDot(0.5)).toBeNull();
  });

  it('round-trips formatDecimalDot -> parseDecimalDot (property)', () => {
    fc.assert(
      fc.property(safeCents, (cents) => {
        expect(parseDecimalDot(formatDecimalDot(cents))).toEqual({ ok: true, cents });
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with exact decimal arithmetic on random 2-decimal strings (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,12}\.\d{2}$/), (s) => {
        const [int, frac] = s.split('.');
        expect(parseDecimalDot(s)).toEqual({ ok: true, cents: Number(int) * 100 + Number(frac) });
      }),
    );
  });

  it('never throws on garbage (property)', () => {
    fc.assert(
      fc.property(garbageArb, fc.integer({ min: -2, max: 12 }), (input, scale) => {
        expect(() => parseDecimalDot(input)).not.toThrow();
        expect(() => parseScaledDecimal(input, scale)).not.toThrow();
        expect(() => formatBRL(input as number)).not.toThrow();
        expect(() => formatDecimalDot(input as number)).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });
});
