import fc from 'fast-check';
import { epochDay, fromEpochDay, isoDate, monthKey, parseIsoDate, saoPauloDate, weekday } from '../src/calendar';
import { garbageArb } from './helpers';

describe('saoPauloDate / monthKey', () => {
  it.each<[Date | number | string, string]>([
    ['2026-01-31T23:30:00-03:00', '2026-01'], // NF-e dhEmi with offset
    ['2026-02-01T02:00:00Z', '2026-01'], // 23:00 on 31 Jan in São Paulo
    ['2026-02-01T03:00:00Z', '2026-02'],
    [new Date('2026-02-01T02:59:59.999Z'), '2026-01'],
    [Date.parse('2026-02-01T03:00:00Z'), '2026-02'],
    ['2026-01-31', '2026-01'], // NFS-e dCompet: a plain date, never shifted
    ['2026-01-31T23:30:00', '2026-01'], // no offset: São Paulo wall-clock time
    ['2026-02-01T00:30:00+0000', '2026-01'], // offset without colon
    ['2026-01-31 23:30:00-03:00', '2026-01'],
    ['2026-01-31T23:30:00.123456-03:00', '2026-01'],
    ['2018-12-01T02:30:00Z', '2018-12'], // Brazil still had DST (UTC-2) in December 2018
    ['2019-12-01T02:30:00Z', '2019-11'], // DST abolished in 2019: UTC-3
  ])('%p -> %s', (instant, key) => {
    expect(monthKey(instant)).toBe(key);
  });

  it('returns day precision', () => {
    expect(saoPauloDate('2026-03-01T02:00:00Z')).toEqual({ year: 2026, month: 2, day: 28 });
    expect(saoPauloDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it.each<unknown>(['ontem', '2026-02-30', '2026-13-01', '2026-01-01T25:00:00Z', '2026-01-01T10:61:00Z', '', new Date(NaN), NaN, Infinity, 8.64e15 + 1, null, {}, '+275760-09-13'])(
    'returns null for %p',
    (input) => {
      expect(saoPauloDate(input as string)).toBeNull();
      expect(monthKey(input as string)).toBeNull();
    },
  );

  it('agrees with a fixed UTC-3 offset for instants after 2019 (property)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2019-06-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }), (d) => {
        const shifted = new Date(d.getTime() - 3 * 3_600_000).toISOString();
        expect(monthKey(d)).toBe(shifted.slice(0, 7));
        expect(isoDate(saoPauloDate(d)!)).toBe(shifted.slice(0, 10));
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on garbage (property)', () => {
    fc.assert(
      fc.property(garbageArb, (input) => {
        expect(() => saoPauloDate(input as string)).not.toThrow();
        expect(() => monthKey(input as string)).not.toThrow();
        expect(() => parseIsoDate(input)).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });
});

describe('plain date helpers', () => {
  it('parseIsoDate is strict', () => {
    expect(parseIsoDate('2026-02-28')).toEqual({ year: 2026, month: 2, day: 28 });
    expect(parseIsoDate('2026-02-29')).toBeNull();
    expect(parseIsoDate('2026-2-28')).toBeNull();
    expect(parseIsoDate('0000-01-01')).toBeNull();
    expect(parseIsoDate(20260228)).toBeNull();
  });

  it('epochDay / fromEpochDay round-trip, including years below 100', () => {
    expect(epochDay({ year: 1970, month: 1, day: 1 })).toBe(0);
    expect(epochDay({ year: 1997, month: 10, day: 7 })).toBe(10_141);
    expect(fromEpochDay(epochDay({ year: 50, month: 3, day: 1 }))).toEqual({ year: 50, month: 3, day: 1 });
    fc.assert(
      fc.property(fc.integer({ min: -700_000, max: 2_900_000 }), (n) => {
        expect(epochDay(fromEpochDay(n))).toBe(n);
      }),
    );
  });

  it('weekday', () => {
    expect(weekday({ year: 2026, month: 2, day: 28 })).toBe(6);
    expect(weekday({ year: 2026, month: 3, day: 1 })).toBe(0);
  });
});

describe('saoPauloMidnight', () => {
  it('is 03:00 UTC for São Paulo (UTC-3, no DST since 2019)', () => {
    const { saoPauloMidnight } = require('../src');
    expect(saoPauloMidnight({ year: 2026, month: 12, day: 1 })!.toISOString()).toBe('2026-12-01T03:00:00.000Z');
  });
  it('follows the 2018 daylight-saving rules (UTC-2 in January 2018)', () => {
    const { saoPauloMidnight } = require('../src');
    expect(saoPauloMidnight({ year: 2018, month: 1, day: 15 })!.toISOString()).toBe('2018-01-15T02:00:00.000Z');
  });
});
