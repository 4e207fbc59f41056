import fc from 'fast-check';
import {
  arrecadacaoMod11,
  bankMod11,
  BOLETO_MESSAGES_PT_BR,
  boletoBarcodeToLine,
  boletoLineToBarcode,
  boletoMessagePtBR,
  decodeDueFactor,
  encodeDueFactor,
  formatBoletoLine,
  makeArrecadacaoBarcode,
  makeBankBoleto,
  mod10,
  parseBoletoBarcode,
  validateBoletoLine,
  type ArrecadacaoBoleto,
  type BankBoleto,
} from '../src/boleto';
import { digitMutations, garbageArb, weightedSum } from './helpers';

const TODAY = new Date('2026-03-01T15:00:00Z');
const ENERGY_BARCODE = '83890000001599000902026061512345678901234567';
const ENERGY_LINE = '838900000013599000902021606151234563789012345675';

// ------------------------------------------------------------------------------------------------
// Independent reference implementations (written from DOMAIN.md, not from src).
function refMod10(digits: string): number {
  let sum = 0;
  [...digits].reverse().forEach((c, i) => {
    const product = Number(c) * (i % 2 === 0 ? 2 : 1);
    sum += [...String(product)].reduce((a, d) => a + Number(d), 0);
  });
  return (10 - (sum % 10)) % 10;
}
function refBankDv(barcode: string): number {
  const dv = 11 - (weightedSum(barcode.slice(0, 4) + barcode.slice(5), 9) % 11);
  return [0, 10, 11].includes(dv) ? 1 : dv;
}
function refArrMod11(digits: string): number {
  const r = weightedSum(digits, 9) % 11;
  return r === 0 || r === 1 ? 0 : r === 10 ? 1 : 11 - r;
}
/** DOMAIN: barcode = L[0:4] + L[32] + L[33:47] + L[4:9] + L[10:20] + L[21:31]. */
const refBankLineToBarcode = (l: string) => l.slice(0, 4) + l[32] + l.slice(33, 47) + l.slice(4, 9) + l.slice(10, 20) + l.slice(21, 31);
function refBankLineValid(l: string): boolean {
  if (!/^\d{47}$/.test(l) || l[3] !== '9') return false;
  const fieldsOk = [[0, 9], [10, 20], [21, 31]].every(([a, b]) => refMod10(l.slice(a, b)) === Number(l[b!]));
  const barcode = refBankLineToBarcode(l);
  return fieldsOk && refBankDv(barcode) === Number(barcode[4]);
}
/** Builds a bank line from raw parts with correct field DVs, and whatever general DV is given. */
function refBankLine(bank: string, currency: string, generalDv: string, factorValue: string, free: string): string {
  const f1 = bank + currency + free.slice(0, 5);
  const f2 = free.slice(5, 15);
  const f3 = free.slice(15, 25);
  return `${f1}${refMod10(f1)}${f2}${refMod10(f2)}${f3}${refMod10(f3)}${generalDv}${factorValue}`;
}

describe('check digit routines', () => {
  it('mod10 agrees with the reference (property)', () => {
    fc.assert(fc.property(fc.stringMatching(/^\d{1,43}$/), (s) => expect(mod10(s)).toBe(refMod10(s))));
  });
  it('bank mod 11 maps 0, 10, 11 to 1; arrecadação mod 11 maps remainders 0/1 to 0 and 10 to 1', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{43}$/), (s) => {
        const barcodeLike = `${s.slice(0, 4)}0${s.slice(4)}`;
        expect(bankMod11(s)).toBe(refBankDv(barcodeLike));
        expect(bankMod11(s)).toBeGreaterThanOrEqual(1);
        expect(arrecadacaoMod11(s)).toBe(refArrMod11(s));
      }),
    );
  });
  it('hand-checked values', () => {
    // 001900000, weights from the right 2,1,2,1,...: 9*1 + 1*2 = 11 -> (10 - 1) % 10 = 9
    expect(mod10('001900000')).toBe(9);
    // 83890000001: 1*2 + 9*1 + 8*2 (16 -> 7) + 3*1 + 8*2 (16 -> 7) = 28 -> 2
    expect(mod10('83890000001')).toBe(2);
    // 83890000001, weights 2..9 wrapping: 1*2 + 9*9 + 8*2 + 3*3 + 8*4 = 140; 140 % 11 = 8 -> 3 (DOMAIN block 1 DV)
    expect(arrecadacaoMod11('83890000001')).toBe(3);
  });
});

