// MEI revenue-limit arithmetic (LC 123/2006 arts. 18-A and 18-F, Resolução CGSN 140/2018).
// Amounts that change by law come in as a dated rule object (stored as a setting by the limits
// subgraph); everything is integer centavos and threshold comparisons are done in BigInt so there are
// no floating-point surprises at the exact boundaries (R$ 81.000,00 / R$ 97.200,00).

import { daysInMonth, isoDate, toCalendarDate, weekday, type CalendarDate } from './calendar';
import { invalid, messageFor, type Invalid } from './result';

export interface MeiLimitRule {
  /** Day the rule starts to apply ('YYYY-MM-DD'); informative here, used by the owning subgraph. */
  readonly validFrom?: string;
  /** Annual gross-revenue ceiling. */
  readonly annualLimitCents: number;
  /** Per-month allowance in the opening year. */
  readonly monthlyProportionalCents: number;
  /** Excess still allowed before retroactive exclusion (0.2 = 20%). */
  readonly toleranceRatio: number;
}

/** Seed values (LC 155/2016, in force since 2018; still in force in 2026). */
export const MEI_DEFAULT_RULE: MeiLimitRule = {
  validFrom: '2018-01-01',
  annualLimitCents: 8_100_000,
  monthlyProportionalCents: 675_000,
  toleranceRatio: 0.2,
};

/** Seed values for MEI Caminhoneiro (LC 188/2021, from 2022). 12 x 20.966,67 overshoots; see applicableLimit. */
export const MEI_CAMINHONEIRO_DEFAULT_RULE: MeiLimitRule = {
  validFrom: '2022-01-01',
  annualLimitCents: 25_160_000,
  monthlyProportionalCents: 2_096_667,
  toleranceRatio: 0.2,
};

export type MeiReason = 'INVALID_RULE' | 'INVALID_YEAR' | 'INVALID_OPENING_DATE' | 'BEFORE_OPENING';

export const MEI_MESSAGES_PT_BR: Readonly<Record<MeiReason, string>> = {
  INVALID_RULE: 'Regra de limite do MEI inválida.',
  INVALID_YEAR: 'Ano inválido.',
  INVALID_OPENING_DATE: 'Data de abertura inválida.',
  BEFORE_OPENING: 'O ano informado é anterior à abertura da empresa.',
};

export function meiMessagePtBR(reason: MeiReason): string {
  return messageFor(MEI_MESSAGES_PT_BR, reason, 'Dados inválidos.');
}

const fail = (reason: MeiReason) => invalid(reason, MEI_MESSAGES_PT_BR);

export type ApplicableLimitResult =
  | {
      readonly ok: true;
      readonly limitCents: number;
      /** Months counted (12 when the full limit applies). */
      readonly months: number;
      readonly proportional: boolean;
    }
  | Invalid<MeiReason>;

const isCents = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;

/** Tolerance in basis points (0.2 -> 2000), or null when not a ratio in [0, 10]. */
function toleranceBasisPoints(ratio: unknown): number | null {
  if (typeof ratio !== 'number' || !Number.isFinite(ratio) || ratio < 0 || ratio > 10) return null;
  return Math.round(ratio * 10_000);
}

function validRule(rule: unknown): rule is MeiLimitRule {
  if (typeof rule !== 'object' || rule === null) return false;
  const r = rule as MeiLimitRule;
  return isCents(r.annualLimitCents) && isCents(r.monthlyProportionalCents) && toleranceBasisPoints(r.toleranceRatio) !== null;
}

/**
 * The limit for `year`: the full annual limit, or in the opening year monthlyProportional x months from
 * the opening month to December (opening month counted in full), capped at the annual limit (matters
 * for Caminhoneiro, where 12 x R$ 20.966,67 exceeds R$ 251.600,00). July -> 6 months -> R$ 40.500,00.
 * `openingDate` is 'YYYY-MM-DD' or a Date (read in America/Sao_Paulo); omit it for "opened long ago".
 */
export function applicableLimit(args: {
  rule: MeiLimitRule;
  year: number;
  openingDate?: string | Date | null;
}): ApplicableLimitResult {
  if (typeof args !== 'object' || args === null || !validRule(args.rule)) return fail('INVALID_RULE');
  const { rule, year } = args;
  if (!Number.isInteger(year) || year < 1 || year > 9999) return fail('INVALID_YEAR');
  let opening: CalendarDate | null = null;
  if (args.openingDate !== undefined && args.openingDate !== null) {
    opening = toCalendarDate(args.openingDate);
    if (!opening) return fail('INVALID_OPENING_DATE');
  }
  if (!opening || opening.year < year) {
    return { ok: true, limitCents: rule.annualLimitCents, months: 12, proportional: false };
  }
  if (opening.year > year) return fail('BEFORE_OPENING');
  const months = 12 - opening.month + 1;
  const limitCents = Math.min(rule.annualLimitCents, rule.monthlyProportionalCents * months);
  return { ok: true, limitCents, months, proportional: true };
}

export type LimitStatus = 'OK' | 'ATTENTION' | 'WARNING' | 'EXCEEDED' | 'EXCEEDED_RETROACTIVE';

/** Alert percentages, in the order of the statuses they open (ATTENTION, WARNING, EXCEEDED, EXCEEDED_RETROACTIVE). */
export const ALERT_LEVELS = [70, 90, 100, 120] as const;
export type AlertLevel = (typeof ALERT_LEVELS)[number];

const STATUS_ORDER: readonly LimitStatus[] = ['OK', 'ATTENTION', 'WARNING', 'EXCEEDED', 'EXCEEDED_RETROACTIVE'];

