import {
  calendarRevision,
  CalendarNotCoveredError,
  isDateCovered,
  workingDayDeadline,
  workingDaysUntil,
} from '../../../../domain/calendar/index.ts';

/**
 * The last day of `workingDays` working days after `from` (DOMAIN.md §5), or null when there is
 * no next step. Past the holiday arrangements loaded so far the days are counted by the statutory
 * holidays alone: the deadline is then provisional (isProvisionalDeadline) and is counted again
 * once the year's arrangement is loaded (DECISIONS 39). Null too where not even that is possible
 * (after 2100).
 */
export function deadlineAfter(from: string, workingDays: number | null): string | null {
  if (workingDays === null) return null;
  return remembered(`${from}+${workingDays}`, () => {
    try {
      return workingDayDeadline(from, workingDays).date;
    } catch (error) {
      if (error instanceof CalendarNotCoveredError) return null;
      throw error;
    }
  });
}

/**
 * Whether a deadline is only provisional: its day is past the arrangements known. Covered years
 * follow each other, so a deadline whose own day is covered was counted over covered days only —
 * once the deadlines depending on a load were counted again, which the load and the deadline
 * watch do.
 */
export function isProvisionalDeadline(deadline: string): boolean {
  return !isDateCovered(deadline);
}

/**
 * Working days from `today` to `deadline` (negative once it has passed), counted provisionally
 * past the arrangements known as deadlineAfter does; null only where not even that is possible.
 */
export function workingDaysLeft(today: string, deadline: string): number | null {
  return remembered(`${today}..${deadline}`, () => {
    try {
      return workingDaysUntil(today, deadline).days;
    } catch (error) {
      if (error instanceof CalendarNotCoveredError) return null;
      throw error;
    }
  });
}

// The calendar counts day by day (~0.1 ms for three weeks) and every submission and every page
// of applications asks the same few questions of the day again. The answers depend only on the
// dates and on the holiday data, which changes only when arrangements are loaded (the calendar's
// revision); a bad date still throws each time (errors are not remembered).
const answers = new Map<string, string | number | null>();
const MAX_ANSWERS = 10_000;
let answersRevision = calendarRevision();

function remembered<T extends string | number | null>(key: string, compute: () => T): T {
  if (answersRevision !== calendarRevision()) {
    answers.clear();
    answersRevision = calendarRevision();
  }
  if (answers.has(key)) return answers.get(key) as T;
  const answer = compute();
  if (answers.size >= MAX_ANSWERS) answers.clear();
  answers.set(key, answer);
  return answer;
}
