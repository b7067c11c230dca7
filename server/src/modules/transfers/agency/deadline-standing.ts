import { deadlineAfter, workingDaysLeft } from '../deadline.ts';

/** How an open step stands against its legal deadline. */
export type DeadlineState = 'on-time' | 'due-soon' | 'overdue';

/**
 * Working days left and the standing of a step whose legal period ends on `deadlineOn`, seen on
 * `today`: overdue after its last day; due soon within `dueSoonWorkingDays` working days
 * (the `deadlines` platform setting); on time otherwise. Null when there is no deadline.
 */
export function deadlineStanding(
  today: string,
  deadlineOn: string | null,
  dueSoonWorkingDays: number,
): { workingDaysLeft: number | null; state: DeadlineState | null } {
  if (deadlineOn === null) return { workingDaysLeft: null, state: null };
  const left = workingDaysLeft(today, deadlineOn);
  if (deadlineOn < today) return { workingDaysLeft: left, state: 'overdue' };
  // An uncovered calendar year lies more than a few working days ahead: on time.
  return {
    workingDaysLeft: left,
    state: left !== null && left <= dueSoonWorkingDays ? 'due-soon' : 'on-time',
  };
}

/**
 * The same standing as date bounds, for a query: a deadline before `today` is overdue; one before
 * `onTimeFrom` (the first day more than `dueSoonWorkingDays` working days ahead) is due soon.
 * `onTimeFrom` is null when the holiday calendar does not reach that far yet.
 */
export function deadlineStateBounds(
  today: string,
  dueSoonWorkingDays: number,
): { today: string; onTimeFrom: string | null } {
  return { today, onTimeFrom: deadlineAfter(today, dueSoonWorkingDays + 1) };
}