/**
 * OK (< 70%), ATTENTION (>= 70%), WARNING (>= 90%, up to and including exactly 100%), EXCEEDED
 * (> 100% and <= 100% + tolerance), EXCEEDED_RETROACTIVE (> 100% + tolerance, default 20%).
 * Returns null unless revenue is a safe integer and the limit a non-negative safe integer.
 */
export function limitStatus(args: {
  revenueCents: number;
  limitCents: number;
  toleranceRatio?: number;
}): LimitStatus | null {
  if (typeof args !== 'object' || args === null) return null;
  const { revenueCents, limitCents } = args;
  const toleranceBp = toleranceBasisPoints(args.toleranceRatio ?? 0.2);
  if (!Number.isSafeInteger(revenueCents) || !isCents(limitCents) || toleranceBp === null) return null;
  const revenue = BigInt(revenueCents);
  const limit = BigInt(limitCents);
  // revenue / limit > (1 + tolerance)  <=>  revenue * 10000 > limit * (10000 + bp), exact in integers.
  if (revenue * 10_000n > limit * BigInt(10_000 + toleranceBp)) return 'EXCEEDED_RETROACTIVE';
  if (revenue > limit) return 'EXCEEDED';
  if (revenue <= 0n) return 'OK'; // also covers a zero limit with zero revenue
  if (revenue * 100n >= limit * 90n) return 'WARNING';
  if (revenue * 100n >= limit * 70n) return 'ATTENTION';
  return 'OK';
}

/**
 * Alert levels crossed upwards when revenue goes from prev to next, ascending. Each level corresponds
 * to entering a status of limitStatus, so 100 fires only when the limit is exceeded (> 100%), and 120
 * only beyond the tolerance (> 120%). Decreases (cancellations) cross nothing; invalid input gives [].
 */
export function alertLevelsCrossed(
  prevCents: number,
  nextCents: number,
  limitCents: number,
  toleranceRatio = 0.2,
): AlertLevel[] {
  const before = limitStatus({ revenueCents: prevCents, limitCents, toleranceRatio });
  const after = limitStatus({ revenueCents: nextCents, limitCents, toleranceRatio });
  if (before === null || after === null) return [];
  const from = STATUS_ORDER.indexOf(before);
  const to = STATUS_ORDER.indexOf(after);
  return ALERT_LEVELS.filter((_, i) => i + 1 > from && i + 1 <= to);
}

export type MeiActivity = 'COMMERCE' | 'SERVICES' | 'BOTH';

/**
 * Monthly DAS-MEI in centavos: INSS 5% of the minimum wage (12% for Caminhoneiro, rounded half up to
 * the centavo) + R$ 1,00 ICMS (commerce/industry) and/or R$ 5,00 ISS (services).
 * 2026 (minimum wage R$ 1.621,00): 8205 commerce, 8605 services, 8705 both. Null on invalid input.
 */
export function dasMonthlyCents(args: {
  minimumWageCents: number;
  activity: MeiActivity;
  caminhoneiro?: boolean;
}): number | null {
  if (typeof args !== 'object' || args === null) return null;
  const { minimumWageCents, activity } = args;
  if (!isCents(minimumWageCents) || minimumWageCents > 1e13) return null;
  if (activity !== 'COMMERCE' && activity !== 'SERVICES' && activity !== 'BOTH') return null;
  const percent = args.caminhoneiro === true ? 12 : 5;
  const inss = Math.floor((minimumWageCents * percent + 50) / 100);
  const icms = activity === 'SERVICES' ? 0 : 100;
  const iss = activity === 'COMMERCE' ? 0 : 500;
  return inss + icms + iss;
}

/**
 * Nominal DAS due date for competence `year`-`month`: the 20th of the following month, 'YYYY-MM-DD'.
 * Not shifted for weekends or bank holidays (callers that need it must apply their own calendar).
 */
export function dasDueDate(year: number, month: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12 || year < 1 || year > 9998) return null;
  return month === 12 ? isoDate({ year: year + 1, month: 1, day: 20 }) : isoDate({ year, month: month + 1, day: 20 });
}

/** DASN-SIMEI (annual declaration) for calendar year `year` is due on 31 May of the next year. */
export function dasnSimeiDueDate(year: number): string | null {
  if (!Number.isInteger(year) || year < 1 || year > 9998) return null;
  return isoDate({ year: year + 1, month: 5, day: 31 });
}

/**
 * Deadline to notify an excess over the limit: the last business day of the month after the excess.
 * Business day = Monday..Friday; national and local holidays are deliberately ignored (no holiday
 * calendar in this package), so a deadline on a holiday is not moved.
 * `excessDate` is 'YYYY-MM-DD' or a Date/ISO instant (read in America/Sao_Paulo).
 */
export function notificationDeadline(excessDate: string | Date): string | null {
  const d = toCalendarDate(excessDate);
  if (!d || (d.year === 9999 && d.month === 12)) return null;
  const year = d.month === 12 ? d.year + 1 : d.year;
  const month = d.month === 12 ? 1 : d.month + 1;
  let day = daysInMonth(year, month);
  while (weekday({ year, month, day }) === 0 || weekday({ year, month, day }) === 6) day--;
  return isoDate({ year, month, day });
}

/**
 * Start of the retroactive exclusion when revenue exceeds the limit by more than the tolerance:
 * 1 January of `year`, or the opening date in the opening year.
 */
export function retroactiveExclusionDate(args: { year: number; openingDate?: string | Date | null }): string | null {
  if (typeof args !== 'object' || args === null) return null;
  const { year } = args;
  if (!Number.isInteger(year) || year < 1 || year > 9999) return null;
  if (args.openingDate !== undefined && args.openingDate !== null) {
    const opening = toCalendarDate(args.openingDate);
    if (!opening || opening.year > year) return null;
    if (opening.year === year) return isoDate(opening);
  }
  return isoDate({ year, month: 1, day: 1 });
}
