// Month arithmetic on `YYYY-MM` strings. Contribution records count whole months: a period
// 2010-01 to 2011-12 is 24 months, both ends included.
import type { YearMonth } from './types.ts';

/** A range of months, both ends included; a missing end is open. */
export interface MonthRange {
  readonly from?: YearMonth;
  readonly to?: YearMonth;
}

const YEAR_MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Whether `value` is a month written `YYYY-MM` (month 01–12). */
export function isYearMonth(value: unknown): value is YearMonth {
  return typeof value === 'string' && YEAR_MONTH_PATTERN.test(value);
}

/** Throws a RangeError unless `value` is a `YYYY-MM` month. */
export function assertYearMonth(value: string): asserts value is YearMonth {
  if (!isYearMonth(value))
    throw new RangeError(`Not a month in YYYY-MM form: ${JSON.stringify(value)}`);
}

/** The month as a count of months since 0000-01, so that months subtract. */
export function monthIndex(month: YearMonth): number {
  assertYearMonth(month);
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

/** The month numbered `index` by monthIndex. */
export function yearMonthAt(index: number): YearMonth {
  if (!Number.isSafeInteger(index) || index < 0 || index >= 10_000 * 12)
    throw new RangeError(`Month index outside years 0000–9999: ${index}`);
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The month `n` months after `month` (before it when negative). */
export function addMonths(month: YearMonth, n: number): YearMonth {
  return yearMonthAt(monthIndex(month) + n);
}

/** The month a `YYYY-MM-DD` day falls in. */
export function monthOfDate(isoDate: string): YearMonth {
  const month = isoDate.slice(0, 7);
  assertYearMonth(month);
  return month;
}

/** Negative, zero or positive as `a` is before, the same as, or after `b`; usable with sort. */
export function compareYearMonths(a: YearMonth, b: YearMonth): -1 | 0 | 1 {
  const [ia, ib] = [monthIndex(a), monthIndex(b)];
  return ia < ib ? -1 : ia > ib ? 1 : 0;
}

/** Months from `from` to `to`, both included; 0 when `to` is before `from`. */
export function monthsInclusive(from: YearMonth, to: YearMonth): number {
  return Math.max(0, monthIndex(to) - monthIndex(from) + 1);
}

/** How many months of `period` fall inside `range` (e.g. `{ from: '1998-01' }`). */
export function monthsWithin(period: Required<MonthRange>, range: MonthRange): number {
  const start = Math.max(monthIndex(period.from), range.from ? monthIndex(range.from) : -Infinity);
  const end = Math.min(monthIndex(period.to), range.to ? monthIndex(range.to) : Infinity);
  return Math.max(0, end - start + 1);
}

/** Whether two periods share at least one month. */
export function periodsOverlap(a: Required<MonthRange>, b: Required<MonthRange>): boolean {
  return monthsWithin(a, b) > 0;
}

/**
 * How many different months the periods cover together: a month in two periods counts once
 * (DOMAIN.md "Duplicate insurance": years are not counted twice).
 */
export function distinctMonths(periods: readonly Required<MonthRange>[]): number {
  const sorted = periods
    .map((p) => [monthIndex(p.from), monthIndex(p.to)] as const)
    .filter(([from, to]) => from <= to)
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let coveredUpTo = -Infinity;
  for (const [from, to] of sorted) {
    const start = Math.max(from, coveredUpTo + 1);
    if (to >= start) total += to - start + 1;
    coveredUpTo = Math.max(coveredUpTo, to);
  }
  return total;
}
