// A year's holiday arrangement as operators load it (`npx shebao calendar load <file>`), read from
// the State Council's notice: each holiday's break (放假) from its first to its last day off, and
// the weekend days worked to make up for it (调休上班). The file format is in docs/OPERATIONS.md.
import { arrangementWindow, type HolidayName } from './holiday-calendar.ts';
import { addDays, dayOfWeek, isIsoDate, type IsoDate } from './iso-date.ts';
import {
  STATUTORY_RULE_FROM_YEAR,
  STATUTORY_RULE_UNTIL_YEAR,
  statutoryDays,
} from './statutory-holidays.ts';

/** One day of an arrangement, with the holiday it belongs to. */
export interface ArrangementDay {
  readonly date: IsoDate;
  readonly name: HolidayName;
}

/** A year's arrangement, validated: every day off of its breaks, and its make-up working days. */
export interface HolidayArrangement {
  readonly year: number;
  /** The notice it comes from, as the operator named it (title and document number). */
  readonly notice: string;
  /** Ascending; weekend days inside a break included. */
  readonly daysOff: readonly ArrangementDay[];
  /** Ascending; always Saturdays or Sundays. */
  readonly workingDays: readonly ArrangementDay[];
}

/** Something wrong in a file, where it is (`[0].holidays[1].to`) and what. */
export interface ArrangementProblem {
  readonly path: string;
  readonly message: string;
}

export type ArrangementValidation =
  | { ok: true; arrangements: HolidayArrangement[]; warnings: string[] }
  | { ok: false; problems: ArrangementProblem[] };

/** The longest break there has been is 9 days (Spring Festival 2025, 2026); 15 catches typos. */
const LONGEST_BREAK_DAYS = 15;

// English names of the holidays the notices name, for files that give only the Chinese one.
const ENGLISH_NAMES: Readonly<Record<string, string>> = {
  元旦: "New Year's Day",
  春节: 'Spring Festival',
  清明节: 'Tomb-sweeping Day',
  清明: 'Tomb-sweeping Day',
  劳动节: 'Labour Day',
  端午节: 'Dragon Boat Festival',
  端午: 'Dragon Boat Festival',
  中秋节: 'Mid-autumn Festival',
  中秋: 'Mid-autumn Festival',
  国庆节: 'National Day',
};

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function englishName(zh: string): string | undefined {
  // "中秋节、国庆节" (2023, 2025: one break for both) → "Mid-autumn Festival and National Day".
  const parts = zh.split(/[、和与及]/).map((part) => ENGLISH_NAMES[part.trim()]);
  return parts.every(Boolean) ? parts.join(' and ') : undefined;
}

function unknownKeys(value: Json, allowed: readonly string[], path: string): ArrangementProblem[] {
  return Object.keys(value)
    .filter((key) => !allowed.includes(key))
    .map((key) => ({
      path: `${path}.${key}`,
      message: `unknown field (expected: ${allowed.join(', ')})`,
    }));
}

/**
 * Reads a loaded file's content (JSON already parsed): one arrangement or a list of them. Checks
 * every field and lists every problem found: real dates, each day inside its year's window (the
 * previous December 25 to December 24: the next year's notice decides the last week), breaks that
 * do not overlap and are at most 15 days long, make-up working days on Saturdays or Sundays outside
 * the breaks, no day twice, and — the law being fixed (statutory-holidays.ts) — every statutory
 * day of the year off. A net number of weekdays off other than the law's 13 is only a warning.
 */
export function validateHolidayArrangements(input: unknown): ArrangementValidation {
  const list = Array.isArray(input) ? input : [input];
  const single = !Array.isArray(input);
  if (list.length === 0)
    return { ok: false, problems: [{ path: '$', message: 'no arrangement in the file' }] };
  const problems: ArrangementProblem[] = [];
  const arrangements: HolidayArrangement[] = [];
  const warnings: string[] = [];
  list.forEach((item, i) => {
    const path = single ? '$' : `$[${i}]`;
    const result = validateOne(item, path);
    problems.push(...result.problems);
    if (result.arrangement) arrangements.push(result.arrangement);
    warnings.push(...result.warnings);
  });
  const years = arrangements.map((a) => a.year);
  years.forEach((year, i) => {
    if (years.indexOf(year) !== i)
      problems.push({ path: `$[${i}].year`, message: `${year} is in the file twice` });
  });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, arrangements: arrangements.sort((a, b) => a.year - b.year), warnings };
}

type DayEntries = Map<IsoDate, { name: HolidayName; path: string }>;

