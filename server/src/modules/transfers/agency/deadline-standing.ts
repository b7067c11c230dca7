import { firstUncoveredDay } from '../../../../../domain/calendar/index.ts';
import { deadlineAfter, isProvisionalDeadline, workingDaysLeft } from '../deadline.ts';

/** How an open step stands against its legal deadline. */
export type DeadlineState = 'on-time' | 'due-soon' | 'overdue';

/**
 * Working days left and the standing of a step whose legal period ends on `deadlineOn`, seen on
 * `today`: overdue after its last day; due soon within `dueSoonWorkingDays` working days
 * (the `deadlines` platform setting); on time otherwise. Null when there is no deadline.
 *
 * A provisional deadline (its year's holiday arrangement not loaded yet) stands by its
 * provisional count, except that it is never overdue: once past, it is due soon until the
 * arrangement is loaded and the deadline counted for certain (DECISIONS 39). Overdue is a finding
 * against an agency; it rests on the legal calendar only.
 */
export function deadlineStanding(
  today: string,
  deadlineOn: string | null,
  dueSoonWorkingDays: number,
): { workingDaysLeft: number | null; state: DeadlineState | null; provisional: boolean } {
  if (deadlineOn === null) return { workingDaysLeft: null, state: null, provisional: false };
  const left = workingDaysLeft(today, deadlineOn);
  const provisional = isProvisionalDeadline(deadlineOn);
  if (deadlineOn < today)
    return { workingDaysLeft: left, state: provisional ? 'due-soon' : 'overdue', provisional };
  // Past the year 2100 nothing can be counted: that is far ahead, so on time.
  return {
    workingDaysLeft: left,
    state: left !== null && left <= dueSoonWorkingDays ? 'due-soon' : 'on-time',
    provisional,
  };
}

/** The date bounds of the standings on one day, for a query (deadlineStateBounds). */
export interface StandingBounds {
  today: string;
  /** The first day more than the warning period ahead; null only after 2100. */
  onTimeFrom: string | null;
  /** The first day of provisional deadlines: those on or after it are never overdue. */
  provisionalFrom: string;
}

/**
 * The same standing as date bounds, for a query: a deadline before `today` (and before
 * `provisionalFrom`) is overdue; a later one before `onTimeFrom` — the first day more than
 * `dueSoonWorkingDays` working days ahead, provisionally counted if need be — is due soon, and
 * so is a provisional one already past.
 */
export function deadlineStateBounds(today: string, dueSoonWorkingDays: number): StandingBounds {
  return {
    today,
    onTimeFrom: deadlineAfter(today, dueSoonWorkingDays + 1),
    provisionalFrom: firstUncoveredDay(),
  };
}
