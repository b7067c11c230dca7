import { describe, expect, it } from 'vitest';
import { canApply, deriveApplicationStatus, nextStepWorkingDays } from './application-status.ts';

describe('transfer application status', () => {
  it('follows the actions: submitted → accepted → out-done → completed', () => {
    expect(deriveApplicationStatus([{ action: 'submitted' }])).toBe('submitted');
    expect(
      deriveApplicationStatus([
        { action: 'submitted' },
        { action: 'accepted' },
        { action: 'out-done' },
        { action: 'completed' },
      ]),
    ).toBe('completed');
  });

  it('allows a withdrawal only before acceptance', () => {
    expect(canApply('submitted', 'withdrawn')).toBe(true);
    expect(canApply('accepted', 'withdrawn')).toBe(false);
    expect(canApply('withdrawn', 'withdrawn')).toBe(false);
    expect(() =>
      deriveApplicationStatus([
        { action: 'submitted' },
        { action: 'accepted' },
        { action: 'withdrawn' },
      ]),
    ).toThrow(RangeError);
  });

  it('refuses an empty history or one that does not start with a submission', () => {
    expect(() => deriveApplicationStatus([])).toThrow(RangeError);
    expect(() => deriveApplicationStatus([{ action: 'accepted' }])).toThrow(RangeError);
  });

  it('gives the legal working days of the next step: 15 for pensions, 5/10 for medical', () => {
    expect(nextStepWorkingDays('employee-pension', 'submitted')).toBe(15);
    expect(nextStepWorkingDays('medical', 'submitted')).toBe(5);
    expect(nextStepWorkingDays('medical', 'accepted')).toBe(10);
    expect(nextStepWorkingDays('employee-pension', 'withdrawn')).toBeNull();
  });
});
