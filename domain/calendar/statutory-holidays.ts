// The public holidays the law itself fixes: 全国年节及纪念日放假办法 (State Council Decree 270,
// as amended by Decree 795 of 2024-11-10, in force from 2025-01-01). Art. 2 gives everyone 13 days:
// New Year's Day 1 (January 1), Spring Festival 4 (New Year's Eve and the 1st–3rd of the first
// lunar month), Qingming 1 (the day of the solar term), Labour Day 2 (May 1–2), Dragon Boat 1 (5th
// of the 5th lunar month), Mid-Autumn 1 (15th of the 8th lunar month) and National Day 3 (October
// 1–3). Art. 6: a holiday that falls on a Saturday or Sunday is made up on a working day (补假).
// The State Council's yearly notice then moves days around these (调休); until it is published,
// the law's days are all that is known of a year.
import chineseDays from 'chinese-days';
import type { HolidayName } from './holiday-calendar.ts';
import { addDays, dayOfWeek, type IsoDate } from './iso-date.ts';

/** The first year of the law as amended in 2024 (13 days; 11 before). */
export const STATUTORY_RULE_FROM_YEAR = 2025;
/** The last year whose lunar dates the chinese-days tables give. */
export const STATUTORY_RULE_UNTIL_YEAR = 2100;

const NAMES = {
  newYear: { zh: '元旦', en: "New Year's Day" },
  springFestival: { zh: '春节', en: 'Spring Festival' },
  qingming: { zh: '清明节', en: 'Tomb-sweeping Day' },
  labourDay: { zh: '劳动节', en: 'Labour Day' },
  dragonBoat: { zh: '端午节', en: 'Dragon Boat Festival' },
  midAutumn: { zh: '中秋节', en: 'Mid-autumn Festival' },
  nationalDay: { zh: '国庆节', en: 'National Day' },
} as const satisfies Record<string, HolidayName>;

/** One statutory day off: the date the law names and the holiday it belongs to. */
export interface StatutoryDay {
  readonly date: IsoDate;
  readonly name: HolidayName;
}

function assertRuleYear(year: number): void {
  if (
    !Number.isSafeInteger(year) ||
    year < STATUTORY_RULE_FROM_YEAR ||
    year > STATUTORY_RULE_UNTIL_YEAR
  ) {
    throw new RangeError(
      `The statutory holidays are computed for ${STATUTORY_RULE_FROM_YEAR}–${STATUTORY_RULE_UNTIL_YEAR}, not ${year}`,
    );
  }
}

const solarFromLunar = (year: number, month: number, day: number): IsoDate =>
  chineseDays.getSolarDateFromLunar(
    `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
  ).date;

function qingming(year: number): IsoDate {
  // The solar term 清明 falls on April 4, 5 or 6.
  const term = chineseDays
    .getSolarTerms(`${year}-04-01`, `${year}-04-10`)
    .find((t) => t.term === 'pure_brightness');
  if (!term) throw new RangeError(`No Qingming solar term found in April ${year}`);
  return term.date;
}

/** The 13 days the law gives off in `year` (2025–2100), in calendar order; two may coincide. */
export function statutoryDays(year: number): readonly StatutoryDay[] {
  assertRuleYear(year);
  const springFestival = solarFromLunar(year, 1, 1);
  const days: StatutoryDay[] = [
    { date: `${year}-01-01`, name: NAMES.newYear },
    ...[-1, 0, 1, 2].map((offset) => ({
      date: addDays(springFestival, offset), // the eve is the day before, whatever the month's length
      name: NAMES.springFestival,
    })),
    { date: qingming(year), name: NAMES.qingming },
    { date: `${year}-05-01`, name: NAMES.labourDay },
    { date: `${year}-05-02`, name: NAMES.labourDay },
    { date: solarFromLunar(year, 5, 5), name: NAMES.dragonBoat }, // the ordinary 5th month, not a leap one
    { date: solarFromLunar(year, 8, 15), name: NAMES.midAutumn },
    { date: `${year}-10-01`, name: NAMES.nationalDay },
    { date: `${year}-10-02`, name: NAMES.nationalDay },
    { date: `${year}-10-03`, name: NAMES.nationalDay },
  ];
  return days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

const isWeekend = (date: IsoDate) => dayOfWeek(date) === 0 || dayOfWeek(date) === 6;

const daysOffByYear = new Map<number, ReadonlyMap<IsoDate, HolidayName>>();

/**
 * The days off the law alone gives in `year` (2025–2100): its 13 statutory days, and for each one
 * that falls on a weekend — or on the same day as another holiday, as Mid-Autumn did on National
 * Day 2020 — a day made up (补假) on the first weekday after that holiday that is not already off,
 * the way the notices make up a lone holiday (2023-01-02 for a Sunday New Year's Day). Keyed by
 * date, with the holiday's name.
 */
export function statutoryDaysOff(year: number): ReadonlyMap<IsoDate, HolidayName> {
  const known = daysOffByYear.get(year);
  if (known) return known;
  const off = new Map<IsoDate, HolidayName>();
  const owed: StatutoryDay[] = [];
  for (const day of statutoryDays(year)) {
    if (isWeekend(day.date) || off.has(day.date)) owed.push(day);
    if (!isWeekend(day.date) && !off.has(day.date)) off.set(day.date, day.name);
  }
  const statutory = new Set(statutoryDays(year).map((d) => d.date));
  for (const day of owed) {
    // After the last day of its holiday (a weekend day of the Spring Festival is made up after
    // the third day of the first month, not in the middle of the holiday).
    let candidate = lastDayOfHoliday(year, day);
    do candidate = addDays(candidate, 1);
    while (isWeekend(candidate) || off.has(candidate) || statutory.has(candidate));
    off.set(candidate, day.name);
  }
  daysOffByYear.set(year, off);
  return off;
}

function lastDayOfHoliday(year: number, day: StatutoryDay): IsoDate {
  return statutoryDays(year)
    .filter((d) => d.name === day.name)
    .reduce((last, d) => (d.date > last ? d.date : last), day.date);
}

/** Whether people work on `date` by the law alone: a weekday that statutoryDaysOff leaves on. */
export function isStatutoryWorkingDay(date: IsoDate): boolean {
  const year = Number(date.slice(0, 4));
  return !isWeekend(date) && !statutoryDaysOff(year).has(date);
}
