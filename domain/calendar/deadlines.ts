// Periods of time under the Civil Code (民法典): Art. 201 — a period counted in days starts on
// the day after the triggering event; Art. 203 — if its last day is a statutory day off
// (法定休假日, which includes weekends), the period ends on the first day after the days off.
import { assertDateCovered, isWorkingDay } from './holiday-calendar.ts';
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
