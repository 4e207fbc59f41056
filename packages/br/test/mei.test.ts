import fc from 'fast-check';
import {
  alertLevelsCrossed,
  ALERT_LEVELS,
  applicableLimit,
  dasDueDate,
  dasMonthlyCents,
  dasnSimeiDueDate,
  limitStatus,
  MEI_CAMINHONEIRO_DEFAULT_RULE,
  MEI_DEFAULT_RULE,
  meiMessagePtBR,
  notificationDeadline,
  retroactiveExclusionDate,
  type LimitStatus,
  type MeiLimitRule,
} from '../src/mei';
import { formatBRL } from '../src/money';
import { garbageArb } from './helpers';

const RULE: MeiLimitRule = { annualLimitCents: 8_100_000, monthlyProportionalCents: 675_000, toleranceRatio: 0.2 };
const LIMIT = 8_100_000;

describe('applicableLimit', () => {
  it('is the full limit outside the opening year', () => {
    expect(applicableLimit({ rule: RULE, year: 2026 })).toEqual({ ok: true, limitCents: 8_100_000, months: 12, proportional: false });
    expect(applicableLimit({ rule: RULE, year: 2026, openingDate: '2019-03-10' })).toMatchObject({ limitCents: 8_100_000, proportional: false });
    expect(applicableLimit({ rule: RULE, year: 2026, openingDate: null })).toMatchObject({ limitCents: 8_100_000 });
  });

  it('is proportional in the opening year, counting the opening month in full', () => {
    const july = applicableLimit({ rule: RULE, year: 2026, openingDate: '2026-07-31' });
    expect(july).toEqual({ ok: true, limitCents: 4_050_000, months: 6, proportional: true });
    expect(july.ok && formatBRL(july.limitCents)).toBe('R$ 40.500,00');
    expect(applicableLimit({ rule: RULE, year: 2026, openingDate: '2026-01-01' })).toMatchObject({ limitCents: 8_100_000, months: 12, proportional: true });
    expect(applicableLimit({ rule: RULE, year: 2026, openingDate: '2026-12-31' })).toMatchObject({ limitCents: 675_000, months: 1 });
  });

  it('reads a Date opening in America/Sao_Paulo', () => {
    // 01:00 UTC on 1 July is still 30 June in São Paulo -> 7 months.
    expect(applicableLimit({ rule: RULE, year: 2026, openingDate: new Date('2026-07-01T01:00:00Z') })).toMatchObject({ months: 7, limitCents: 4_725_000 });
  });

  it('caps the Caminhoneiro proportional limit at the annual limit (12 x 20.966,67 > 251.600,00)', () => {
    expect(applicableLimit({ rule: MEI_CAMINHONEIRO_DEFAULT_RULE, year: 2026, openingDate: '2026-01-15' })).toMatchObject({ limitCents: 25_160_000, months: 12 });
    expect(applicableLimit({ rule: MEI_CAMINHONEIRO_DEFAULT_RULE, year: 2026, openingDate: '2026-07-15' })).toMatchObject({ limitCents: 12_580_002, months: 6 });
    expect(applicableLimit({ rule: MEI_DEFAULT_RULE, year: 2026 })).toMatchObject({ limitCents: 8_100_000 });
  });

  it.each<[string, unknown, string]>([
    ['year before opening', { rule: RULE, year: 2025, openingDate: '2026-07-01' }, 'BEFORE_OPENING'],
    ['bad opening date', { rule: RULE, year: 2026, openingDate: '2026-02-30' }, 'INVALID_OPENING_DATE'],
    ['garbage opening date', { rule: RULE, year: 2026, openingDate: 'julho' }, 'INVALID_OPENING_DATE'],
    ['invalid Date', { rule: RULE, year: 2026, openingDate: new Date(NaN) }, 'INVALID_OPENING_DATE'],
    ['fractional year', { rule: RULE, year: 2026.5 }, 'INVALID_YEAR'],
    ['missing rule', { year: 2026 }, 'INVALID_RULE'],
    ['negative limit', { rule: { ...RULE, annualLimitCents: -1 }, year: 2026 }, 'INVALID_RULE'],
    ['fractional cents', { rule: { ...RULE, monthlyProportionalCents: 0.5 }, year: 2026 }, 'INVALID_RULE'],
    ['NaN tolerance', { rule: { ...RULE, toleranceRatio: NaN }, year: 2026 }, 'INVALID_RULE'],
    ['string limit', { rule: { ...RULE, annualLimitCents: '8100000' }, year: 2026 }, 'INVALID_RULE'],
    ['null', null, 'INVALID_RULE'],
  ])('rejects %s', (_, args, reason) => {
    expect(applicableLimit(args as never)).toEqual({ ok: false, reason, message: meiMessagePtBR(reason as 'INVALID_RULE') });
  });
});

