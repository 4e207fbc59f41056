// Distributed generation (Lei 14.300/2022): the share of the "Fio B" tariff charged on compensated
// energy. Systems whose grid-access request was filed up to 2023-01-07 keep the old rules (no Fio B
// charge) until the end of 2045; later ones pay a share that grows each year (15% in 2023 ... 90% in
// 2028). The dates and percentages can change by law, so they come in as a rule (the energy subgraph
// keeps them as dated settings); FIO_B_DEFAULT_RULE is the law as written.

import { parseIsoDate, isoDate } from './calendar';

export interface FioBRule {
  /** Share of the Fio B tariff charged on compensated energy, from each date (any order). */
  readonly schedule: ReadonlyArray<{ readonly validFrom: string; readonly sharePercent: number }>;
  /** Systems that requested grid access on or before this day are exempt ('YYYY-MM-DD'). */
  readonly exemptRequestedOnOrBefore: string;
  /** ... until this day, inclusive ('YYYY-MM-DD'). */
  readonly exemptThrough: string;
}

export const FIO_B_DEFAULT_RULE: FioBRule = {
  schedule: [
    { validFrom: '2023-01-01', sharePercent: 15 },
    { validFrom: '2024-01-01', sharePercent: 30 },
    { validFrom: '2025-01-01', sharePercent: 45 },
    { validFrom: '2026-01-01', sharePercent: 60 },
    { validFrom: '2027-01-01', sharePercent: 75 },
    { validFrom: '2028-01-01', sharePercent: 90 },
  ],
  exemptRequestedOnOrBefore: '2023-01-07',
  exemptThrough: '2045-12-31',
};

const day = (input: unknown): string | null => {
  const d = parseIsoDate(input);
  return d ? isoDate(d) : null;
};

type Args = { accessRequestedOn: string | null | undefined; on: string; rule?: FioBRule };

/** Anything that is not an object (or a rule without a list) is read as empty: nothing here throws. */
function read(args: unknown): { requested: unknown; on: unknown; rule: FioBRule } {
  const a = (typeof args === 'object' && args !== null ? args : {}) as Partial<Args>;
  const rule = typeof a.rule === 'object' && a.rule !== null ? a.rule : FIO_B_DEFAULT_RULE;
  return { requested: a.accessRequestedOn, on: a.on, rule: Array.isArray(rule.schedule) ? rule : { ...rule, schedule: [] } };
}

/**
 * Whether a system is exempt from the Fio B charge on `on` ('YYYY-MM-DD'). An unknown request date
 * (null) is not exempt: the estimate then charges the share rather than promise a saving that may
 * not exist. Null when `on` or the rule's dates are not valid dates.
 */
export function isFioBExempt(args: Args): boolean | null {
  const { requested, on, rule } = read(args);
  const today = day(on);
  const cutoff = day(rule.exemptRequestedOnOrBefore);
  const through = day(rule.exemptThrough);
  if (!today || !cutoff || !through) return null;
  const requestedOn = day(requested);
  return requestedOn !== null && requestedOn <= cutoff && today <= through;
}

/**
 * Percent (0..100) of the Fio B tariff charged on energy compensated on `on` by a system that
 * requested grid access on `accessRequestedOn`: 0 while exempt, else the schedule's share in force
 * (0 before the first entry). Null on invalid dates or a share outside 0..100.
 */
export function fioBChargedSharePercent(args: Args): number | null {
  const { requested, on, rule } = read(args);
  const exempt = isFioBExempt({ accessRequestedOn: requested as string, on: on as string, rule });
  if (exempt === null) return null;
  if (exempt) return 0;
  const today = day(on)!;
  let best: { validFrom: string; sharePercent: number } | null = null;
  for (const s of rule.schedule) {
    if (typeof s !== 'object' || s === null) return null;
    const from = day(s.validFrom);
    if (!from || typeof s.sharePercent !== 'number' || !Number.isFinite(s.sharePercent) || s.sharePercent < 0 || s.sharePercent > 100) return null;
    if (from <= today && (!best || from > best.validFrom)) best = { validFrom: from, sharePercent: s.sharePercent };
  }
  return best ? best.sharePercent : 0;
}
