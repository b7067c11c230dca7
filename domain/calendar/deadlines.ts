// Periods of time under the Civil Code (民法典): Art. 201 — a period counted in days starts on
// the day after the triggering event; Art. 203 — if its last day is a statutory day off
// (法定休假日, which includes weekends), the period ends on the first day after the days off.
import { assertDateCovered, isWorkingDay, workingDayStatus } from './holiday-calendar.ts';
import { addDays, compareIsoDates, type IsoDate } from './iso-date.ts';

function assertPositiveCount(n: number, unit: string): void {
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new RangeError(`A period needs a whole number of ${unit} of at least 1, not ${n}`);
  }
}

function firstWorkingDayFrom(date: IsoDate): IsoDate {
  let day = date;
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

/**
 * The last day of a period of `n` working days (工作日) that starts after `from`: the n-th working
 * day after it. `n` must be a whole number ≥ 1 (RangeError otherwise).
 */
export function addWorkingDays(from: IsoDate, n: number): IsoDate {
  assertPositiveCount(n, 'working days');
  assertDateCovered(from);
  let day = from;
  for (let left = n; left > 0;) {
    day = addDays(day, 1);
    if (isWorkingDay(day)) left--;
  }
  return day;
}

/**
 * The last day of a period of `n` calendar days (日) that starts after `from`: `from` + n, moved
 * on to the next working day when that day is a weekend or holiday (Art. 203). `n` ≥ 1.
 */
export function addCalendarDays(from: IsoDate, n: number): IsoDate {
  assertPositiveCount(n, 'days');
  assertDateCovered(from);
  return firstWorkingDayFrom(addDays(from, n));
}

/**
 * The working days after `from` up to and including `to` — e.g. working days left until a
 * deadline `to` seen on day `from`: 0 when `to` is `from`, negative when `to` is before `from`.
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate): number {
  if (compareIsoDates(from, to) > 0) return 0 - workingDaysBetween(to, from); // never -0
  assertDateCovered(from);
  let count = 0;
  for (let day = from; day !== to;) {
    day = addDays(day, 1);
    if (isWorkingDay(day)) count++;
  }
  return count;
}

/** A deadline, and whether it is only provisional (DECISIONS 39). */
export interface Deadline {
  readonly date: IsoDate;
  /**
   * True when the count went through days whose year's holiday arrangement is not known yet,
   * counted by the statutory holidays alone (workingDayStatus): the date may move once it is.
   */
  readonly provisional: boolean;
}

/**
 * As addWorkingDays, but over days the holiday calendar does not cover yet it counts by the law's
 * statutory holidays and says the answer is provisional. Throws CalendarNotCoveredError only where
 * not even that is possible (before 2004, after 2100).
 */
export function workingDayDeadline(from: IsoDate, n: number): Deadline {
  assertPositiveCount(n, 'working days');
  let provisional = workingDayStatus(from).provisional;
  let day = from;
  for (let left = n; left > 0;) {
    day = addDays(day, 1);
    const status = workingDayStatus(day);
    provisional ||= status.provisional;
    if (status.working) left--;
  }
  return { date: day, provisional };
}

/** As addCalendarDays, provisional where workingDayDeadline is. */
export function calendarDayDeadline(from: IsoDate, n: number): Deadline {
  assertPositiveCount(n, 'days');
  let provisional = workingDayStatus(from).provisional;
  let day = addDays(from, n);
  for (;;) {
    const status = workingDayStatus(day);
    provisional ||= status.provisional;
    if (status.working) return { date: day, provisional };
    day = addDays(day, 1);
  }
}

/** As workingDaysBetween, provisional where workingDayDeadline is. */
export function workingDaysUntil(
  from: IsoDate,
  to: IsoDate,
): { days: number; provisional: boolean } {
  if (compareIsoDates(from, to) > 0) {
    const back = workingDaysUntil(to, from);
    return { days: 0 - back.days, provisional: back.provisional };
  }
  let provisional = workingDayStatus(from).provisional;
  let days = 0;
  for (let day = from; day !== to;) {
    day = addDays(day, 1);
    const status = workingDayStatus(day);
    provisional ||= status.provisional;
    if (status.working) days++;
  }
  return { days, provisional };
}