describe('limitStatus', () => {
  it.each<[number, LimitStatus]>([
    [0, 'OK'],
    [-500, 'OK'],
    [5_669_999, 'OK'],
    [5_670_000, 'ATTENTION'], // exactly 70%
    [7_289_999, 'ATTENTION'],
    [7_290_000, 'WARNING'], // exactly 90%
    [8_100_000, 'WARNING'], // exactly R$ 81.000,00 is not exceeded
    [8_100_001, 'EXCEEDED'],
    [9_720_000, 'EXCEEDED'], // exactly R$ 97.200,00 (120%) is still within the tolerance
    [9_720_001, 'EXCEEDED_RETROACTIVE'],
    [Number.MAX_SAFE_INTEGER, 'EXCEEDED_RETROACTIVE'],
  ])('R$ 81.000,00 limit, revenue %p -> %s', (revenueCents, status) => {
    expect(limitStatus({ revenueCents, limitCents: LIMIT })).toBe(status);
  });

  it('works with proportional limits and custom tolerance', () => {
    expect(limitStatus({ revenueCents: 4_050_000, limitCents: 4_050_000 })).toBe('WARNING');
    expect(limitStatus({ revenueCents: 4_860_000, limitCents: 4_050_000 })).toBe('EXCEEDED');
    expect(limitStatus({ revenueCents: 4_860_001, limitCents: 4_050_000 })).toBe('EXCEEDED_RETROACTIVE');
    expect(limitStatus({ revenueCents: 10_530_000, limitCents: LIMIT, toleranceRatio: 0.3 })).toBe('EXCEEDED');
    expect(limitStatus({ revenueCents: 10_530_001, limitCents: LIMIT, toleranceRatio: 0.3 })).toBe('EXCEEDED_RETROACTIVE');
    expect(limitStatus({ revenueCents: 8_100_001, limitCents: LIMIT, toleranceRatio: 0 })).toBe('EXCEEDED_RETROACTIVE');
  });

  it('handles a zero limit', () => {
    expect(limitStatus({ revenueCents: 0, limitCents: 0 })).toBe('OK');
    expect(limitStatus({ revenueCents: 1, limitCents: 0 })).toBe('EXCEEDED_RETROACTIVE');
  });

  it('returns null on invalid numbers instead of guessing', () => {
    for (const args of [
      { revenueCents: 1.5, limitCents: LIMIT },
      { revenueCents: NaN, limitCents: LIMIT },
      { revenueCents: 1, limitCents: -1 },
      { revenueCents: 1, limitCents: Infinity },
      { revenueCents: 1, limitCents: LIMIT, toleranceRatio: -0.1 },
      { revenueCents: '1', limitCents: LIMIT },
    ]) {
      expect(limitStatus(args as never)).toBeNull();
    }
    expect(limitStatus(null as never)).toBeNull();
  });

  // Reference thresholds as the smallest revenue reaching each level, in plain integer arithmetic
  // (safe for limits up to 10^12 centavos).
  function refStatus(revenue: number, limit: number): LimitStatus {
    if (revenue * 100 > limit * 120) return 'EXCEEDED_RETROACTIVE';
    if (revenue > limit) return 'EXCEEDED';
    if (revenue >= Math.ceil((limit * 90) / 100)) return 'WARNING';
    if (revenue >= Math.ceil((limit * 70) / 100)) return 'ATTENTION';
    return 'OK';
  }

  it('agrees with an integer reference at and around every boundary (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000_000_000 }), fc.constantFrom(70, 90, 100, 120), fc.integer({ min: -2, max: 2 }), (limit, pct, d) => {
        const revenue = Math.floor((limit * pct) / 100) + d;
        expect(limitStatus({ revenueCents: revenue, limitCents: limit })).toBe(refStatus(revenue, limit));
      }),
      { numRuns: 3000 },
    );
  });

  it('is monotonic in revenue (property)', () => {
    const order: LimitStatus[] = ['OK', 'ATTENTION', 'WARNING', 'EXCEEDED', 'EXCEEDED_RETROACTIVE'];
    fc.assert(
      fc.property(fc.nat(20_000_000), fc.nat(20_000_000), fc.integer({ min: 0, max: 20_000_000 }), (a, b, limit) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const s1 = order.indexOf(limitStatus({ revenueCents: lo, limitCents: limit })!);
        const s2 = order.indexOf(limitStatus({ revenueCents: hi, limitCents: limit })!);
        expect(s1).toBeLessThanOrEqual(s2);
      }),
    );
  });
});

