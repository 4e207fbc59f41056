// Calendar helpers. Brazilian fiscal rules are about calendar days in America/Sao_Paulo, so instants
// are converted with Intl (full ICU ships with Node 20; no external deps) and plain dates are kept
// as 'YYYY-MM-DD' strings, computed with UTC arithmetic so the host time zone never matters.

export interface CalendarDate {
  readonly year: number;
  /** 1..12 */
  readonly month: number;
  /** 1..31 */
  readonly day: number;
}

const TIME_ZONE = 'America/Sao_Paulo';
const MS_PER_DAY = 86_400_000;

let formatter: Intl.DateTimeFormat | undefined;
function spFormatter(): Intl.DateTimeFormat {
  formatter ??= new Intl.DateTimeFormat('en-US', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  });
  return formatter;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function isValidCalendarDate(year: number, month: number, day: number): boolean {
  if (![year, month, day].every(Number.isInteger)) return false;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 'YYYY-MM-DD' for a calendar date (no validation beyond padding). */
export function isoDate(d: CalendarDate): string {
  return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
}

/** Strict 'YYYY-MM-DD' parser; null for anything else (including 2026-02-30). */
export function parseIsoDate(input: unknown): CalendarDate | null {
  if (typeof input !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidCalendarDate(year, month, day) ? { year, month, day } : null;
}

/** Days since 1970-01-01 for a calendar date. */
export function epochDay(d: CalendarDate): number {
  // Date.UTC maps years 0..99 to 1900..1999; setUTCFullYear avoids that quirk.
  const t = new Date(0);
  t.setUTCFullYear(d.year, d.month - 1, d.day);
  return Math.round(t.getTime() / MS_PER_DAY);
}

export function fromEpochDay(n: number): CalendarDate {
  const t = new Date(n * MS_PER_DAY);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** 0 = Sunday .. 6 = Saturday. */
export function weekday(d: CalendarDate): number {
  return new Date(epochDay(d) * MS_PER_DAY).getUTCDay();
}

// Date-time with an explicit offset (or Z) is an instant; without one it is São Paulo wall-clock time,
// so its date part is taken literally (never the host time zone).
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * The calendar date in America/Sao_Paulo of an instant.
 * Accepts a Date, epoch milliseconds, or a string: 'YYYY-MM-DD' (taken as is), ISO date-time with an
 * offset or Z (converted), or ISO date-time without an offset (taken as São Paulo local time).
 * Returns null for anything unparseable or outside years 1..9999.
 */
export function saoPauloDate(instant: Date | number | string): CalendarDate | null {
  let ms: number;
  if (typeof instant === 'string') {
    const m = DATE_TIME.exec(instant.trim());
    if (!m) return null;
    const date = parseIsoDate(m[1]);
    if (!date) return null;
    if (m[2] !== undefined && (Number(m[2]) > 23 || Number(m[3]) > 59 || Number(m[4] ?? 0) > 59)) return null;
    if (m[5] === undefined) return date;
    const offset = m[5].toUpperCase() === 'Z' ? 'Z' : m[5].replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
    ms = Date.parse(`${m[1]}T${m[2] ?? '00'}:${m[3] ?? '00'}:${m[4] ?? '00'}${offset}`);
  } else if (instant instanceof Date) {
    ms = instant.getTime();
  } else if (typeof instant === 'number') {
    ms = instant;
  } else {
    return null;
  }
  if (!Number.isFinite(ms)) return null;
  const utcYear = new Date(ms).getUTCFullYear();
  if (!(utcYear >= 1 && utcYear <= 9999)) return null;
  const parts = spFormatter().formatToParts(new Date(ms));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const result = { year: get('year'), month: get('month'), day: get('day') };
  return isValidCalendarDate(result.year, result.month, result.day) ? result : null;
}

/** 'YYYY-MM' of an instant in America/Sao_Paulo (see saoPauloDate for accepted inputs); null if invalid. */
export function monthKey(instant: Date | number | string): string | null {
  const d = saoPauloDate(instant);
  return d ? `${pad(d.year, 4)}-${pad(d.month, 2)}` : null;
}

/** Resolves a Date/'YYYY-MM-DD'/ISO string to a São Paulo calendar date (helper for other modules). */
export function toCalendarDate(input: unknown): CalendarDate | null {
  if (input instanceof Date || typeof input === 'string' || typeof input === 'number') return saoPauloDate(input);
  return null;
}

/**
 * The instant at which a São Paulo calendar day starts (00:00 local), as a UTC Date. Uses the time
 * zone database, so it stays right if Brazil ever brings daylight saving back.
 */
export function saoPauloMidnight(date: CalendarDate): Date | null {
  if (!date || typeof date !== 'object' || !isValidCalendarDate(date.year, date.month, date.day)) return null;
  const guess = Date.UTC(date.year, date.month - 1, date.day, 0, 0, 0);
  const parts = spOffsetFormatter().formatToParts(new Date(guess));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const localAsUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour') % 24, get('minute'), get('second'));
  return new Date(guess - (localAsUtc - guess));
}

let offsetFormatter: Intl.DateTimeFormat | null = null;
function spOffsetFormatter(): Intl.DateTimeFormat {
  offsetFormatter ??= new Intl.DateTimeFormat('en-US', {
    timeZone: 'America/Sao_Paulo',
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  return offsetFormatter;
}

/** The next calendar day (pure date arithmetic). */
export function nextDay(date: CalendarDate): CalendarDate | null {
  if (!date || typeof date !== 'object' || !isValidCalendarDate(date.year, date.month, date.day)) return null;
  return fromEpochDay(epochDay(date) + 1);
}
