import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  compareYearMonths,
  distinctMonths,
  isYearMonth,
  monthIndex,
  monthOfDate,
  monthsInclusive,
  monthsWithin,
  periodsOverlap,
  yearMonthAt,
} from './months.ts';
import { monthBetween } from './transfer-test-data.ts';

const anyMonth = monthBetween('1950-01', '2060-12');

describe('isYearMonth', () => {
  it('accepts YYYY-MM with a month 01–12', () => {
    for (const good of ['1998-01', '2005-12', '0001-06'])
      expect(isYearMonth(good), good).toBe(true);
  });

  it('rejects other shapes', () => {
    for (const bad of [
      '1998-00',
      '1998-13',
      '1998-1',
      '199801',
      '1998-01-01',
      ' 1998-01',
      '',
      199801,
    ]) {
      expect(isYearMonth(bad), String(bad)).toBe(false);
    }
  });
});

describe('month arithmetic', () => {
  it('counts both ends of a period', () => {
    expect(monthsInclusive('2010-01', '2011-12')).toBe(24);
    expect(monthsInclusive('2010-05', '2010-05')).toBe(1);
    expect(monthsInclusive('1995-07', '1997-12')).toBe(30); // 6 months of 1995 + 24
    expect(monthsInclusive('2011-12', '2010-01')).toBe(0);
  });

  it('crosses year ends and reads the month of a day', () => {
    expect(addMonths('2005-12', 1)).toBe('2006-01');
    expect(addMonths('2006-01', -1)).toBe('2005-12');
    expect(addMonths('1998-01', 95)).toBe('2005-12');
    expect(monthOfDate('2025-06-30')).toBe('2025-06');
    expect(() => monthIndex('2025-13')).toThrow(RangeError);
    expect(() => yearMonthAt(-1)).toThrow(RangeError);
  });

  it('counts the months of a period inside a range with open ends', () => {
    const period = { from: '1995-07', to: '2008-12' };
    expect(monthsWithin(period, { to: '1997-12' })).toBe(30);
    expect(monthsWithin(period, { from: '1998-01', to: '2005-12' })).toBe(96);
    expect(monthsWithin(period, { from: '2006-01' })).toBe(36);
    expect(monthsWithin(period, {})).toBe(162);
    expect(monthsWithin({ from: '2010-01', to: '2010-12' }, { to: '1997-12' })).toBe(0);
  });

  it('tells overlapping periods, touching ends included', () => {
    expect(
      periodsOverlap({ from: '2010-01', to: '2010-06' }, { from: '2010-06', to: '2011-01' }),
    ).toBe(true);
    expect(
      periodsOverlap({ from: '2010-01', to: '2010-06' }, { from: '2010-07', to: '2011-01' }),
    ).toBe(false);
  });

  it('counts a month covered twice only once', () => {
    const periods = [
      { from: '2010-01', to: '2010-12' },
      { from: '2010-07', to: '2011-06' }, // 6 months shared with the first
      { from: '2009-01', to: '2009-03' },
      { from: '2010-02', to: '2010-03' }, // inside the first
    ];
    expect(distinctMonths(periods)).toBe(12 + 6 + 3);
    expect(distinctMonths([])).toBe(0);
  });

  it('is consistent: adding n months moves the index by n and the order by its sign', () => {
    fc.assert(
      fc.property(anyMonth, fc.integer({ min: -600, max: 600 }), (month, n) => {
        const moved = addMonths(month, n);
        expect(isYearMonth(moved)).toBe(true);
        expect(monthIndex(moved) - monthIndex(month)).toBe(n);
        expect(compareYearMonths(moved, month)).toBe(Math.sign(n) || 0);
        if (n >= 0) expect(monthsInclusive(month, moved)).toBe(n + 1);
      }),
    );
  });

  it('splits a period into the months before and from any cut', () => {
    fc.assert(
      fc.property(anyMonth, anyMonth, anyMonth, (a, b, cut) => {
        const [from, to] = compareYearMonths(a, b) <= 0 ? [a, b] : [b, a];
        const before = monthsWithin({ from, to }, { to: addMonths(cut, -1) });
        const after = monthsWithin({ from, to }, { from: cut });
        expect(before + after).toBe(monthsInclusive(from, to));
      }),
    );
  });
});