/** What reading one arrangement has gathered so far. */
interface Reading {
  readonly year: number;
  readonly daysOff: DayEntries;
  readonly workingDays: DayEntries;
  readonly problems: ArrangementProblem[];
}

function validateOne(
  item: unknown,
  path: string,
): { arrangement?: HolidayArrangement; problems: ArrangementProblem[]; warnings: string[] } {
  if (!isObject(item))
    return {
      problems: [{ path, message: 'expected an object with year, notice and holidays' }],
      warnings: [],
    };
  const problems = headerProblems(item, path);
  const { year, notice, holidays } = item;
  if (problems.length > 0 || typeof year !== 'number' || !Array.isArray(holidays))
    return { problems, warnings: [] };
  const reading: Reading = { year, daysOff: new Map(), workingDays: new Map(), problems };
  holidays.forEach((holiday: unknown, h) => readBreak(reading, holiday, `${path}.holidays[${h}]`));
  for (const [day, { path: at }] of reading.workingDays) {
    const off = reading.daysOff.get(day);
    if (off)
      problems.push({
        path: at,
        message: `${day} is both a working day and a day off of ${off.name.zh}`,
      });
  }
  if (year >= STATUTORY_RULE_FROM_YEAR && problems.length === 0)
    problems.push(...missingStatutoryDays(year, reading.daysOff, path));
  if (problems.length > 0) return { problems, warnings: [] };
  const ascending = (m: DayEntries): ArrangementDay[] =>
    [...m].map(([date, { name }]) => ({ date, name })).sort((a, b) => (a.date < b.date ? -1 : 1));
  return {
    arrangement: {
      year,
      notice: (notice as string).trim(),
      daysOff: ascending(reading.daysOff),
      workingDays: ascending(reading.workingDays),
    },
    problems,
    warnings:
      year >= STATUTORY_RULE_FROM_YEAR
        ? netDaysOffWarning(year, reading.daysOff, reading.workingDays)
        : [],
  };
}

function headerProblems(item: Json, path: string): ArrangementProblem[] {
  const problems = unknownKeys(item, ['year', 'notice', 'holidays'], path);
  const { year, notice, holidays } = item;
  if (
    typeof year !== 'number' ||
    !Number.isSafeInteger(year) ||
    year < 2004 ||
    year > STATUTORY_RULE_UNTIL_YEAR
  ) {
    problems.push({
      path: `${path}.year`,
      message: `expected a year from 2004 to ${STATUTORY_RULE_UNTIL_YEAR}, e.g. 2027`,
    });
  }
  if (typeof notice !== 'string' || notice.trim() === '' || notice.length > 300) {
    problems.push({
      path: `${path}.notice`,
      message: "expected the notice's title and number (up to 300 characters)",
    });
  }
  if (!Array.isArray(holidays) || holidays.length === 0)
    problems.push({ path: `${path}.holidays`, message: 'expected a list of holidays' });
  return problems;
}

// One holiday of the file: its name, its break's days off and its make-up working days.
function readBreak(reading: Reading, holiday: unknown, at: string): void {
  const { problems } = reading;
  if (!isObject(holiday)) {
    problems.push({ path: at, message: 'expected { name, from, to, workingDays }' });
    return;
  }
  problems.push(...unknownKeys(holiday, ['name', 'nameEn', 'from', 'to', 'workingDays'], at));
  const name = readName(reading, holiday, at);
  const from = readDay(reading, holiday.from, `${at}.from`);
  const to = readDay(reading, holiday.to, `${at}.to`);
  if (from && to) addBreak(reading, { from, to, name }, at);
  const worked = holiday.workingDays ?? [];
  if (!Array.isArray(worked)) {
    problems.push({ path: `${at}.workingDays`, message: 'expected a list of dates (may be [])' });
    return;
  }
  worked.forEach((value: unknown, w) => {
    const wat = `${at}.workingDays[${w}]`;
    const day = readDay(reading, value, wat);
    if (!day) return;
    const weekday = dayOfWeek(day);
    if (weekday !== 0 && weekday !== 6) {
      problems.push({
        path: wat,
        message: `${day} is a ${WEEKDAYS[weekday]}: a make-up working day (调休上班) is a Saturday or Sunday`,
      });
    } else if (reading.workingDays.has(day)) {
      problems.push({ path: wat, message: `${day} is listed twice as a working day` });
    } else {
      reading.workingDays.set(day, { name, path: wat });
    }
  });
}