describe('alertLevelsCrossed', () => {
  it.each<[number, number, number[]]>([
    [0, 5_669_999, []],
    [0, 5_670_000, [70]],
    [5_670_000, 7_290_000, [90]],
    [0, 9_720_001, [70, 90, 100, 120]],
    [8_000_000, 8_100_000, []], // reaching exactly 100% stays WARNING
    [8_100_000, 8_100_001, [100]],
    [7_000_000, 9_720_000, [90, 100]],
    [9_000_000, 9_720_001, [120]],
    [9_720_001, 0, []], // cancellations never raise alerts
    [6_000_000, 6_000_000, []],
  ])('%p -> %p', (prev, next, levels) => {
    expect(alertLevelsCrossed(prev, next, LIMIT)).toEqual(levels);
  });

  it('returns [] on invalid input', () => {
    expect(alertLevelsCrossed(NaN, 1, LIMIT)).toEqual([]);
    expect(alertLevelsCrossed(0, 1e20, LIMIT)).toEqual([]);
    expect(alertLevelsCrossed(0, 1, -1)).toEqual([]);
  });

  it('is additive: crossing a -> b -> c equals crossing a -> c (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(12_000_000), { minLength: 3, maxLength: 3 }), fc.integer({ min: 1, max: 10_000_000 }), (xs, limit) => {
        const [a, b, c] = [...xs].sort((x, y) => x - y) as [number, number, number];
        const split = [...alertLevelsCrossed(a, b, limit), ...alertLevelsCrossed(b, c, limit)];
        expect(split).toEqual(alertLevelsCrossed(a, c, limit));
        expect(split.every((l) => (ALERT_LEVELS as readonly number[]).includes(l))).toBe(true);
      }),
    );
  });
});

describe('DAS-MEI', () => {
  it('2026 minimum wage R$ 1.621,00 -> 82,05 / 86,05 / 87,05', () => {
    expect(dasMonthlyCents({ minimumWageCents: 162_100, activity: 'COMMERCE' })).toBe(8205);
    expect(dasMonthlyCents({ minimumWageCents: 162_100, activity: 'SERVICES' })).toBe(8605);
    expect(dasMonthlyCents({ minimumWageCents: 162_100, activity: 'BOTH' })).toBe(8705);
  });

  it('Caminhoneiro pays 12% INSS', () => {
    expect(dasMonthlyCents({ minimumWageCents: 162_100, activity: 'COMMERCE', caminhoneiro: true })).toBe(19_452 + 100);
    expect(dasMonthlyCents({ minimumWageCents: 162_100, activity: 'BOTH', caminhoneiro: true })).toBe(19_452 + 600);
  });

  it('2025 minimum wage R$ 1.518,00 -> R$ 76,90 commerce; rounds half up to the centavo', () => {
    expect(dasMonthlyCents({ minimumWageCents: 151_800, activity: 'COMMERCE' })).toBe(7690);
    expect(dasMonthlyCents({ minimumWageCents: 141_230, activity: 'COMMERCE' })).toBe(7062 + 100); // 7061,5 -> 7062
    expect(dasMonthlyCents({ minimumWageCents: 141_229, activity: 'COMMERCE' })).toBe(7061 + 100); // 7061,45 -> 7061
  });

  it('returns null on invalid input', () => {
    expect(dasMonthlyCents({ minimumWageCents: -1, activity: 'COMMERCE' })).toBeNull();
    expect(dasMonthlyCents({ minimumWageCents: 1.5, activity: 'COMMERCE' })).toBeNull();
    expect(dasMonthlyCents({ minimumWageCents: 162_100, activity: 'INDUSTRY' as never })).toBeNull();
    expect(dasMonthlyCents(undefined as never)).toBeNull();
  });

  it('due on the 20th of the following month', () => {
    expect(dasDueDate(2026, 1)).toBe('2026-02-20');
    expect(dasDueDate(2026, 12)).toBe('2027-01-20');
    expect(dasDueDate(2026, 0)).toBeNull();
    expect(dasDueDate(2026, 13)).toBeNull();
    expect(dasDueDate(2026.5, 1)).toBeNull();
    expect(dasnSimeiDueDate(2025)).toBe('2026-05-31');
    expect(dasnSimeiDueDate(NaN)).toBeNull();
  });
});

