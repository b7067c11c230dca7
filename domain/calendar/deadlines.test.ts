import { afterEach, describe, expect, it } from 'vitest';
import { CalendarNotCoveredError } from './calendar-not-covered-error.ts';
import {
  addCalendarDays,
  addWorkingDays,
  calendarDayDeadline,
  workingDayDeadline,
  workingDaysBetween,
  workingDaysUntil,
} from './deadlines.ts';
import { EXAMPLE_ARRANGEMENT_2027 } from './holiday-arrangement.example.ts';
import { validateHolidayArrangements } from './holiday-arrangement.ts';
import { useLoadedArrangements } from './holiday-calendar.ts';

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

describe('provisional deadlines', () => {
  afterEach(() => useLoadedArrangements([]));
  const load2027 = () => {
    const result = validateHolidayArrangements(EXAMPLE_ARRANGEMENT_2027);
    if (!result.ok) throw new Error('the example is valid');
    useLoadedArrangements(result.arrangements);
  };

  it('are the same as the strict ones inside the calendar, and not provisional', () => {
    expect(workingDayDeadline('2024-03-04', 15)).toEqual({
      date: '2024-03-25',
      provisional: false,
    });
    expect(calendarDayDeadline('2025-09-21', 10)).toEqual({
      date: '2025-10-09',
      provisional: false,
    });
    expect(workingDaysUntil('2024-03-27', '2024-03-25')).toEqual({ days: -2, provisional: false });
    expect(workingDayDeadline('2026-12-10', 10)).toEqual({
      date: '2026-12-24',
      provisional: false,
    });
  });

  it('count across 2026-12-25 by the statutory holidays until 2027 is loaded, then for certain', () => {
    // 15 working days after 2026-12-15: 12-16..18, 21..25, 28..31, then New Year's Day 2027
    // (a Friday, by law) and the weekend, then 01-04..06.
    expect(workingDayDeadline('2026-12-15', 15)).toEqual({ date: '2027-01-06', provisional: true });
    expect(workingDaysUntil('2026-12-15', '2027-01-06')).toEqual({ days: 15, provisional: true });
    expect(calendarDayDeadline('2026-12-20', 12)).toEqual({
      date: '2027-01-04',
      provisional: true,
    });
    load2027();
    expect(workingDayDeadline('2026-12-15', 15)).toEqual({
      date: '2027-01-06',
      provisional: false,
    });
    expect(workingDaysUntil('2026-12-15', '2027-01-06')).toEqual({ days: 15, provisional: false });
  });

  it('move when the arrangement moves days: the Spring Festival of the 2027 example', () => {
    // By law alone: 02-05 and 02-08 off, 02-09/10 made up for the weekend. The example instead
    // gives 02-05..13 off and makes Sunday 01-31 and Saturday 02-20 working days.
    expect(workingDayDeadline('2027-01-20', 15)).toEqual({ date: '2027-02-16', provisional: true });
    load2027();
    expect(workingDayDeadline('2027-01-20', 15)).toEqual({
      date: '2027-02-17',
      provisional: false,
    });
    expect(addWorkingDays('2027-01-20', 15)).toBe('2027-02-17');
  });

  it('are provisional when counting back from an uncovered day too', () => {
    expect(workingDaysUntil('2027-01-06', '2026-12-15')).toEqual({ days: -15, provisional: true });
  });

  it('still fail where not even the law can be counted', () => {
    expect(() => workingDayDeadline('2003-12-30', 1)).toThrow(CalendarNotCoveredError);
    expect(() => workingDayDeadline('2100-12-20', 15)).toThrow(CalendarNotCoveredError);
    expect(() => workingDayDeadline('2026-12-10', 0)).toThrow(RangeError);
  });
});
