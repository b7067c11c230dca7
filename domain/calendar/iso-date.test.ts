import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  assertIsoDate,
  compareIsoDates,
  dayOfWeek,
  isIsoDate,
  yearOf,
} from './iso-date.ts';

const anyDate = fc
  .integer({ min: 0, max: 3_000_000 })
  .map((offset) => addDays('1000-01-01', offset));

describe('isIsoDate', () => {
  it('accepts real days, leap days included', () => {
    expect(isIsoDate('2024-03-04')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
  });

  it('rejects days that do not exist and other shapes', () => {
    for (const bad of ['2023-02-29', '1900-02-29', '2024-04-31', '2024-13-01', '2024-00-10']) {
      expect(isIsoDate(bad), bad).toBe(false);
    }
    for (const bad of [
      '2024-3-4',
      '20240304',
      '2024-03-04T00:00:00Z',
      ' 2024-03-04',
      '',
      20240304,
    ]) {
      expect(isIsoDate(bad), String(bad)).toBe(false);
    }
  });

  it('makes assertIsoDate and yearOf throw a RangeError naming the value', () => {
    expect(() => assertIsoDate('2024-02-30')).toThrow(/"2024-02-30"/);
    expect(() => yearOf('tomorrow')).toThrow(RangeError);
    expect(yearOf('2026-12-31')).toBe(2026);
  });
});

describe('addDays', () => {
  it('crosses month, leap-day and year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2024-03-04', 0)).toBe('2024-03-04');
    expect(addDays('0099-12-31', 1)).toBe('0100-01-01');
  });

  it('rejects invalid dates and non-integer counts', () => {
    expect(() => addDays('2024-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('2024-03-04', 1.5)).toThrow(RangeError);
    expect(() => addDays('2024-03-04', Number.NaN)).toThrow(RangeError);
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
  });

  it('is undone by adding the opposite count', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -100_000, max: 100_000 }), (date, n) => {
        const moved = addDays(date, n);
        expect(isIsoDate(moved)).toBe(true);
        expect(addDays(moved, -n)).toBe(date);
        expect(compareIsoDates(moved, date)).toBe(Math.sign(n) || 0);
      }),
    );
  });
});

describe('dayOfWeek', () => {
  it('numbers Sunday 0 to Saturday 6', () => {
    expect(dayOfWeek('2024-03-04')).toBe(1); // Monday
    expect(dayOfWeek('2024-02-04')).toBe(0); // Sunday
    expect(dayOfWeek('2025-10-11')).toBe(6); // Saturday
    expect(dayOfWeek('1970-01-01')).toBe(4); // Thursday
  });

  it('repeats every seven days', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        expect(dayOfWeek(addDays(date, 7))).toBe(dayOfWeek(date));
        expect(dayOfWeek(addDays(date, 1))).toBe((dayOfWeek(date) + 1) % 7);
      }),
    );
  });
});

describe('compareIsoDates', () => {
  it('orders dates and sorts them', () => {
    expect(compareIsoDates('2024-03-04', '2024-03-25')).toBe(-1);
    expect(compareIsoDates('2024-03-25', '2024-03-04')).toBe(1);
    expect(compareIsoDates('2024-03-04', '2024-03-04')).toBe(0);
    expect(['2026-01-01', '2004-12-31', '2025-10-08'].sort(compareIsoDates)).toEqual([
      '2004-12-31',
      '2025-10-08',
      '2026-01-01',
    ]);
  });

  it('rejects invalid dates', () => {
    expect(() => compareIsoDates('2024-03-04', '2024-3-5')).toThrow(RangeError);
  });
});
