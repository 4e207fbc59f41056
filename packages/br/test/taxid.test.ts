import fc from 'fast-check';
import {
  formatCnpj,
  formatCpf,
  formatTaxId,
  generateCnpj,
  generateCpf,
  taxIdMessagePtBR,
  TAX_ID_MESSAGES_PT_BR,
  validateCnpj,
  validateCpf,
  validateTaxId,
  type TaxIdReason,
} from '../src/taxid';
import { digitMutations, garbageArb, rngArb, seededRng, weightedSum } from './helpers';

// Reference implementations written independently from src (explicit weight tables).
const CPF_W1 = [10, 9, 8, 7, 6, 5, 4, 3, 2];
const CPF_W2 = [11, 10, 9, 8, 7, 6, 5, 4, 3, 2];
const CNPJ_W1 = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
const CNPJ_W2 = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
const val = (c: string) => c.charCodeAt(0) - 48;
const dvOf = (sum: number) => (sum % 11 < 2 ? 0 : 11 - (sum % 11));
const dot = (s: string, w: number[]) => w.reduce((acc, wi, i) => acc + val(s[i]!) * wi, 0);

function refCpfOk(s: string): boolean {
  if (!/^\d{11}$/.test(s) || /^(\d)\1{10}$/.test(s)) return false;
  return dvOf(dot(s, CPF_W1)) === val(s[9]!) && dvOf(dot(s, CPF_W2)) === val(s[10]!);
}
function refCnpjOk(s: string): boolean {
  if (!/^[0-9A-Z]{12}\d{2}$/.test(s) || /^0{14}$/.test(s)) return false;
  return dvOf(dot(s, CNPJ_W1)) === val(s[12]!) && dvOf(dot(s, CNPJ_W2)) === val(s[13]!);
}

