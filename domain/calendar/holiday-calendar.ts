// The State Council's yearly holiday arrangements (国务院办公厅关于节假日安排的通知), from two
// sources: the chinese-days package, and the arrangements operators load themselves
// (`npx shebao calendar load`, DECISIONS 39) when a notice is out before the package has it. The
// server reads the loaded ones from its database and hands them to useLoadedArrangements; this
// module does no I/O. The package's three maps, keyed by YYYY-MM-DD:
// - holidays: every day off in an announced break (放假), weekends inside the break included;
// - workdays: weekend days declared working days to make up for the break (调休上班);
// - inLieuDays: the weekdays of a break that are off only because of a make-up day (调休). They
//   are all in `holidays` too, and the package's own isWorkday ignores this map, so do we.
import data from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { CalendarNotCoveredError } from './calendar-not-covered-error.ts';
import type { HolidayArrangement } from './holiday-arrangement.ts';
import { dayOfWeek, yearOf, type IsoDate } from './iso-date.ts';
import {
  isStatutoryWorkingDay,
  STATUTORY_RULE_FROM_YEAR,
  STATUTORY_RULE_UNTIL_YEAR,
} from './statutory-holidays.ts';

/** A holiday's name, Chinese first. */
export interface HolidayName {
  readonly zh: string;
  readonly en: string;
}

/** Where the arrangement of a covered year comes from. */
export type ArrangementSource = 'package' | 'loaded';

// The names the notices use; the package shortens some (清明, 端午, 中秋).
const OFFICIAL_ZH_NAMES: Readonly<Record<string, string>> = {
  'Tomb-sweeping Day': '清明节',
  'Dragon Boat Festival': '端午节',
  'Mid-autumn Festival': '中秋节',
};

interface DayMaps {
  readonly daysOff: ReadonlyMap<IsoDate, HolidayName>;
  readonly workingDays: ReadonlyMap<IsoDate, HolidayName>;
}

// Entries read "English name,中文名,statutory days of that holiday".
function packageName(entry: string): HolidayName {
  const [en = '', zh = ''] = entry.split(',');
  return { zh: OFFICIAL_ZH_NAMES[en] ?? zh, en };
}

const PACKAGE: DayMaps = {
  daysOff: new Map(Object.entries(data.holidays).map(([d, e]) => [d, packageName(e)])),
  workingDays: new Map(Object.entries(data.workdays).map(([d, e]) => [d, packageName(e)])),
};

// A year is in the package when it has days off: every arrangement since 1999 gives some, so a
// year with none has not been announced (or not been compiled).
const PACKAGE_YEARS: readonly number[] = [
  ...new Set([...PACKAGE.daysOff.keys()].map((date) => Number(date.slice(0, 4)))),
].sort((a, b) => a - b);
const FIRST_YEAR = PACKAGE_YEARS[0]!;

// The next year's notice arranges New Year's Day and may move days of the weekend before it, which
// always falls in December 25–31: it made 2018-12-29 and 2006-12-30/31 working days and 2018-12-31
// a day off. Those days belong to the next year's arrangement, and are only known with it.
const NEXT_YEAR_DECIDES_FROM = '-12-25';

/** The year whose arrangement decides `date`: its own, or the next one for December 25–31. */
export function arrangementYearOf(date: IsoDate): number {
  const year = yearOf(date);
  return date.slice(4) >= NEXT_YEAR_DECIDES_FROM ? year + 1 : year;
}

/** The first and last day an arrangement of `year` decides (the previous December 25 on). */
export function arrangementWindow(year: number): { from: IsoDate; to: IsoDate } {
  const pad = (y: number) => String(y).padStart(4, '0');
  return { from: `${pad(year - 1)}-12-25`, to: `${pad(year)}-12-24` };
}

// The state the server sets: the loaded arrangements by year, and what they make covered. Covered
// years run without a gap from the package's first year, so that "this day is covered" also means
// "every day before it back to 2004 is" — a loaded year after a gap is not used.
let loaded = new Map<number, DayMaps & { notice: string }>();
let lastCoveredYear = coverageEnd(new Set(PACKAGE_YEARS));
let revision = 0;

function coverageEnd(years: ReadonlySet<number>): number {
  let year = FIRST_YEAR;
  while (years.has(year + 1)) year++;
  return year;
}

/**
 * Makes `arrangements` (validated by validateHolidayArrangement) the loaded ones, replacing those
 * given before: each decides the days of its window instead of the package, whose own data for
 * that year, if any, is then not used. Called by the server at start-up and after every load.
 */
