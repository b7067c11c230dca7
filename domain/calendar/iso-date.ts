/** A day as an ISO `YYYY-MM-DD` string; dates without a time are never a `Date` at midnight. */
export type IsoDate = string;

/** Day of the week as JavaScript numbers it: 0 = Sunday, 1 = Monday, …, 6 = Saturday. */
export type DayOfWeek = 0 | 1 | 2 | 3 | 4 | 5 | 6;

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function parts(date: string): [year: number, month: number, day: number] | undefined {
  const match = ISO_DATE_PATTERN.exec(date);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return [year, month, day];
}

/** Whether `value` is a `YYYY-MM-DD` string naming a day that exists (no 2023-02-29). */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && parts(value) !== undefined;
}

/** Throws a RangeError unless `date` is a real `YYYY-MM-DD` day. */
export function assertIsoDate(date: string): asserts date is IsoDate {
  if (!isIsoDate(date))
    throw new RangeError(`Not a date in YYYY-MM-DD form: ${JSON.stringify(date)}`);
}

/** The calendar year of an ISO date. */
export function yearOf(date: IsoDate): number {
  assertIsoDate(date);
  return Number(date.slice(0, 4));
}

// Milliseconds since 1970-01-01 at UTC midnight; setUTCFullYear, unlike Date.UTC, keeps years < 100.
function toUtcMs(date: IsoDate): number {
  const ymd = parts(date);
  if (!ymd) throw new RangeError(`Not a date in YYYY-MM-DD form: ${JSON.stringify(date)}`);
  const utc = new Date(0);
  utc.setUTCFullYear(ymd[0], ymd[1] - 1, ymd[2]);
  return utc.getTime();
}

function fromUtcMs(ms: number): IsoDate {
  const utc = new Date(ms);
  const year = utc.getUTCFullYear();
  if (year < 0 || year > 9999)
    throw new RangeError(`Date outside years 0000–9999: ${utc.toISOString()}`);
  return `${String(year).padStart(4, '0')}-${utc.toISOString().slice(5, 10)}`;
}

/** The day `days` calendar days after `date` (before it when negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isSafeInteger(days)) throw new RangeError(`Days must be an integer: ${days}`);
  return fromUtcMs(toUtcMs(date) + days * MS_PER_DAY);
}

/** The day of the week of `date`, 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: IsoDate): DayOfWeek {
  return new Date(toUtcMs(date)).getUTCDay() as DayOfWeek;
}

/** Negative, zero or positive as `a` is before, the same day as, or after `b`; usable with sort. */
export function compareIsoDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  assertIsoDate(a);
  assertIsoDate(b);
  // Four-digit ISO dates sort lexically in calendar order.
  return a < b ? -1 : a > b ? 1 : 0;
}
