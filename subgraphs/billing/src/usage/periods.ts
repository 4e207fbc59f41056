import { nextDay, saoPauloDate, saoPauloMidnight, type CalendarDate } from '@prumo/br';
import type { QuotaPeriod } from '@prumo/kit';

/** Gauges have no period: one row forever. */
export const GAUGE_PERIOD = '1970-01-01';

const iso = (d: CalendarDate) => `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

/** Start of the metric's current period as a São Paulo calendar date (YYYY-MM-DD). */
export function periodStart(period: QuotaPeriod, now: Date): string {
  if (period === 'gauge') return GAUGE_PERIOD;
  const today = saoPauloDate(now)!;
  return iso(period === 'day' ? today : { ...today, day: 1 });
}

/** When the current period ends (the next 00:00 in São Paulo), or null for gauges. */
export function resetsAt(period: QuotaPeriod, now: Date): Date | null {
  if (period === 'gauge') return null;
  const today = saoPauloDate(now)!;
  const next = period === 'day' ? nextDay(today)! : today.month === 12 ? { year: today.year + 1, month: 1, day: 1 } : { year: today.year, month: today.month + 1, day: 1 };
  return saoPauloMidnight(next)!;
}
