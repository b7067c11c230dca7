import { addWorkingDays, CalendarNotCoveredError } from '../../../../domain/calendar/index.ts';
import { workingDaysBetween } from '../../../../domain/calendar/index.ts';

/**
 * The last day of `workingDays` working days after `from` (DOMAIN.md §5), or null when there is
 * no next step — or when the holiday calendar does not cover the period yet: the case goes on and
 * the deadline is set once the State Council publishes the year's arrangement.
 */
export function deadlineAfter(from: string, workingDays: number | null): string | null {
  if (workingDays === null) return null;
  return remembered(`${from}+${workingDays}`, () => {
    try {
      return addWorkingDays(from, workingDays);
    } catch (error) {
      if (error instanceof CalendarNotCoveredError) return null;
      throw error;
    }
  });
}

/** Working days from `today` to `deadline`; null when the calendar does not cover the way there. */
export function workingDaysLeft(today: string, deadline: string): number | null {
  return remembered(`${today}..${deadline}`, () => {
    try {
      return workingDaysBetween(today, deadline);
    } catch (error) {
      if (error instanceof CalendarNotCoveredError) return null;
      throw error;
    }
  });
}

// The calendar counts day by day (~0.1 ms for three weeks) and every submission and every page
// of applications asks the same few questions of the day again. The answers depend only on the
// dates and on the holiday data, which is fixed for the life of the process; a bad date still
// throws each time (errors are not remembered).
const answers = new Map<string, string | number | null>();
const MAX_ANSWERS = 10_000;

function remembered<T extends string | number | null>(key: string, compute: () => T): T {
  if (answers.has(key)) return answers.get(key) as T;
  const answer = compute();
  if (answers.size >= MAX_ANSWERS) answers.clear();
  answers.set(key, answer);
  return answer;
}
