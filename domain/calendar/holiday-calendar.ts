// The State Council's yearly holiday arrangements (国务院办公厅关于节假日安排的通知), as compiled
// by the chinese-days package. Its three maps, keyed by YYYY-MM-DD:
// - holidays: every day off in an announced break (放假), weekends inside the break included;
// - workdays: weekend days declared working days to make up for the break (调休上班);
// - inLieuDays: the weekdays of a break that are off only because of a make-up day (调休). They
//   are all in `holidays` too, and the package's own isWorkday ignores this map, so do we.
import data from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { CalendarNotCoveredError } from './calendar-not-covered-error.ts';
import { dayOfWeek, yearOf, type IsoDate } from './iso-date.ts';

/** A holiday's name, Chinese first. */
export interface HolidayName {
  readonly zh: string;
  readonly en: string;
}

const holidays: Readonly<Record<string, string>> = data.holidays;
const makeUpWorkingDays: Readonly<Record<string, string>> = data.workdays;

// A year is covered when its arrangement is in the data; every arrangement since 1999 gives days
// off, so a year with no holiday entry has not been announced (or not been compiled).
const COVERED_YEARS: readonly number[] = [
  ...new Set(Object.keys(holidays).map((date) => Number(date.slice(0, 4)))),
].sort((a, b) => a - b);
const COVERED = new Set(COVERED_YEARS);

// The names the notices use; the package shortens some (清明, 端午, 中秋).
const OFFICIAL_ZH_NAMES: Readonly<Record<string, string>> = {
  'Tomb-sweeping Day': '清明节',
  'Dragon Boat Festival': '端午节',
  'Mid-autumn Festival': '中秋节',
};

/** The years the holiday calendar covers, ascending. */
export function coveredYears(): readonly number[] {
  return COVERED_YEARS;
}

/** Whether the holiday arrangement of `year` is in the data (for its Dec 25–31, see isDateCovered). */
export function isCovered(year: number): boolean {
  return COVERED.has(year);
}

// The next year's notice arranges New Year's Day and may move days of the weekend before it, which
// always falls in December 25–31: it made 2018-12-29 and 2006-12-30/31 working days and 2018-12-31
// a day off. Those days are only known once the next year is covered too.
const NEXT_YEAR_DECIDES_FROM = '-12-25';

// The year whose arrangement `date` depends on but is missing, if any.
function missingYearFor(date: IsoDate): number | undefined {
  const year = yearOf(date);
  if (!COVERED.has(year)) return year;
  if (date.slice(4) >= NEXT_YEAR_DECIDES_FROM && !COVERED.has(year + 1)) return year + 1;
  return undefined;
}

/** Whether the working-day status of `date` is known (its year, and for Dec 25–31 the next, covered). */
export function isDateCovered(date: IsoDate): boolean {
  return missingYearFor(date) === undefined;
}

/** Throws CalendarNotCoveredError unless `date` is covered (RangeError if it is not a date). */
export function assertDateCovered(date: IsoDate): void {
  const missing = missingYearFor(date);
  if (missing !== undefined) throw new CalendarNotCoveredError(missing, COVERED_YEARS);
}

/** Whether `date` is in an announced holiday break (放假), weekend days in the break included. */
export function isStatutoryHoliday(date: IsoDate): boolean {
  assertDateCovered(date);
  return Object.hasOwn(holidays, date);
}

/** Whether people work on `date`: a weekday outside holiday breaks, or a make-up working day. */
export function isWorkingDay(date: IsoDate): boolean {
  assertDateCovered(date);
  if (Object.hasOwn(makeUpWorkingDays, date)) return true;
  const weekday = dayOfWeek(date);
  return weekday !== 0 && weekday !== 6 && !Object.hasOwn(holidays, date);
}

/** The name of the holiday break `date` falls in, or undefined outside holiday breaks. */
export function holidayName(date: IsoDate): HolidayName | undefined {
  assertDateCovered(date);
  if (!Object.hasOwn(holidays, date)) return undefined;
  // Entries read "English name,中文名,statutory days of that holiday".
  const [en = '', zh = ''] = holidays[date]!.split(',');
  return { zh: OFFICIAL_ZH_NAMES[en] ?? zh, en };
}