function readName({ problems }: Reading, holiday: Json, at: string): HolidayName {
  const zh = typeof holiday.name === 'string' ? holiday.name.trim() : '';
  if (zh === '' || zh.length > 40)
    problems.push({
      path: `${at}.name`,
      message: 'expected the holiday’s Chinese name, e.g. 春节',
    });
  const en =
    holiday.nameEn === undefined
      ? englishName(zh)
      : typeof holiday.nameEn === 'string' && holiday.nameEn.trim() !== ''
        ? holiday.nameEn.trim()
        : undefined;
  if (zh !== '' && en === undefined)
    problems.push({ path: `${at}.nameEn`, message: `give the English name of ${zh}` });
  return { zh, en: en ?? '' };
}

// A real date inside the year's window (the previous December 25 to December 24), or a problem.
function readDay({ year, problems }: Reading, value: unknown, at: string): IsoDate | undefined {
  if (!isIsoDate(value)) {
    problems.push({
      path: at,
      message: `expected a date YYYY-MM-DD, not ${JSON.stringify(value)}`,
    });
    return undefined;
  }
  const window = arrangementWindow(year);
  if (value >= window.from && value <= window.to) return value;
  problems.push({
    path: at,
    message:
      value > window.to && value.slice(0, 4) === String(year)
        ? `${value} belongs to the ${year + 1} arrangement: the next year's notice decides December 25–31`
        : `${value} is outside the ${year} arrangement (${window.from} to ${window.to})`,
  });
  return undefined;
}

function addBreak(
  { daysOff, problems }: Reading,
  { from, to, name }: { from: IsoDate; to: IsoDate; name: HolidayName },
  at: string,
): void {
  if (to < from) {
    problems.push({ path: `${at}.to`, message: `${to} is before ${from}` });
    return;
  }
  if (addDays(from, LONGEST_BREAK_DAYS - 1) < to) {
    problems.push({
      path: `${at}.to`,
      message: `a break of more than ${LONGEST_BREAK_DAYS} days (${from} to ${to}): check the dates`,
    });
    return;
  }
  for (let day = from; day <= to; day = addDays(day, 1)) {
    const other = daysOff.get(day);
    if (other)
      problems.push({
        path: `${at}.from`,
        message: `${day} is already a day off of ${other.name.zh} (${other.path})`,
      });
    else daysOff.set(day, { name, path: at });
  }
}

// The law gives these days off whatever the notice arranges around them: one missing is a typo.
function missingStatutoryDays(
  year: number,
  daysOff: ReadonlyMap<IsoDate, unknown>,
  path: string,
): ArrangementProblem[] {
  return statutoryDays(year)
    .filter((day) => !daysOff.has(day.date))
    .map((day) => ({
      path: `${path}.holidays`,
      message: `${day.date} is ${day.name.zh} (${day.name.en}), a statutory day off under 全国年节及纪念日放假办法, but no break gives it off`,
    }));
}

// Since 2025 every arrangement so far gives 13 weekdays off net of make-up days (the law's 13 days,
// those on weekends made up): another number is worth a second look at the notice.
function netDaysOffWarning(
  year: number,
  daysOff: ReadonlyMap<IsoDate, unknown>,
  workingDays: ReadonlyMap<IsoDate, unknown>,
): string[] {
  const weekdaysOff = [...daysOff.keys()].filter((d) => dayOfWeek(d) !== 0 && dayOfWeek(d) !== 6);
  const net = weekdaysOff.length - workingDays.size;
  const statutory = statutoryDays(year).length;
  return net === statutory
    ? []
    : [
        `${year}: ${weekdaysOff.length} weekdays off less ${workingDays.size} make-up working days is ${net}, ` +
          `not the ${statutory} statutory days: check the file against the notice.`,
      ];
}

/**
 * Whether arrangements of `years` may be loaded, beside those of the package and those loaded
 * before: a year the package covers is not loaded again (unless it was loaded before, to correct
 * it); and covered years follow each other, so a year needs the one before it.
 */
export function checkArrangementYears(
  years: readonly number[],
  known: { packageYears: readonly number[]; loadedYears: readonly number[] },
): ArrangementProblem[] {
  const covered = new Set([...known.packageYears, ...known.loadedYears, ...years]);
  const problems: ArrangementProblem[] = [];
  for (const year of years) {
    if (known.packageYears.includes(year) && !known.loadedYears.includes(year)) {
      problems.push({
        path: `year ${year}`,
        message: `${year} is already in the chinese-days package; it needs no loading`,
      });
    } else if (!covered.has(year - 1)) {
      problems.push({
        path: `year ${year}`,
        message: `${year} cannot be loaded before ${year - 1}: working days are counted without a gap`,
      });
    }
  }
  return problems;
}
