import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  addWorkingDays,
  workingDayDeadline,
  workingDaysBetween,
  workingDaysUntil,
} from './deadlines.ts';
import { isDateCovered, isWorkingDay } from './holiday-calendar.ts';
import { addDays, compareIsoDates } from './iso-date.ts';

// Start dates from 2004-01-01 to 2026-09-30: 40 working days later (at most about 65 calendar
// days) is still before the last week of 2026, which needs the 2027 calendar (holiday-calendar.ts).
const coveredDate = fc.integer({ min: 0, max: 8308 }).map((i) => addDays('2004-01-01', i));
const count = fc.integer({ min: 1, max: 40 });

describe('addWorkingDays', () => {
  it('ends on a working day after from, n working days later', () => {
    fc.assert(
      fc.property(coveredDate, count, (from, n) => {
        const end = addWorkingDays(from, n);
        expect(isWorkingDay(end)).toBe(true);
        expect(compareIsoDates(end, from)).toBe(1);
        expect(workingDaysBetween(from, end)).toBe(n);
        expect(workingDaysBetween(end, from)).toBe(-n);
      }),
    );
  });

  it('is strictly increasing in n', () => {
    fc.assert(
      fc.property(coveredDate, count, count, (from, a, b) => {
        fc.pre(a < b);
        expect(compareIsoDates(addWorkingDays(from, a), addWorkingDays(from, b))).toBe(-1);
      }),
    );
  });
});

describe('addCalendarDays', () => {
  it('ends on the first working day on or after from + n', () => {
    fc.assert(
      fc.property(coveredDate, count, (from, n) => {
        const end = addCalendarDays(from, n);
        expect(isWorkingDay(end)).toBe(true);
        for (let day = addDays(from, n); day !== end; day = addDays(day, 1)) {
          expect(compareIsoDates(day, end)).toBe(-1);
          expect(isWorkingDay(day)).toBe(false);
        }
      }),
    );
  });

  it('is non-decreasing in n', () => {
    fc.assert(
      fc.property(coveredDate, count, count, (from, a, b) => {
        fc.pre(a <= b);
        expect(compareIsoDates(addCalendarDays(from, a), addCalendarDays(from, b))).toBeLessThan(1);
      }),
    );
  });
});

describe('workingDaysBetween', () => {
  // Three dates in any order, within about 600 days of each other.
  const nearbyDates = fc
    .tuple(
      fc.integer({ min: 0, max: 7700 }),
      fc.array(fc.integer({ min: 0, max: 600 }), { minLength: 3, maxLength: 3 }),
    )
    .map(([base, offsets]) => offsets.map((offset) => addDays('2004-01-01', base + offset)));

  it('adds up over consecutive spans, in either direction', () => {
    fc.assert(
      fc.property(nearbyDates, ([a = '', b = '', c = '']) => {
        expect(workingDaysBetween(a, b) + workingDaysBetween(b, c)).toBe(workingDaysBetween(a, c));
        expect(workingDaysBetween(b, a) + workingDaysBetween(a, b)).toBe(0);
      }),
    );
  });
});

describe('workingDayDeadline', () => {
  // From 2025-06-01 to 2027-06-01: across the end of the holiday data.
  const aroundTheEnd = fc.integer({ min: 0, max: 730 }).map((i) => addDays('2025-06-01', i));

  it('is provisional exactly when its date is not covered, and otherwise addWorkingDays', () => {
    fc.assert(
      fc.property(aroundTheEnd, count, (from, n) => {
        const deadline = workingDayDeadline(from, n);
        expect(deadline.provisional).toBe(!isDateCovered(deadline.date));
        if (!deadline.provisional) expect(deadline.date).toBe(addWorkingDays(from, n));
        expect(workingDaysUntil(from, deadline.date)).toEqual({
          days: n,
          provisional: deadline.provisional,
        });
      }),
    );
  });
});