describe('due factor', () => {
  it.each([
    ['1997-10-08', 1],
    ['2000-07-03', 1000],
    ['2025-02-21', 9999],
    ['2025-02-22', 1000],
    ['2025-02-23', 1001],
    ['2026-03-10', 1381],
    ['2049-10-13', 9999], // 2022-05-29 + 9999 days: next rollover
    ['2049-10-14', 1000],
  ])('encodes %s as %d', (date, factor) => {
    expect(encodeDueFactor(date)).toBe(factor);
  });

  it('rejects dates before the base and malformed dates', () => {
    expect(encodeDueFactor('1997-10-07')).toBeNull();
    expect(encodeDueFactor('2026-02-30')).toBeNull();
    expect(encodeDueFactor('10/03/2026')).toBeNull();
    expect(encodeDueFactor(undefined as unknown as string)).toBeNull();
  });

  it('decodes with the 2025-02-22 rollover relative to today', () => {
    expect(decodeDueFactor(1000, TODAY)).toEqual({ kind: 'DATE', date: '2025-02-22' });
    expect(decodeDueFactor(1000, new Date('2001-01-01T12:00:00Z'))).toEqual({ kind: 'DATE', date: '2000-07-03' });
    expect(decodeDueFactor(9999, TODAY)).toEqual({ kind: 'DATE', date: '2025-02-21' });
    expect(decodeDueFactor(1381, TODAY)).toEqual({ kind: 'DATE', date: '2026-03-10' });
    expect(decodeDueFactor(0, TODAY)).toEqual({ kind: 'NONE' });
    expect(decodeDueFactor(500, new Date('1999-01-01T12:00:00Z'))).toEqual({ kind: 'DATE', date: '1999-02-19' });
    expect(decodeDueFactor(500, TODAY)).toEqual({ kind: 'OUT_OF_WINDOW' }); // 1999 is too far back, no later cycle
    for (const bad of [-1, 10000, 1.5, NaN]) expect(decodeDueFactor(bad, TODAY)).toEqual({ kind: 'OUT_OF_WINDOW' });
    expect(decodeDueFactor(1000, new Date(NaN))).toEqual({ kind: 'OUT_OF_WINDOW' });
  });

  it('uses the exact window -3000 .. +5500 days, on the São Paulo calendar date of today', () => {
    const today = new Date('2026-03-01T12:00:00-03:00');
    const dayMs = 86_400_000;
    const iso = (offset: number) => new Date(Date.UTC(2026, 2, 1) + offset * dayMs).toISOString().slice(0, 10);
    const f = (offset: number) => encodeDueFactor(iso(offset))!;
    expect(decodeDueFactor(f(-3000), today)).toEqual({ kind: 'DATE', date: iso(-3000) });
    expect(decodeDueFactor(f(-3001), today)).toEqual({ kind: 'OUT_OF_WINDOW' });
    expect(decodeDueFactor(f(5500), today)).toEqual({ kind: 'DATE', date: iso(5500) });
    expect(decodeDueFactor(f(5501), today)).toEqual({ kind: 'OUT_OF_WINDOW' });
    // 2026-03-02T01:00Z is still 1 March in São Paulo: the -3000 candidate stays inside the window.
    expect(decodeDueFactor(f(-3000), new Date('2026-03-02T01:00:00Z'))).toEqual({ kind: 'DATE', date: iso(-3000) });
    expect(decodeDueFactor(f(-3000), new Date('2026-03-02T04:00:00Z'))).toEqual({ kind: 'OUT_OF_WINDOW' });
  });

  it('encode -> decode is the identity inside the window (property)', () => {
    const base = Date.UTC(2000, 0, 1);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 36_500 }), fc.integer({ min: -5500, max: 3000 }), (dayOffset, todayOffset) => {
        const date = new Date(base + dayOffset * 86_400_000).toISOString().slice(0, 10);
        const today = new Date(base + (dayOffset + todayOffset) * 86_400_000 + 15 * 3_600_000); // 12:00 in São Paulo
        const factor = encodeDueFactor(date)!;
        expect(factor).toBeGreaterThanOrEqual(1);
        expect(factor).toBeLessThanOrEqual(9999);
        if (dayOffset >= 184) expect(factor).toBeGreaterThanOrEqual(1000); // after 2000-07-03 factors never drop below 1000
        expect(decodeDueFactor(factor, today)).toEqual({ kind: 'DATE', date });
      }),
      { numRuns: 2000 },
    );
  });
});