export function useLoadedArrangements(arrangements: readonly HolidayArrangement[]): void {
  loaded = new Map(
    arrangements.map((a) => [
      a.year,
      {
        notice: a.notice,
        daysOff: new Map(a.daysOff.map((d) => [d.date, d.name])),
        workingDays: new Map(a.workingDays.map((d) => [d.date, d.name])),
      },
    ]),
  );
  lastCoveredYear = coverageEnd(new Set([...PACKAGE_YEARS, ...loaded.keys()]));
  revision++;
}

/** A number that changes whenever the loaded arrangements do (for caches of computed dates). */
export function calendarRevision(): number {
  return revision;
}

/** The years the holiday calendar covers, ascending, without a gap. */
export function coveredYears(): readonly number[] {
  return Array.from({ length: lastCoveredYear - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);
}

/** The covered years whose arrangement comes from the package. */
export function packageYears(): readonly number[] {
  return PACKAGE_YEARS;
}

/** Where the arrangement of `year` comes from; undefined for a year not covered. */
export function arrangementSource(year: number): ArrangementSource | undefined {
  if (!isCovered(year)) return undefined;
  return loaded.has(year) ? 'loaded' : 'package';
}

/** Whether the holiday arrangement of `year` is known (for its Dec 25–31, see isDateCovered). */
export function isCovered(year: number): boolean {
  return year >= FIRST_YEAR && year <= lastCoveredYear;
}

/** The first day whose working-day status no known arrangement decides: December 25 of the last covered year. */
export function firstUncoveredDay(): IsoDate {
  return arrangementWindow(lastCoveredYear + 1).from;
}

/** The first day the package alone does not decide: from there on, loaded or provisional days count. */
export function firstDayBeyondPackage(): IsoDate {
  return arrangementWindow(coverageEnd(new Set(PACKAGE_YEARS)) + 1).from;
}

// The year whose arrangement `date` depends on but is missing, if any.
function missingYearFor(date: IsoDate): number | undefined {
  const year = yearOf(date);
  if (!isCovered(year)) return year;
  const deciding = arrangementYearOf(date);
  return isCovered(deciding) ? undefined : deciding;
}

/** Whether the working-day status of `date` is known (its year, and for Dec 25–31 the next, covered). */
export function isDateCovered(date: IsoDate): boolean {
  return missingYearFor(date) === undefined;
}

/** Throws CalendarNotCoveredError unless `date` is covered (RangeError if it is not a date). */
export function assertDateCovered(date: IsoDate): void {
  const missing = missingYearFor(date);
  if (missing !== undefined) throw new CalendarNotCoveredError(missing, coveredYears());
}

// The arrangement that decides a covered date: the loaded one of its year, or else the package.
function mapsFor(date: IsoDate): DayMaps {
  return loaded.get(arrangementYearOf(date)) ?? PACKAGE;
}

/** Whether `date` is in an announced holiday break (放假), weekend days in the break included. */
export function isStatutoryHoliday(date: IsoDate): boolean {
  assertDateCovered(date);
  return mapsFor(date).daysOff.has(date);
}

/** Whether people work on `date`: a weekday outside holiday breaks, or a make-up working day. */
export function isWorkingDay(date: IsoDate): boolean {
  assertDateCovered(date);
  const maps = mapsFor(date);
  if (maps.workingDays.has(date)) return true;
  const weekday = dayOfWeek(date);
  return weekday !== 0 && weekday !== 6 && !maps.daysOff.has(date);
}

/** The name of the holiday break `date` falls in, or undefined outside holiday breaks. */
export function holidayName(date: IsoDate): HolidayName | undefined {
  assertDateCovered(date);
  return mapsFor(date).daysOff.get(date);
}

/**
 * Whether people work on `date`, and whether that is only provisional: a covered day as its
 * arrangement says; a day after the covered ones as the law alone says (statutory-holidays.ts)
 * while its year's notice is not loaded. Throws CalendarNotCoveredError for a day before 2004,
 * or in a year the law's rule is not computed for (before 2025, after 2100).
 */
export function workingDayStatus(date: IsoDate): { working: boolean; provisional: boolean } {
  const missing = missingYearFor(date);
  if (missing === undefined) return { working: isWorkingDay(date), provisional: false };
  const year = yearOf(date);
  if (year < FIRST_YEAR || year < STATUTORY_RULE_FROM_YEAR || year > STATUTORY_RULE_UNTIL_YEAR) {
    throw new CalendarNotCoveredError(missing, coveredYears());
  }
  return { working: isStatutoryWorkingDay(date), provisional: true };
}
