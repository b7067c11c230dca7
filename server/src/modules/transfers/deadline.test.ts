import { describe, expect, it } from 'vitest';
import { deadlineAfter, workingDaysLeft } from './deadline.ts';

describe('transfer deadlines', () => {
  it('counts working days after the triggering day (DOMAIN.md §5 example)', () => {
    expect(deadlineAfter('2024-03-04', 15)).toBe('2024-03-25');
    expect(workingDaysLeft('2024-03-04', '2024-03-25')).toBe(15);
    expect(workingDaysLeft('2024-03-26', '2024-03-25')).toBe(-1);
  });

  it('has no deadline when there is no next step', () => {
    expect(deadlineAfter('2024-03-04', null)).toBeNull();
  });

  it('gives null instead of failing when the calendar does not cover the year', () => {
    expect(deadlineAfter('2099-03-02', 15)).toBeNull();
    expect(workingDaysLeft('2024-03-04', '2099-03-02')).toBeNull();
  });

  it('answers a question asked again as the first time, a bad date still failing', () => {
    for (let i = 0; i < 2; i++) {
      expect(deadlineAfter('2024-09-30', 1)).toBe('2024-10-08');
      expect(workingDaysLeft('2024-09-30', '2024-10-08')).toBe(1);
      expect(deadlineAfter('2099-03-02', 15)).toBeNull();
      expect(() => workingDaysLeft('2024-02-30', '2024-03-25')).toThrow(RangeError);
    }
  });
});
