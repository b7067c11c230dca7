import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/iso-date.ts';
import { adultFrom, isMinorOn } from './family-members.ts';

describe('coming of age', () => {
  it('is the day after the eighteenth birthday', () => {
    expect(adultFrom('2008-06-15')).toBe('2026-06-16');
    expect(isMinorOn('2008-06-15', '2026-06-15')).toBe(true);
    expect(isMinorOn('2008-06-15', '2026-06-16')).toBe(false);
    expect(adultFrom('2007-12-31')).toBe('2026-01-01');
  });

  it('falls on 1 March for someone born on 29 February (the eighteenth year is never a leap year)', () => {
    expect(adultFrom('2008-02-29')).toBe('2026-03-01');
    expect(isMinorOn('2008-02-29', '2026-02-28')).toBe(true);
    expect(adultFrom('2012-02-29')).toBe('2030-03-01');
    // Born on 28 February: the day after the birthday is 29 February in a leap year.
    expect(adultFrom('2006-02-28')).toBe('2024-02-29');
  });

  it('is a minor until that day and an adult from it, for any birth date', () => {
    const day = fc.integer({ min: 0, max: 365 * 60 }).map((n) => addDays('1950-01-01', n));
    fc.assert(
      fc.property(day, (birth) => {
        const from = adultFrom(birth);
        expect(isMinorOn(birth, addDays(from, -1))).toBe(true);
        expect(isMinorOn(birth, from)).toBe(false);
        expect(Number(from.slice(0, 4)) - Number(birth.slice(0, 4))).toBeGreaterThanOrEqual(18);
      }),
    );
  });
});