describe('notificationDeadline', () => {
  it.each([
    ['2026-01-15', '2026-02-27'], // 28 Feb 2026 is a Saturday
    ['2026-04-10', '2026-05-29'], // 31 May 2026 is a Sunday
    ['2026-06-30', '2026-07-31'], // Friday
    ['2026-12-01', '2027-01-29'], // 31 Jan 2027 is a Sunday
    ['2024-01-31', '2024-02-29'], // leap year, Thursday
  ])('excess on %s -> %s', (excess, deadline) => {
    expect(notificationDeadline(excess)).toBe(deadline);
  });

  it('reads instants in America/Sao_Paulo', () => {
    expect(notificationDeadline(new Date('2026-02-01T01:00:00Z'))).toBe('2026-02-27'); // still 31 Jan in SP
    expect(notificationDeadline('2026-02-01T01:00:00Z')).toBe('2026-02-27');
    expect(notificationDeadline('2026-02-01T12:00:00-03:00')).toBe('2026-03-31');
  });

  it('returns null on invalid input', () => {
    expect(notificationDeadline('ontem')).toBeNull();
    expect(notificationDeadline(new Date(NaN))).toBeNull();
    expect(notificationDeadline('9999-12-01')).toBeNull();
  });

  it('is always the last weekday of the following month (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), (offset) => {
        const excess = new Date(Date.UTC(2000, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
        const deadline = notificationDeadline(excess)!;
        const [y, m] = excess.split('-').map(Number) as [number, number];
        const expectedMonth = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
        expect(deadline.slice(0, 7)).toBe(expectedMonth);
        const d = new Date(`${deadline}T00:00:00Z`);
        expect([1, 2, 3, 4, 5]).toContain(d.getUTCDay());
        // Every later day of that month is a weekend day.
        for (let next = new Date(d.getTime() + 86_400_000); next.getUTCMonth() === d.getUTCMonth(); next = new Date(next.getTime() + 86_400_000)) {
          expect([0, 6]).toContain(next.getUTCDay());
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('retroactiveExclusionDate', () => {
  it('is 1 January, or the opening date in the opening year', () => {
    expect(retroactiveExclusionDate({ year: 2026 })).toBe('2026-01-01');
    expect(retroactiveExclusionDate({ year: 2026, openingDate: '2020-05-05' })).toBe('2026-01-01');
    expect(retroactiveExclusionDate({ year: 2026, openingDate: '2026-07-15' })).toBe('2026-07-15');
    expect(retroactiveExclusionDate({ year: 2025, openingDate: '2026-07-15' })).toBeNull();
    expect(retroactiveExclusionDate({ year: 2026, openingDate: 'x' })).toBeNull();
  });
});

describe('garbage input', () => {
  it('never throws (property)', () => {
    fc.assert(
      fc.property(garbageArb, garbageArb, garbageArb, (a, b, c) => {
        expect(() => applicableLimit({ rule: a, year: b, openingDate: c } as never)).not.toThrow();
        expect(() => applicableLimit(a as never)).not.toThrow();
        expect(() => limitStatus({ revenueCents: a, limitCents: b, toleranceRatio: c } as never)).not.toThrow();
        expect(() => limitStatus(a as never)).not.toThrow();
        expect(() => alertLevelsCrossed(a as number, b as number, c as number)).not.toThrow();
        expect(() => dasMonthlyCents({ minimumWageCents: a, activity: b, caminhoneiro: c } as never)).not.toThrow();
        expect(() => dasDueDate(a as number, b as number)).not.toThrow();
        expect(() => dasnSimeiDueDate(a as number)).not.toThrow();
        expect(() => notificationDeadline(a as string)).not.toThrow();
        expect(() => retroactiveExclusionDate({ year: a, openingDate: b } as never)).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });
});
