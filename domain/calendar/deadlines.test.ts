import { describe, expect, it } from 'vitest';
import { CalendarNotCoveredError } from './calendar-not-covered-error.ts';
import { addCalendarDays, addWorkingDays, workingDaysBetween } from './deadlines.ts';

function thrown(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('addWorkingDays', () => {
  it('gives the DOMAIN.md example: received Monday 2024-03-04, reviewed by 2024-03-25', () => {
    expect(addWorkingDays('2024-03-04', 15)).toBe('2024-03-25');
  });

  it('starts counting on the next day (Civil Code Art. 201)', () => {
    expect(addWorkingDays('2024-03-04', 1)).toBe('2024-03-05');
    expect(addWorkingDays('2024-03-08', 1)).toBe('2024-03-11'); // Friday → Monday
    expect(addWorkingDays('2024-03-09', 1)).toBe('2024-03-11'); // received on a Saturday
  });

  it('skips Spring Festival 2024 and counts its make-up Sunday', () => {
    expect(addWorkingDays('2024-02-05', 4)).toBe('2024-02-09');
    expect(addWorkingDays('2024-02-05', 5)).toBe('2024-02-18');
    expect(addWorkingDays('2024-02-05', 6)).toBe('2024-02-19');
    expect(addWorkingDays('2024-02-01', 15)).toBe('2024-02-27');
  });

  it('skips National Day 2025 and counts both make-up days', () => {
    expect(addWorkingDays('2025-09-26', 1)).toBe('2025-09-28');
    expect(addWorkingDays('2025-09-26', 3)).toBe('2025-09-30');
    expect(addWorkingDays('2025-09-26', 4)).toBe('2025-10-09');
    expect(addWorkingDays('2025-09-26', 6)).toBe('2025-10-11');
    expect(addWorkingDays('2025-09-26', 7)).toBe('2025-10-13');
  });

  it('crosses a year end inside coverage, over New Year 2026 and its make-up Sunday 01-04', () => {
    expect(addWorkingDays('2025-12-25', 10)).toBe('2026-01-09');
  });

  it('only accepts a whole number of at least one working day', () => {
    for (const n of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => addWorkingDays('2024-03-04', n), String(n)).toThrow(RangeError);
    }
  });

  it('rejects invalid dates', () => {
    expect(() => addWorkingDays('2024-02-30', 1)).toThrow(RangeError);
    expect(() => addWorkingDays('04/03/2024', 1)).toThrow(RangeError);
  });
});

describe('addCalendarDays', () => {
  it('ends on from + n when that is a working day', () => {
    expect(addCalendarDays('2024-03-04', 10)).toBe('2024-03-14');
    expect(addCalendarDays('2024-01-31', 30)).toBe('2024-03-01');
  });

  it('moves a period ending on a Saturday to Monday (Art. 203)', () => {
    expect(addCalendarDays('2024-03-04', 5)).toBe('2024-03-11');
    expect(addCalendarDays('2024-03-04', 6)).toBe('2024-03-11');
  });

  it('moves a period ending inside a holiday to the first working day after it (Art. 203)', () => {
    expect(addCalendarDays('2025-09-20', 12)).toBe('2025-10-09');
    // Spring Festival 2024 ends on Saturday 02-17; the next day is a make-up working Sunday.
    expect(addCalendarDays('2024-02-01', 10)).toBe('2024-02-18');
  });

  it('keeps a period ending on a make-up working day', () => {
    expect(addCalendarDays('2025-10-01', 10)).toBe('2025-10-11');
  });

  it('only accepts a whole number of at least one day, and real dates', () => {
    expect(() => addCalendarDays('2024-03-04', 0)).toThrow(RangeError);
    expect(() => addCalendarDays('2024-03-04', 2.5)).toThrow(RangeError);
    expect(() => addCalendarDays('2023-02-29', 1)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it('counts working days after from, up to and including to', () => {
    expect(workingDaysBetween('2024-03-04', '2024-03-25')).toBe(15);
    expect(workingDaysBetween('2024-03-04', '2024-03-05')).toBe(1);
    expect(workingDaysBetween('2024-03-08', '2024-03-10')).toBe(0);
    expect(workingDaysBetween('2024-02-09', '2024-02-18')).toBe(1);
    expect(workingDaysBetween('2025-12-25', '2026-01-09')).toBe(10);
  });

  it('is zero on the deadline itself and negative once it has passed', () => {
    expect(workingDaysBetween('2024-03-25', '2024-03-25')).toBe(0);
    expect(workingDaysBetween('2024-03-27', '2024-03-25')).toBe(-2);
    expect(workingDaysBetween('2024-03-25', '2024-03-04')).toBe(-15);
    expect(workingDaysBetween('2024-03-10', '2024-03-09')).toBe(0); // +0, not -0
  });

  it('rejects invalid dates', () => {
    expect(() => workingDaysBetween('2024-03-04', '2024-02-30')).toThrow(RangeError);
  });
});

describe('outside the calendar', () => {
  const cases: [string, () => unknown, number][] = [
    ['working days in 2027', () => addWorkingDays('2027-01-04', 1), 2027],
    ['working days from 2003', () => addWorkingDays('2003-12-31', 1), 2003],
    ['working days from 2026 into 2027', () => addWorkingDays('2026-12-21', 10), 2027],
    ['calendar days from 2026 into 2027', () => addCalendarDays('2026-12-01', 40), 2027],
    ['calendar days in 2003', () => addCalendarDays('2003-06-02', 1), 2003],
    ['a countdown to 2027', () => workingDaysBetween('2026-11-27', '2027-01-08'), 2027],
    ['a countdown back to 2003', () => workingDaysBetween('2004-01-05', '2003-12-29'), 2003],
    // The 2027 notice may move days of 2026-12-25..31, so a count reaching them fails too.
    ['a count reaching the last week of 2026', () => addWorkingDays('2026-12-10', 12), 2027],
  ];

  it.each(cases)('throws CalendarNotCoveredError for %s', (_name, compute, year) => {
    const error = thrown(compute);
    expect(error).toBeInstanceOf(CalendarNotCoveredError);
    expect(error).toMatchObject({ year });
  });

  it('still computes counts that stay inside the covered days of 2026', () => {
    expect(addWorkingDays('2026-12-10', 10)).toBe('2026-12-24');
    expect(workingDaysBetween('2026-11-27', '2026-12-24')).toBe(19);
  });
});
