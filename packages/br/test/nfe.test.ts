import fc from 'fast-check';
import {
  formatNfeKey,
  generateNfeKey,
  nfeCheckDigit,
  nfeMessagePtBR,
  NFE_MESSAGES_PT_BR,
  UF_CODES,
  validateNfeKey,
  type NfeKeyParts,
} from '../src/nfe';
import { generateCnpj, generateCpf, validateCnpj } from '../src/taxid';
import { digitMutations, garbageArb, rngArb, weightedSum } from './helpers';

// Reference DV (DOMAIN): weights 2..9 from the right, wrapping; remainder 0/1 -> 0, else 11 - remainder.
const refDv = (first43: string) => {
  const r = weightedSum(first43, 9) % 11;
  return r < 2 ? 0 : 11 - r;
};
const withDv = (first43: string) => first43 + refDv(first43);

// cUF 35 (SP), 2025-04, CNPJ 11.444.777/0001-61, model 55, series 001, number 000000123, type 1, code 12345678.
const FIRST43 = '35' + '2504' + '11444777000161' + '55' + '001' + '000000123' + '1' + '12345678';
const KEY = withDv(FIRST43);

const PARTS: NfeKeyParts = {
  uf: 'SP',
  yearMonth: '2025-04',
  issuerTaxId: '11.444.777/0001-61',
  model: 55,
  series: 1,
  number: 123,
  emissionType: 1,
  code: 12345678,
};

describe('validateNfeKey', () => {
  it('the hand-built vector has the reference DV', () => {
    expect(KEY).toHaveLength(44);
    expect(nfeCheckDigit(FIRST43)).toBe(refDv(FIRST43));
  });

  it('parses every part', () => {
    expect(validateNfeKey(KEY)).toEqual({
      ok: true,
      value: {
        key: KEY,
        ufCode: '35',
        uf: 'SP',
        yearMonth: '2025-04',
        issuerField: '11444777000161',
        issuerTaxId: '11444777000161',
        issuerKind: 'CNPJ',
        model: '55',
        series: 1,
        number: 123,
        emissionType: 1,
        code: '12345678',
        checkDigit: Number(KEY[43]),
      },
    });
  });

  it('accepts DANFE grouping, surrounding whitespace and the NFe prefix of infNFe/@Id', () => {
    const grouped = KEY.match(/.{1,4}/g)!.join(' ');
    for (const input of [grouped, ` ${KEY}\n`, `NFe${KEY}`, `nfe${KEY}`]) {
      expect(validateNfeKey(input)).toMatchObject({ ok: true, value: { key: KEY } });
    }
    expect(formatNfeKey(KEY)).toBe(grouped);
    expect(formatNfeKey(`${KEY.slice(0, 43)}${(Number(KEY[43]) + 1) % 10}`)).toBeNull();
  });

  it('recognises CPF issuers ("000" + CPF) and alphanumeric CNPJ issuers', () => {
    const cpfKey = withDv(`35250400052998224725550010000001231${'12345678'}`);
    expect(validateNfeKey(cpfKey)).toMatchObject({ ok: true, value: { issuerKind: 'CPF', issuerTaxId: '52998224725', issuerField: '00052998224725' } });
    const alnum = withDv(`352504${'12ABC34501DE35'}550010000001231${'12345678'}`);
    expect(validateNfeKey(alnum)).toMatchObject({ ok: true, value: { issuerKind: 'CNPJ', issuerTaxId: '12ABC34501DE35' } });
    expect(validateNfeKey(alnum.toLowerCase())).toMatchObject({ ok: true, value: { key: alnum } });
    const unknown = withDv(`352504${'11444777000162'}550010000001231${'12345678'}`);
    expect(validateNfeKey(unknown)).toMatchObject({ ok: true, value: { issuerKind: 'UNKNOWN', issuerTaxId: '11444777000162' } });
    // Banco do Brasil's CNPJ 00.000.000/0001-91 is also '000' + a valid CPF: CNPJ is preferred.
    const ambiguous = withDv(`352504${'00000000000191'}550010000001231${'12345678'}`);
    expect(validateNfeKey(ambiguous)).toMatchObject({ ok: true, value: { issuerKind: 'CNPJ', issuerTaxId: '00000000000191' } });
  });

  it('accepts other models sharing the layout (NFC-e 65, NF3e 66)', () => {
    for (const model of ['65', '66']) {
      const key = withDv(`${FIRST43.slice(0, 20)}${model}${FIRST43.slice(22)}`);
      expect(validateNfeKey(key)).toMatchObject({ ok: true, value: { model } });
    }
  });

  it.each<[string, unknown, string]>([
    ['wrong DV', `${KEY.slice(0, 43)}${(Number(KEY[43]) + 1) % 10}`, 'CHECK_DIGIT'],
    ['43 characters', KEY.slice(0, 43), 'LENGTH'],
    ['45 characters', `${KEY}0`, 'LENGTH'],
    ['letter outside the CNPJ base', `${KEY.slice(0, 30)}A${KEY.slice(31)}`, 'INVALID_CHARACTERS'],
    ['letter in the CNPJ DV', `${KEY.slice(0, 18)}A${KEY.slice(19)}`, 'INVALID_CHARACTERS'],
    ['punctuation', `${KEY.slice(0, 20)}-${KEY.slice(20)}`, 'INVALID_CHARACTERS'],
    ['unknown cUF', withDv(`99${FIRST43.slice(2)}`), 'UF'],
    ['cUF 91 (national environment)', withDv(`91${FIRST43.slice(2)}`), 'UF'],
    ['month 13', withDv(`3525${'13'}${FIRST43.slice(6)}`), 'YEAR_MONTH'],
    ['month 00', withDv(`3525${'00'}${FIRST43.slice(6)}`), 'YEAR_MONTH'],
    ['empty', '   ', 'EMPTY'],
    ['number', 42, 'NOT_A_STRING'],
    ['huge', '3'.repeat(10_000), 'LENGTH'],
  ])('rejects %s', (_, input, reason) => {
    expect(validateNfeKey(input)).toEqual({ ok: false, reason, message: NFE_MESSAGES_PT_BR[reason as 'UF'] });
  });

  it('rejects every single-digit mutation of the vector (exhaustive)', () => {
    for (const m of digitMutations(KEY)) expect(validateNfeKey(m.mutated).ok).toBe(false);
  });
});

