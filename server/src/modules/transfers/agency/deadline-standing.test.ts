import { describe, expect, it } from 'vitest';
import { addWorkingDays } from '../../../../../domain/calendar/index.ts';
import { deadlineStanding, deadlineStateBounds } from './deadline-standing.ts';

// 2024-03-04 is a Monday; 2024-04-04..06 is the Qingming holiday.
describe('the standing of a step against its deadline', () => {
  it('is overdue after the last day, due soon within the warning days, on time before', () => {
    expect(deadlineStanding('2024-03-26', '2024-03-25', 3)).toEqual({
      workingDaysLeft: -1,
      state: 'overdue',
    });
    expect(deadlineStanding('2024-03-25', '2024-03-25', 3)).toEqual({
      workingDaysLeft: 0,
      state: 'due-soon',
    });
    expect(deadlineStanding('2024-03-20', '2024-03-25', 3)).toEqual({
      workingDaysLeft: 3,
      state: 'due-soon',
    });
    expect(deadlineStanding('2024-03-19', '2024-03-25', 3)).toEqual({
      workingDaysLeft: 4,
      state: 'on-time',
    });
    expect(deadlineStanding('2024-03-19', null, 3)).toEqual({ workingDaysLeft: null, state: null });
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
