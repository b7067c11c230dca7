import { addWorkingDays, CalendarNotCoveredError } from '../../../../domain/calendar/index.ts';
import { workingDaysBetween } from '../../../../domain/calendar/index.ts';

/**
 * The last day of `workingDays` working days after `from` (DOMAIN.md §5), or null when there is
 * no next step — or when the holiday calendar does not cover the period yet: the case goes on and
 * the deadline is set once the State Council publishes the year's arrangement.
 */
export function deadlineAfter(from: string, workingDays: number | null): string | null {
  if (workingDays === null) return null;
  try {
    return addWorkingDays(from, workingDays);
  } catch (error) {
    if (error instanceof CalendarNotCoveredError) return null;
    throw error;
  }
}

/** Working days from `today` to `deadline`; null when the calendar does not cover the way there. */
export function workingDaysLeft(today: string, deadline: string): number | null {
  try {
    return workingDaysBetween(today, deadline);
  } catch (error) {
    if (error instanceof CalendarNotCoveredError) return null;
    throw error;
  }
}
