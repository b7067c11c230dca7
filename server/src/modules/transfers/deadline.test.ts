import { afterEach, describe, expect, it } from 'vitest';
import {
  useLoadedArrangements,
  validateHolidayArrangements,
} from '../../../../domain/calendar/index.ts';
import { EXAMPLE_ARRANGEMENT_2027 } from '../../../../domain/calendar/holiday-arrangement.example.ts';
import { deadlineAfter, isProvisionalDeadline, workingDaysLeft } from './deadline.ts';

describe('transfer deadlines', () => {
  afterEach(() => useLoadedArrangements([]));

  it('counts working days after the triggering day (DOMAIN.md §5 example)', () => {
    expect(deadlineAfter('2024-03-04', 15)).toBe('2024-03-25');
    expect(workingDaysLeft('2024-03-04', '2024-03-25')).toBe(15);
    expect(workingDaysLeft('2024-03-26', '2024-03-25')).toBe(-1);
    expect(isProvisionalDeadline('2024-03-25')).toBe(false);
  });

  it('has no deadline when there is no next step', () => {
    expect(deadlineAfter('2024-03-04', null)).toBeNull();
  });

  it('gives a provisional deadline, never none, past the holiday arrangements known', () => {
    expect(deadlineAfter('2026-12-15', 15)).toBe('2027-01-06');
    expect(isProvisionalDeadline('2027-01-06')).toBe(true);
    expect(workingDaysLeft('2026-12-15', '2027-01-06')).toBe(15);
    // Only where not even the statutory holidays can be counted is there none.
    expect(deadlineAfter('2100-12-20', 15)).toBeNull();
    expect(workingDaysLeft('2024-03-04', '2101-03-02')).toBeNull();
  });

  it('counts again, not from memory, once an arrangement is loaded', () => {
    expect(deadlineAfter('2027-01-20', 15)).toBe('2027-02-16');
    const loaded = validateHolidayArrangements(EXAMPLE_ARRANGEMENT_2027);
    if (!loaded.ok) throw new Error('the example is valid');
    useLoadedArrangements(loaded.arrangements);
    expect(deadlineAfter('2027-01-20', 15)).toBe('2027-02-17');
    expect(isProvisionalDeadline('2027-02-17')).toBe(false);
    expect(workingDaysLeft('2027-01-20', '2027-02-17')).toBe(15);
  });

  it('answers a question asked again as the first time, a bad date still failing', () => {
    for (let i = 0; i < 2; i++) {
      expect(deadlineAfter('2024-09-30', 1)).toBe('2024-10-08');
      expect(workingDaysLeft('2024-09-30', '2024-10-08')).toBe(1);
      expect(deadlineAfter('2100-12-20', 15)).toBeNull();
      expect(() => workingDaysLeft('2024-02-30', '2024-03-25')).toThrow(RangeError);
    }
  });
});