describe('CPF', () => {
  it('accepts the DOMAIN vector in formatted and bare notation', () => {
    for (const input of ['529.982.247-25', '52998224725', ' 529 982 247 25 ', '529982247-25']) {
      expect(validateCpf(input)).toEqual({ ok: true, kind: 'CPF', value: '52998224725', formatted: '529.982.247-25' });
    }
  });

  it('rejects eleven equal digits, even those whose check digits match', () => {
    for (let d = 0; d <= 9; d++) {
      const s = String(d).repeat(11);
      expect(validateCpf(s)).toMatchObject({ ok: false, reason: 'REPEATED_DIGITS' });
      expect(validateCpf(`${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}`)).toMatchObject({ reason: 'REPEATED_DIGITS' });
    }
  });

  it.each<[unknown, TaxIdReason]>([
    ['529.982.247-26', 'CHECK_DIGIT'],
    ['529.982.247-52', 'CHECK_DIGIT'],
    ['5299822472', 'LENGTH'],
    ['529982247250', 'LENGTH'],
    ['529.982.247-2X', 'INVALID_CHARACTERS'],
    ['529,982,247-25', 'INVALID_CHARACTERS'],
    ['52998224725!', 'INVALID_CHARACTERS'],
    ['', 'EMPTY'],
    ['  ..-/ ', 'EMPTY'],
    [null, 'NOT_A_STRING'],
    [52998224725, 'NOT_A_STRING'],
    ['5'.repeat(10_000), 'LENGTH'],
  ])('rejects %p as %s', (input, reason) => {
    const r = validateCpf(input);
    expect(r).toEqual({ ok: false, reason, message: TAX_ID_MESSAGES_PT_BR[reason] });
  });

  it('rejects every single-digit mutation of the DOMAIN vector (exhaustive)', () => {
    const mutations = digitMutations('52998224725');
    expect(mutations).toHaveLength(99);
    for (const m of mutations) expect(validateCpf(m.mutated).ok).toBe(false);
  });

  it('generates valid CPFs (property) that round-trip through format', () => {
    fc.assert(
      fc.property(rngArb, (rng) => {
        const cpf = generateCpf(rng);
        expect(cpf).toMatch(/^\d{11}$/);
        expect(refCpfOk(cpf)).toBe(true);
        const formatted = formatCpf(cpf)!;
        expect(formatted).toMatch(/^\d{3}\.\d{3}\.\d{3}-\d{2}$/);
        expect(validateCpf(formatted)).toMatchObject({ ok: true, value: cpf });
      }),
    );
  });

  it('generates valid CPFs even from degenerate rngs', () => {
    for (const rng of [() => 0, () => 0.99999999, () => 1, () => -5, () => NaN, () => 0.5]) {
      expect(validateCpf(generateCpf(rng)).ok).toBe(true);
    }
    expect(generateCpf(seededRng(42))).toBe(generateCpf(seededRng(42)));
    expect(validateCpf(generateCpf()).ok).toBe(true);
  });

  it('rejects single-digit mutations except the inherent mod-11 collapse (property)', () => {
    fc.assert(
      fc.property(rngArb, fc.nat(10), fc.integer({ min: 1, max: 9 }), (rng, index, delta) => {
        const cpf = generateCpf(rng);
        const to = String((Number(cpf[index]) + delta) % 10);
        const mutated = cpf.slice(0, index) + to + cpf.slice(index + 1);
        const accepted = validateCpf(mutated).ok;
        expect(accepted).toBe(refCpfOk(mutated));
        if (index >= 9) expect(accepted).toBe(false); // a changed check digit is always caught
        // Otherwise it can only slip through when the remainders sat in the 0/1 -> 0 collapse. The first
        // digit has weight 11 in DV2 (= 0 mod 11), so only DV1 protects it.
        if (accepted) {
          expect(weightedSum(cpf.slice(0, 9), 99) % 11).toBeLessThan(2);
          if (index > 0) expect(weightedSum(cpf.slice(0, 10), 99) % 11).toBeLessThan(2);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('CNPJ', () => {
  it('accepts the DOMAIN vectors (numeric and alphanumeric)', () => {
    expect(validateCnpj('11.444.777/0001-61')).toEqual({
      ok: true,
      kind: 'CNPJ',
      value: '11444777000161',
      formatted: '11.444.777/0001-61',
    });
    expect(validateCnpj('12.ABC.345/01DE-35')).toEqual({
      ok: true,
      kind: 'CNPJ',
      value: '12ABC34501DE35',
      formatted: '12.ABC.345/01DE-35',
    });
  });

  it('normalises to upper case and strips punctuation', () => {
    expect(validateCnpj('12.abc.345/01de-35')).toMatchObject({ ok: true, value: '12ABC34501DE35' });
    expect(validateCnpj(' 12abc34501de35 ')).toMatchObject({ ok: true, value: '12ABC34501DE35' });
    expect(validateCnpj('11444777000161')).toMatchObject({ ok: true, formatted: '11.444.777/0001-61' });
  });

  it('values letters at ASCII - 48 (A = 17 ... Z = 42)', () => {
    // Hand check of the alphanumeric vector: 1 2 A B C 3 4 5 0 1 D E -> values 1 2 17 18 19 3 4 5 0 1 20 21.
    const values = [1, 2, 17, 18, 19, 3, 4, 5, 0, 1, 20, 21];
    const sum1 = values.reduce((a, v, i) => a + v * CNPJ_W1[i]!, 0);
    expect(dvOf(sum1)).toBe(3);
    const sum2 = [...values, 3].reduce((a, v, i) => a + v * CNPJ_W2[i]!, 0);
    expect(dvOf(sum2)).toBe(5);
  });

  it.each<[unknown, TaxIdReason]>([
    ['11.444.777/0001-62', 'CHECK_DIGIT'],
    ['12.ABC.345/01DE-53', 'CHECK_DIGIT'],
    ['12.ABC.345/01DE-3A', 'INVALID_CHARACTERS'],
    ['12.ABC.345/01DE-3', 'LENGTH'],
    ['1144477700016', 'LENGTH'],
    ['00.000.000/0000-00', 'ALL_ZEROS'],
    ['00000000000000', 'ALL_ZEROS'],
    ['12.ÁBC.345/01DE-35', 'INVALID_CHARACTERS'],
    ['12_ABC_345_01DE_35', 'INVALID_CHARACTERS'],
    [undefined, 'NOT_A_STRING'],
    ['', 'EMPTY'],
  ])('rejects %p as %s', (input, reason) => {
    expect(validateCnpj(input)).toMatchObject({ ok: false, reason });
  });

  it('rejects every single-digit mutation of the DOMAIN vectors (exhaustive)', () => {
    for (const cnpj of ['11444777000161', '12ABC34501DE35']) {
      const positions = [...cnpj].map((c, i) => (/\d/.test(c) ? i : -1)).filter((i) => i >= 0);
      for (const m of digitMutations(cnpj, positions)) expect(validateCnpj(m.mutated).ok).toBe(false);
    }
  });

  it('generates valid numeric and alphanumeric CNPJs (property)', () => {
    fc.assert(
      fc.property(rngArb, fc.boolean(), (rng, alphanumeric) => {
        const cnpj = generateCnpj(rng, { alphanumeric });
        expect(cnpj).toMatch(alphanumeric ? /^[0-9A-Z]{12}\d{2}$/ : /^\d{14}$/);
        expect(refCnpjOk(cnpj)).toBe(true);
        const formatted = formatCnpj(cnpj)!;
        expect(formatted).toMatch(/^[0-9A-Z]{2}\.[0-9A-Z]{3}\.[0-9A-Z]{3}\/[0-9A-Z]{4}-\d{2}$/);
        expect(validateCnpj(formatted.toLowerCase())).toMatchObject({ ok: true, value: cnpj });
      }),
    );
  });

  it('alphanumeric generation actually produces letters', () => {
    const rng = seededRng(7);
    const all = Array.from({ length: 50 }, () => generateCnpj(rng, { alphanumeric: true })).join('');
    expect(all).toMatch(/[A-Z]/);
  });

  it('generates valid CNPJs even from degenerate rngs', () => {
    for (const rng of [() => 0, () => 0.9999999, () => NaN]) {
      expect(validateCnpj(generateCnpj(rng)).ok).toBe(true);
      expect(validateCnpj(generateCnpj(rng, { alphanumeric: true })).ok).toBe(true);
    }
    expect(validateCnpj(generateCnpj()).ok).toBe(true);
  });

  it('rejects single-digit mutations except the inherent mod-11 collapse (property)', () => {
    fc.assert(
      fc.property(rngArb, fc.boolean(), fc.nat(13), fc.nat(9), (rng, alphanumeric, index, digit) => {
        const cnpj = generateCnpj(rng, { alphanumeric });
        const to = String(digit);
        fc.pre(to !== cnpj[index]);
        const mutated = cnpj.slice(0, index) + to + cnpj.slice(index + 1);
        const accepted = validateCnpj(mutated).ok;
        expect(accepted).toBe(refCnpjOk(mutated));
        if (index >= 12) expect(accepted).toBe(false);
        if (accepted) {
          // Either the remainders collapsed (0/1 -> 0) or a letter was swapped for a digit 11k apart.
          const delta = val(cnpj[index]!) - digit;
          const collapsed = weightedSum(cnpj.slice(0, 12), 9) % 11 < 2 && weightedSum(cnpj.slice(0, 13), 9) % 11 < 2;
          expect(collapsed || delta % 11 === 0).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('validateTaxId / formatTaxId', () => {
  it('auto-detects CPF (11) and CNPJ (14)', () => {
    expect(validateTaxId('529.982.247-25')).toMatchObject({ ok: true, kind: 'CPF' });
    expect(validateTaxId('11.444.777/0001-61')).toMatchObject({ ok: true, kind: 'CNPJ' });
    expect(validateTaxId('12.ABC.345/01DE-35')).toMatchObject({ ok: true, kind: 'CNPJ' });
    expect(validateTaxId('123456789012')).toMatchObject({ ok: false, reason: 'LENGTH' });
    expect(validateTaxId('5299822472A')).toMatchObject({ ok: false, reason: 'INVALID_CHARACTERS' });
    expect(validateTaxId('11111111111')).toMatchObject({ ok: false, reason: 'REPEATED_DIGITS' });
    expect(validateTaxId('00000000000000')).toMatchObject({ ok: false, reason: 'ALL_ZEROS' });
    expect(validateTaxId('@')).toMatchObject({ ok: false, reason: 'INVALID_CHARACTERS' });
  });

  it('formats only valid documents', () => {
    expect(formatTaxId('52998224725')).toBe('529.982.247-25');
    expect(formatTaxId('12abc34501de35')).toBe('12.ABC.345/01DE-35');
    expect(formatCpf('52998224726')).toBeNull();
    expect(formatCnpj('11444777000162')).toBeNull();
    expect(formatTaxId(42)).toBeNull();
  });

  it('has a pt-BR message for every reason', () => {
    for (const [reason, message] of Object.entries(TAX_ID_MESSAGES_PT_BR)) {
      expect(taxIdMessagePtBR(reason as TaxIdReason)).toBe(message);
      expect(message.length).toBeGreaterThan(5);
    }
  });
});

describe('garbage input', () => {
  it('never throws and agrees with the reference validator (property)', () => {
    fc.assert(
      fc.property(garbageArb, (input) => {
        for (const fn of [validateCpf, validateCnpj, validateTaxId]) {
          const r = fn(input);
          if (!r.ok) {
            expect(typeof r.reason).toBe('string');
            expect(r.message).toBe(TAX_ID_MESSAGES_PT_BR[r.reason]);
          }
        }
        const norm = typeof input === 'string' && input.length <= 64 ? input.replace(/[\s.\-/]/g, '').toUpperCase() : null;
        expect(validateCpf(input).ok).toBe(norm !== null && refCpfOk(norm));
        expect(validateCnpj(input).ok).toBe(norm !== null && refCnpjOk(norm));
        expect(() => [formatCpf(input), formatCnpj(input), formatTaxId(input)]).not.toThrow();
      }),
      { numRuns: 3000 },
    );
  });

  it('random 11/14-character strings are valid exactly when the reference says so', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{11}$/), fc.stringMatching(/^[0-9A-Z]{12}\d{2}$/), (cpf, cnpj) => {
        expect(validateCpf(cpf).ok).toBe(refCpfOk(cpf));
        expect(validateCnpj(cnpj).ok).toBe(refCnpjOk(cnpj));
      }),
      { numRuns: 3000 },
    );
  });
});
