import { FIO_B_DEFAULT_RULE, fioBChargedSharePercent, isFioBExempt, type FioBRule } from '../src/gd';

describe('Fio B (Lei 14.300/2022)', () => {
  it('exempts systems that requested access up to 2023-01-07 (inclusive), until the end of 2045', () => {
    expect(isFioBExempt({ accessRequestedOn: '2022-06-30', on: '2026-11-22' })).toBe(true);
    expect(isFioBExempt({ accessRequestedOn: '2023-01-07', on: '2026-11-22' })).toBe(true);
    expect(isFioBExempt({ accessRequestedOn: '2023-01-08', on: '2026-11-22' })).toBe(false);
    expect(isFioBExempt({ accessRequestedOn: '2022-06-30', on: '2045-12-31' })).toBe(true);
    expect(isFioBExempt({ accessRequestedOn: '2022-06-30', on: '2046-01-01' })).toBe(false);
  });

  it('charges the yearly share after the cutoff: 15% in 2023 up to 90% from 2028', () => {
    const share = (on: string) => fioBChargedSharePercent({ accessRequestedOn: '2023-03-01', on });
    expect(share('2023-03-01')).toBe(15);
    expect(share('2024-12-31')).toBe(30);
    expect(share('2025-01-01')).toBe(45);
    expect(share('2026-11-22')).toBe(60);
    expect(share('2027-06-01')).toBe(75);
    expect(share('2028-01-01')).toBe(90);
    expect(share('2031-01-01')).toBe(90);
    expect(fioBChargedSharePercent({ accessRequestedOn: '2022-01-10', on: '2026-11-22' })).toBe(0);
    // Past 2045 the old systems pay the share in force too.
    expect(fioBChargedSharePercent({ accessRequestedOn: '2022-01-10', on: '2046-01-01' })).toBe(90);
  });

  it('treats an unknown request date as not exempt; invalid dates give null', () => {
    expect(fioBChargedSharePercent({ accessRequestedOn: null, on: '2026-11-22' })).toBe(60);
    expect(fioBChargedSharePercent({ accessRequestedOn: '2022-02-30', on: '2026-11-22' })).toBe(60);
    expect(fioBChargedSharePercent({ accessRequestedOn: '2022-01-10', on: '2026-13-01' })).toBeNull();
    expect(isFioBExempt({ accessRequestedOn: '2022-01-10', on: 'ontem' })).toBeNull();
    const bad: FioBRule = { ...FIO_B_DEFAULT_RULE, schedule: [{ validFrom: '2023-01-01', sharePercent: 140 }] };
    expect(fioBChargedSharePercent({ accessRequestedOn: '2024-01-01', on: '2026-01-01', rule: bad })).toBeNull();
  });

  it('follows a changed rule (dated settings)', () => {
    const rule: FioBRule = { schedule: [{ validFrom: '2026-01-01', sharePercent: 50 }, { validFrom: '2023-01-01', sharePercent: 10 }], exemptRequestedOnOrBefore: '2023-06-30', exemptThrough: '2040-12-31' };
    expect(fioBChargedSharePercent({ accessRequestedOn: '2023-05-01', on: '2026-02-01', rule })).toBe(0);
    expect(fioBChargedSharePercent({ accessRequestedOn: '2023-07-01', on: '2025-02-01', rule })).toBe(10);
    expect(fioBChargedSharePercent({ accessRequestedOn: '2023-07-01', on: '2026-02-01', rule })).toBe(50);
    expect(fioBChargedSharePercent({ accessRequestedOn: '2023-07-01', on: '2022-12-31', rule })).toBe(0);
  });
});
