import { afterEach, describe, expect, it } from 'vitest';
import {
  addDays,
  addWorkingDays,
  useLoadedArrangements,
  validateHolidayArrangements,
  workingDayDeadline,
} from '../../../../../domain/calendar/index.ts';
import { EXAMPLE_ARRANGEMENT_2027 } from '../../../../../domain/calendar/holiday-arrangement.example.ts';
import { deadlineStanding, deadlineStateBounds, type StandingBounds } from './deadline-standing.ts';

// 2024-03-04 is a Monday; 2024-04-04..06 is the Qingming holiday.
describe('the standing of a step against its deadline', () => {
  it('is overdue after the last day, due soon within the warning days, on time before', () => {
    expect(deadlineStanding('2024-03-26', '2024-03-25', 3)).toEqual({
      workingDaysLeft: -1,
      state: 'overdue',
      provisional: false,
    });
    expect(deadlineStanding('2024-03-25', '2024-03-25', 3)).toEqual({
      workingDaysLeft: 0,
      state: 'due-soon',
      provisional: false,
    });
    expect(deadlineStanding('2024-03-20', '2024-03-25', 3)).toMatchObject({
      workingDaysLeft: 3,
      state: 'due-soon',
    });
    expect(deadlineStanding('2024-03-19', '2024-03-25', 3)).toMatchObject({
      workingDaysLeft: 4,
      state: 'on-time',
    });
    expect(deadlineStanding('2024-03-19', null, 3)).toEqual({
      workingDaysLeft: null,
      state: null,
      provisional: false,
    });
  });

  it('gives the same answer as date bounds, holidays included', () => {
    for (const today of ['2024-03-29', '2024-04-01', '2024-04-03']) {
      const { onTimeFrom } = deadlineStateBounds(today, 3);
      expect(onTimeFrom).toBe(addWorkingDays(today, 4));
      for (let n = 1; n <= 8; n++) {
        const deadline = addWorkingDays(today, n);
        const byBounds = deadline < onTimeFrom! ? 'due-soon' : 'on-time';
        expect(deadlineStanding(today, deadline, 3).state).toBe(byBounds);
      }
    }
  });
});

describe('a provisional deadline (its year not loaded yet)', () => {
  afterEach(() => useLoadedArrangements([]));

  it('stands by its provisional count, on time or due soon, and says it is provisional', () => {
    // 2026-12-15 + 15 working days = 2027-01-06 by the statutory holidays.
    expect(deadlineStanding('2026-12-15', '2027-01-06', 3)).toEqual({
      workingDaysLeft: 15,
      state: 'on-time',
      provisional: true,
    });
    expect(deadlineStanding('2027-01-01', '2027-01-06', 3)).toEqual({
      workingDaysLeft: 3,
      state: 'due-soon',
      provisional: true,
    });
  });

  it('is never overdue: past its day it stays due soon until the arrangement is loaded', () => {
    expect(deadlineStanding('2027-01-08', '2027-01-06', 3)).toEqual({
      workingDaysLeft: -2,
      state: 'due-soon',
      provisional: true,
    });
    const loaded = validateHolidayArrangements(EXAMPLE_ARRANGEMENT_2027);
    if (!loaded.ok) throw new Error('the example is valid');
    useLoadedArrangements(loaded.arrangements);
    expect(deadlineStanding('2027-01-08', '2027-01-06', 3)).toEqual({
      workingDaysLeft: -2,
      state: 'overdue',
      provisional: false,
    });
  });

  it('agrees with the date bounds of a query, across the end of the covered days', () => {
    const agree = (today: string, bounds: StandingBounds, deadline: string) => {
      const byBounds =
        deadline < bounds.today && deadline < bounds.provisionalFrom
          ? 'overdue'
          : deadline < (bounds.onTimeFrom ?? bounds.today)
            ? 'due-soon'
            : 'on-time';
      expect(deadlineStanding(today, deadline, 3).state, `${today} ${deadline}`).toBe(byBounds);
    };
    for (let i = 0; i < 40; i++) {
      const today = addDays('2026-12-10', i);
      const bounds = deadlineStateBounds(today, 3);
      expect(bounds.provisionalFrom).toBe('2026-12-25');
      expect(bounds.onTimeFrom).toBe(workingDayDeadline(today, 4).date);
      for (let d = -20; d <= 20; d++) agree(today, bounds, addDays(today, d));
    }
  });
});