describe('bank boleto', () => {
  const made = makeBankBoleto({ bankCode: '001', dueDate: '2026-03-10', amountCents: 15990, freeField: '0000001234567890123456717' });
  const LINE = '00190000090123456789701234567178313810000015990';
  const BARCODE = '00193138100000159900000001234567890123456717';

  it('builds barcode and line with correct DVs (checked against the reference)', () => {
    expect(made).toEqual({ ok: true, barcode: BARCODE, line: LINE });
    expect(refBankLineValid(LINE)).toBe(true);
    expect(refBankLineToBarcode(LINE)).toBe(BARCODE);
  });

  it('validates the line, in any of the usual notations', () => {
    const expected: BankBoleto = {
      kind: 'BANK',
      line: LINE,
      barcode: BARCODE,
      bankCode: '001',
      currencyCode: '9',
      dueFactor: 1381,
      due: { kind: 'DATE', date: '2026-03-10' },
      amountCents: 15990,
      freeField: '0000001234567890123456717',
    };
    for (const input of [LINE, '00190.00009 01234.567897 01234.567178 3 13810000015990', ` ${LINE}\n`]) {
      expect(validateBoletoLine(input, TODAY)).toEqual({ ok: true, value: expected });
    }
    expect(parseBoletoBarcode(BARCODE, TODAY)).toEqual({ ok: true, value: expected });
  });

  it('converts in both directions and formats for display', () => {
    expect(boletoLineToBarcode(LINE)).toEqual({ ok: true, value: BARCODE });
    expect(boletoBarcodeToLine(BARCODE)).toEqual({ ok: true, value: LINE });
    expect(formatBoletoLine(LINE)).toBe('00190.00009 01234.567897 01234.567178 3 13810000015990');
    expect(formatBoletoLine(`${LINE.slice(0, -1)}1`)).toBeNull();
  });

  it('reports no due date (factor 0000) and payer-entered amount (value 0)', () => {
    const r = makeBankBoleto({ bankCode: '237', dueDate: null, amountCents: 0, freeField: '1'.repeat(25) });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.barcode.slice(5, 19)).toBe('00000000000000');
    expect(validateBoletoLine(r.line, TODAY)).toMatchObject({ ok: true, value: { dueFactor: 0, due: { kind: 'NONE' }, amountCents: null } });
  });

  it('rejects wrong field DVs, general DV and currency', () => {
    const field = (i: number, l: string) => l.slice(0, i) + String((Number(l[i]) + 1) % 10) + l.slice(i + 1);
    expect(validateBoletoLine(field(9, LINE), TODAY)).toMatchObject({ ok: false, reason: 'FIELD_CHECK_DIGIT', field: 1 });
    expect(validateBoletoLine(field(20, LINE), TODAY)).toMatchObject({ ok: false, reason: 'FIELD_CHECK_DIGIT', field: 2 });
    expect(validateBoletoLine(field(31, LINE), TODAY)).toMatchObject({ ok: false, reason: 'FIELD_CHECK_DIGIT', field: 3 });
    expect(validateBoletoLine(field(32, LINE), TODAY)).toMatchObject({ ok: false, reason: 'GENERAL_CHECK_DIGIT' });
    expect(validateBoletoLine(field(40, LINE), TODAY)).toMatchObject({ ok: false, reason: 'GENERAL_CHECK_DIGIT' });
    // Currency 0 with every DV correct.
    const free = '0000001234567890123456717';
    const barcodeNoDv = `0010${'13810000015990'}${free}`;
    const dv = refBankDv(`${barcodeNoDv.slice(0, 4)}0${barcodeNoDv.slice(4)}`);
    expect(validateBoletoLine(refBankLine('001', '0', String(dv), '13810000015990', free), TODAY)).toMatchObject({ ok: false, reason: 'CURRENCY' });
  });

  it('rejects every single-digit mutation of the vector line (exhaustive)', () => {
    for (const m of digitMutations(LINE)) expect(validateBoletoLine(m.mutated, TODAY).ok).toBe(false);
  });

  it.each<[object, string]>([
    [{ bankCode: '01', dueDate: null, amountCents: 1, freeField: '0'.repeat(25) }, 'BANK_CODE'],
    [{ bankCode: 1, dueDate: null, amountCents: 1, freeField: '0'.repeat(25) }, 'BANK_CODE'],
    [{ bankCode: '001', dueDate: '1990-01-01', amountCents: 1, freeField: '0'.repeat(25) }, 'DUE_DATE'],
    [{ bankCode: '001', dueDate: '2026-13-01', amountCents: 1, freeField: '0'.repeat(25) }, 'DUE_DATE'],
    [{ bankCode: '001', dueDate: null, amountCents: -1, freeField: '0'.repeat(25) }, 'AMOUNT'],
    [{ bankCode: '001', dueDate: null, amountCents: 10_000_000_000, freeField: '0'.repeat(25) }, 'AMOUNT'],
    [{ bankCode: '001', dueDate: null, amountCents: 0.5, freeField: '0'.repeat(25) }, 'AMOUNT'],
    [{ bankCode: '001', dueDate: null, amountCents: 1, freeField: '0'.repeat(24) }, 'FREE_FIELD'],
    [{ bankCode: '001', dueDate: null, amountCents: 1, freeField: `${'0'.repeat(24)}A` }, 'FREE_FIELD'],
  ])('makeBankBoleto rejects %p as %s', (input, reason) => {
    expect(makeBankBoleto(input as never)).toMatchObject({ ok: false, reason, message: BOLETO_MESSAGES_PT_BR[reason as 'AMOUNT'] });
  });

  const bankArb = fc.record({
    bankCode: fc.stringMatching(/^[0-7]\d{2}$/),
    dueDate: fc.option(
      fc.integer({ min: 0, max: 7500 }).map((d) => new Date(Date.UTC(2020, 0, 1) + d * 86_400_000).toISOString().slice(0, 10)),
      { nil: null },
    ),
    amountCents: fc.integer({ min: 0, max: 9_999_999_999 }),
    freeField: fc.stringMatching(/^\d{25}$/),
  });

  it('generate -> validate round-trips and matches the reference (property)', () => {
    fc.assert(
      fc.property(bankArb, (input) => {
        const made = makeBankBoleto(input);
        if (!made.ok) throw new Error(made.reason);
        expect(refBankLineValid(made.line)).toBe(true);
        expect(refBankLineToBarcode(made.line)).toBe(made.barcode);
        const today = new Date('2026-01-01T12:00:00Z'); // every generated date is within -3000..+5500 days
        const r = validateBoletoLine(made.line, today);
        expect(r).toMatchObject({
          ok: true,
          value: {
            kind: 'BANK',
            barcode: made.barcode,
            bankCode: input.bankCode,
            amountCents: input.amountCents === 0 ? null : input.amountCents,
            freeField: input.freeField,
            due: input.dueDate === null ? { kind: 'NONE' } : { kind: 'DATE', date: input.dueDate },
          },
        });
        expect(validateBoletoLine(formatBoletoLine(made.line), today)).toEqual(r);
        expect(boletoBarcodeToLine(made.barcode)).toEqual({ ok: true, value: made.line });
      }),
      { numRuns: 1000 },
    );
  });

  it('single-digit mutations are rejected except the mod-11 collapse in field 5 (property)', () => {
    fc.assert(
      fc.property(bankArb, fc.nat(46), fc.integer({ min: 1, max: 9 }), (input, i, delta) => {
        const made = makeBankBoleto(input);
        if (!made.ok) throw new Error(made.reason);
        const l = made.line;
        const mutated = l.slice(0, i) + String((Number(l[i]) + delta) % 10) + l.slice(i + 1);
        const accepted = validateBoletoLine(mutated, TODAY).ok;
        expect(accepted).toBe(refBankLineValid(mutated));
        if (accepted) {
          // Only factor/value digits are guarded by the general DV alone, whose remainders 0, 1, 10 all give 1.
          expect(i).toBeGreaterThanOrEqual(33);
          const b = made.barcode;
          expect([0, 1, 10]).toContain(weightedSum(b.slice(0, 4) + b.slice(5), 9) % 11);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('arrecadação', () => {
  it('round-trips the DOMAIN energy example exactly', () => {
    expect(boletoBarcodeToLine(ENERGY_BARCODE)).toEqual({ ok: true, value: ENERGY_LINE });
    expect(boletoLineToBarcode(ENERGY_LINE)).toEqual({ ok: true, value: ENERGY_BARCODE });
    const expected: ArrecadacaoBoleto = {
      kind: 'ARRECADACAO',
      line: ENERGY_LINE,
      barcode: ENERGY_BARCODE,
      segment: 3,
      valueId: 8,
      modulus: 11,
      valueKind: 'EFFECTIVE',
      amountCents: 15990,
      companyId: '0090',
      freeField: '2026061512345678901234567',
    };
    expect(validateBoletoLine(ENERGY_LINE, TODAY)).toEqual({ ok: true, value: expected });
    expect(parseBoletoBarcode(ENERGY_BARCODE, TODAY)).toEqual({ ok: true, value: expected });
    expect(makeArrecadacaoBarcode({ segment: 3, valueCents: 15990, company: '0090', free: '2026061512345678901234567', valueId: 8 })).toEqual({
      ok: true,
      barcode: ENERGY_BARCODE,
      line: ENERGY_LINE,
    });
  });

  it('formats as four blocks and accepts the formatted form back', () => {
    const formatted = formatBoletoLine(ENERGY_LINE);
    expect(formatted).toBe('83890000001-3 59900090202-1 60615123456-3 78901234567-5');
    expect(validateBoletoLine(formatted, TODAY).ok).toBe(true);
    expect(validateBoletoLine('8389.0000.0013 5990.0090.2021', TODAY)).toMatchObject({ ok: false, reason: 'LENGTH' });
  });

  it('the general DV and block DVs follow the reference mod 11', () => {
    expect(refArrMod11(ENERGY_BARCODE.slice(0, 3) + ENERGY_BARCODE.slice(4))).toBe(9);
    for (let b = 0; b < 4; b++) expect(refArrMod11(ENERGY_LINE.slice(b * 12, b * 12 + 11))).toBe(Number(ENERGY_LINE[b * 12 + 11]));
  });

  it('rejects every single-digit mutation of the DOMAIN energy line (exhaustive)', () => {
    for (const m of digitMutations(ENERGY_LINE)) expect(validateBoletoLine(m.mutated, TODAY).ok).toBe(false);
  });

  it('supports mod 10 (value id 6/7) and segment 6 with an 8-digit CNPJ root', () => {
    const r = makeArrecadacaoBarcode({ segment: 6, valueCents: 123456, company: '11444777', free: '0'.repeat(21), valueId: 6 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.barcode[3]).toBe(String(refMod10(r.barcode.slice(0, 3) + r.barcode.slice(4))));
    expect(validateBoletoLine(r.line, TODAY)).toMatchObject({
      ok: true,
      value: { segment: 6, valueId: 6, modulus: 10, valueKind: 'EFFECTIVE', amountCents: 123456, companyId: '11444777', freeField: '0'.repeat(21) },
    });
    const ref = makeArrecadacaoBarcode({ segment: 1, valueCents: 5, company: '1234', free: '9'.repeat(25), valueId: 7 });
    expect(ref.ok && validateBoletoLine(ref.line, TODAY)).toMatchObject({ ok: true, value: { valueKind: 'REFERENCE', modulus: 10 } });
  });

  it('rejects structural problems with specific reasons', () => {
    const notEight = `9${ENERGY_LINE.slice(1)}`;
    expect(validateBoletoLine(notEight, TODAY)).toMatchObject({ ok: false, reason: 'NOT_ARRECADACAO' });
    expect(validateBoletoLine(`80${ENERGY_LINE.slice(2)}`, TODAY)).toMatchObject({ ok: false, reason: 'SEGMENT' });
    expect(validateBoletoLine(`835${ENERGY_LINE.slice(3)}`, TODAY)).toMatchObject({ ok: false, reason: 'VALUE_ID' });
    const badBlock = `${ENERGY_LINE.slice(0, 23)}2${ENERGY_LINE.slice(24)}`;
    expect(validateBoletoLine(badBlock, TODAY)).toMatchObject({ ok: false, reason: 'FIELD_CHECK_DIGIT', field: 2 });
    // Wrong general DV (position 4) but block DVs recomputed so only the general check can catch it.
    const barcode = `${ENERGY_BARCODE.slice(0, 3)}0${ENERGY_BARCODE.slice(4)}`;
    const line = [0, 1, 2, 3].map((b) => barcode.slice(b * 11, b * 11 + 11) + refArrMod11(barcode.slice(b * 11, b * 11 + 11))).join('');
    expect(validateBoletoLine(line, TODAY)).toMatchObject({ ok: false, reason: 'GENERAL_CHECK_DIGIT' });
    expect(parseBoletoBarcode(barcode, TODAY)).toMatchObject({ ok: false, reason: 'GENERAL_CHECK_DIGIT' });
  });

  it.each<[object, string]>([
    [{ segment: 0, valueCents: 1, company: '0090', free: '0'.repeat(25), valueId: 8 }, 'SEGMENT'],
    [{ segment: 8, valueCents: 1, company: '0090', free: '0'.repeat(25), valueId: 8 }, 'SEGMENT'],
    [{ segment: 3, valueCents: 1, company: '0090', free: '0'.repeat(25), valueId: 5 }, 'VALUE_ID'],
    [{ segment: 3, valueCents: -1, company: '0090', free: '0'.repeat(25), valueId: 8 }, 'AMOUNT'],
    [{ segment: 3, valueCents: 100_000_000_000, company: '0090', free: '0'.repeat(25), valueId: 8 }, 'AMOUNT'],
    [{ segment: 3, valueCents: 1, company: '', free: '0'.repeat(29), valueId: 8 }, 'COMPANY'],
    [{ segment: 3, valueCents: 1, company: '00A0', free: '0'.repeat(25), valueId: 8 }, 'COMPANY'],
    [{ segment: 3, valueCents: 1, company: '0090', free: '0'.repeat(24), valueId: 8 }, 'FREE_FIELD'],
  ])('makeArrecadacaoBarcode rejects %p as %s', (input, reason) => {
    expect(makeArrecadacaoBarcode(input as never)).toMatchObject({ ok: false, reason });
  });

  const arrArb = fc.record({
    segment: fc.constantFrom(1, 2, 3, 4, 5, 6, 7, 9),
    valueCents: fc.integer({ min: 0, max: 99_999_999_999 }),
    company: fc.stringMatching(/^\d{4}$/),
    free: fc.stringMatching(/^\d{25}$/),
    valueId: fc.constantFrom(6 as const, 7 as const, 8 as const, 9 as const),
  });

  it('generate -> validate round-trips (property)', () => {
    fc.assert(
      fc.property(arrArb, (input) => {
        const made = makeArrecadacaoBarcode(input);
        if (!made.ok) throw new Error(made.reason);
        const dv = input.valueId <= 7 ? refMod10 : refArrMod11;
        expect(made.barcode[3]).toBe(String(dv(made.barcode.slice(0, 3) + made.barcode.slice(4))));
        expect(validateBoletoLine(made.line, TODAY)).toMatchObject({
          ok: true,
          value: { kind: 'ARRECADACAO', barcode: made.barcode, segment: input.segment, valueId: input.valueId, amountCents: input.valueCents },
        });
        expect(boletoLineToBarcode(formatBoletoLine(made.line))).toEqual({ ok: true, value: made.barcode });
      }),
      { numRuns: 1000 },
    );
  });

  it('single-digit mutations are rejected except the mod-11 collapse (property)', () => {
    fc.assert(
      fc.property(arrArb, fc.nat(47), fc.integer({ min: 1, max: 9 }), (input, i, delta) => {
        const made = makeArrecadacaoBarcode(input);
        if (!made.ok) throw new Error(made.reason);
        const l = made.line;
        const mutated = l.slice(0, i) + String((Number(l[i]) + delta) % 10) + l.slice(i + 1);
        const accepted = validateBoletoLine(mutated, TODAY).ok;
        if (i % 12 === 11) expect(accepted).toBe(false); // a changed block DV is always caught
        // (i === 2 changes the value id, and with it the modulus, so the analysis below does not apply.)
        if (accepted && i !== 2) {
          expect(input.valueId).toBeGreaterThanOrEqual(8); // mod 10 catches every single-digit change
          const block = Math.floor(i / 12);
          expect(weightedSum(l.slice(block * 12, block * 12 + 11), 9) % 11).toBeLessThan(2);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('garbage input', () => {
  it('never throws; valid results only come from 44/47/48-digit strings (property)', () => {
    fc.assert(
      fc.property(garbageArb, (input) => {
        for (const r of [validateBoletoLine(input, TODAY), parseBoletoBarcode(input, TODAY), boletoLineToBarcode(input), boletoBarcodeToLine(input)]) {
          if (r.ok) expect(typeof input).toBe('string');
          else expect(r.message).toBe(boletoMessagePtBR(r.reason));
        }
        expect(() => formatBoletoLine(input)).not.toThrow();
        expect(() => makeBankBoleto(input as never)).not.toThrow();
        expect(() => makeArrecadacaoBarcode(input as never)).not.toThrow();
        expect(() => decodeDueFactor(input as number, input as Date)).not.toThrow();
        expect(() => encodeDueFactor(input as string)).not.toThrow();
      }),
      { numRuns: 3000 },
    );
  });

  it('random digit strings of the right length are valid exactly when the reference says so (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{47}$/), (l) => {
        expect(validateBoletoLine(l, TODAY).ok).toBe(refBankLineValid(l));
      }),
      { numRuns: 2000 },
    );
  });

  it('reports length, characters and emptiness', () => {
    expect(validateBoletoLine('123', TODAY)).toMatchObject({ reason: 'LENGTH' });
    expect(validateBoletoLine(ENERGY_BARCODE, TODAY)).toMatchObject({ reason: 'LENGTH' }); // a barcode is not a line
    expect(validateBoletoLine(`${ENERGY_LINE}x`, TODAY)).toMatchObject({ reason: 'INVALID_CHARACTERS' });
    expect(validateBoletoLine(' . - ', TODAY)).toMatchObject({ reason: 'EMPTY' });
    expect(validateBoletoLine(4, TODAY)).toMatchObject({ reason: 'NOT_A_STRING' });
    expect(validateBoletoLine('8'.repeat(5000), TODAY)).toMatchObject({ reason: 'LENGTH' });
    expect(parseBoletoBarcode(ENERGY_LINE, TODAY)).toMatchObject({ reason: 'LENGTH' });
  });
});