describe('generateNfeKey', () => {
  it('computes the DV', () => {
    expect(generateNfeKey(PARTS)).toEqual({ ok: true, value: KEY });
    expect(generateNfeKey({ ...PARTS, uf: 35 })).toEqual({ ok: true, value: KEY });
    expect(generateNfeKey({ ...PARTS, uf: '35', model: '55', code: '12345678', issuerTaxId: '11444777000161' })).toEqual({ ok: true, value: KEY });
    expect(generateNfeKey({ ...PARTS, uf: 'sp' })).toEqual({ ok: true, value: KEY });
  });

  it('pads a CPF issuer with 000', () => {
    const r = generateNfeKey({ ...PARTS, issuerTaxId: '529.982.247-25' });
    expect(r.ok && r.value.slice(6, 20)).toBe('00052998224725');
  });

  it.each<[Partial<NfeKeyParts>, string]>([
    [{ uf: 'XX' }, 'UF'],
    [{ uf: 99 }, 'UF'],
    [{ yearMonth: '2025-13' }, 'YEAR_MONTH'],
    [{ yearMonth: '1999-12' }, 'YEAR_MONTH'],
    [{ yearMonth: '2504' }, 'YEAR_MONTH'],
    [{ issuerTaxId: '11.444.777/0001-62' }, 'ISSUER'],
    [{ model: 100 }, 'MODEL'],
    [{ model: '5a' }, 'MODEL'],
    [{ series: 1000 }, 'SERIES'],
    [{ series: -1 }, 'SERIES'],
    [{ number: 0 }, 'NUMBER'],
    [{ number: 1_000_000_000 }, 'NUMBER'],
    [{ number: 1.5 }, 'NUMBER'],
    [{ emissionType: 0 }, 'EMISSION_TYPE'],
    [{ emissionType: 10 }, 'EMISSION_TYPE'],
    [{ code: 100_000_000 }, 'CODE'],
    [{ code: 'abc' }, 'CODE'],
  ])('rejects %p as %s', (override, reason) => {
    expect(generateNfeKey({ ...PARTS, ...override } as NfeKeyParts)).toEqual({ ok: false, reason, message: nfeMessagePtBR(reason as 'UF') });
  });

  const partsArb = fc.record({
    uf: fc.constantFrom(...Object.keys(UF_CODES)),
    yearMonth: fc.tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
    issuerTaxId: fc.oneof(
      rngArb.map((rng) => generateCnpj(rng, { alphanumeric: true })),
      rngArb.map((rng) => generateCnpj(rng)),
      rngArb.map((rng) => generateCpf(rng)),
    ),
    model: fc.constantFrom(55, 65, 66),
    series: fc.integer({ min: 0, max: 999 }),
    number: fc.integer({ min: 1, max: 999_999_999 }),
    emissionType: fc.integer({ min: 1, max: 9 }),
    code: fc.integer({ min: 0, max: 99_999_999 }),
  });

  it('generate -> validate round-trips (property)', () => {
    fc.assert(
      fc.property(partsArb, (parts) => {
        const g = generateNfeKey(parts);
        if (!g.ok) throw new Error(g.reason);
        expect(Number(g.value[43])).toBe(refDv(g.value.slice(0, 43)));
        // '000' + CPF can also be a valid CNPJ (e.g. 00.000.000/0001-91); the key cannot tell, CNPJ wins.
        const field = parts.issuerTaxId.padStart(14, '0');
        const asCnpj = validateCnpj(field).ok;
        expect(validateNfeKey(g.value)).toMatchObject({
          ok: true,
          value: {
            ufCode: parts.uf,
            yearMonth: parts.yearMonth,
            issuerField: field,
            issuerTaxId: asCnpj ? field : parts.issuerTaxId,
            issuerKind: asCnpj ? 'CNPJ' : 'CPF',
            model: String(parts.model),
            series: parts.series,
            number: parts.number,
            emissionType: parts.emissionType,
            code: String(parts.code).padStart(8, '0'),
          },
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('single-digit mutations are rejected except the mod-11 collapse (property)', () => {
    fc.assert(
      fc.property(partsArb, fc.nat(43), fc.nat(9), (parts, i, digit) => {
        const g = generateNfeKey(parts);
        if (!g.ok) throw new Error(g.reason);
        const key = g.value;
        fc.pre(String(digit) !== key[i]);
        const mutated = key.slice(0, i) + digit + key.slice(i + 1);
        const accepted = validateNfeKey(mutated).ok;
        if (i === 43) expect(accepted).toBe(false);
        if (accepted) {
          const delta = key.charCodeAt(i) - 48 - digit;
          expect(weightedSum(key.slice(0, 43), 9) % 11 < 2 || delta % 11 === 0).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('garbage input', () => {
  it('never throws (property)', () => {
    fc.assert(
      fc.property(garbageArb, (input) => {
        const r = validateNfeKey(input);
        if (!r.ok) expect(r.message).toBe(nfeMessagePtBR(r.reason));
        expect(() => formatNfeKey(input)).not.toThrow();
        expect(() => generateNfeKey(input as never)).not.toThrow();
      }),
      { numRuns: 3000 },
    );
  });

  it('random 44-digit strings are valid exactly when DV, cUF and month are (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{44}$/), (key) => {
        const month = Number(key.slice(4, 6));
        const expected = refDv(key.slice(0, 43)) === Number(key[43]) && key.slice(0, 2) in UF_CODES && month >= 1 && month <= 12;
        expect(validateNfeKey(key).ok).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });
});
