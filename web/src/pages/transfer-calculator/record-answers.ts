import type { OwnCalculatorInput } from '../../api/calculator.ts';
import type { Language } from '../../i18n/language.ts';
import {
  newPeriod,
  type CalculatorAnswers,
  type PeriodAnswers,
  type RegionAnswer,
} from './calculator-answers.ts';

type RecordedPeriod = OwnCalculatorInput['history'][number];

/** What the recorded history put into the form, for the page to say in plain words. */
export interface RecordFill {
  /** How many contribution periods were filled in (0: the record has none; the typed ones stay). */
  periods: number;
  /** The last recorded month (`YYYY-MM`), null when no period was recorded. */
  lastMonth: string | null;
  /** Whether the record knew where the person moves from, and to; else the typed place stays. */
  fromRegionKnown: boolean;
  destinationRegionKnown: boolean;
  /** The transfer date was empty and is now today's. */
  transferDateToday: boolean;
}

/**
 * A recorded region code as the two lists ask for it: the province (the first two digits), then
 * the place itself — a city, or a county or district below one, which the city list then offers.
 */
export function regionAnswerOf(code: string): RegionAnswer {
  const province = `${code.slice(0, 2)}0000`;
  return { province, city: code === province ? '' : code };
}

/** Whole hundredths as the form shows them: 550000 → "5500", 1650 → "16.5", 1625 → "16.25". */
function hundredthsText(hundredths: number): string {
  const whole = Math.floor(hundredths / 100);
  const part = hundredths % 100;
  if (part === 0) return String(whole);
  return `${whole}.${String(part).padStart(2, '0').replace(/0$/, '')}`;
}

/** A recorded period as if typed: the wage in yuan, the rate in percent. */
function periodAnswersOf(period: RecordedPeriod, key: number): PeriodAnswers {
  const deemed = period.deemed ?? false;
  return {
    key,
    region: regionAnswerOf(period.region),
    from: period.from,
    to: period.to,
    // Deemed months were never paid: their recorded wage is 0, which the form leaves empty.
    wageYuan: deemed && period.monthlyBaseFen === 0 ? '' : hundredthsText(period.monthlyBaseFen),
    employerRatePercent: hundredthsText(period.employerRateBp),
    insuredAs: period.insuredAs,
    accountKind: period.accountKind,
    deemed,
  };
}

/**
 * The form filled from the person's own record: who they are, the places of the move when the
 * record knows them, and every recorded period. What the record does not know — the transfer
 * date (today's when empty), an approved official transfer, a place it has no answer for — stays
 * as the person typed it.
 */
export function answersFromRecord(
  current: CalculatorAnswers,
  record: OwnCalculatorInput,
  today: string,
): { answers: CalculatorAnswers; fill: RecordFill } {
  const history = record.history.map((period, index) => periodAnswersOf(period, index));
  const transferDateToday = current.transferDate.trim() === '';
  const answers: CalculatorAnswers = {
    sex: record.person.sex,
    birthDate: record.person.birthDate,
    hukouRegion: regionAnswerOf(record.person.hukouRegion),
    fromRegion: record.fromRegion ? regionAnswerOf(record.fromRegion) : current.fromRegion,
    destinationRegion: record.destinationRegion
      ? regionAnswerOf(record.destinationRegion)
      : current.destinationRegion,
    transferDate: transferDateToday ? today : current.transferDate,
    officialTransfer: current.officialTransfer,
    history: history.length > 0 ? history : current.history,
  };
  const lastMonth = record.history.reduce<string | null>(
    (last, period) => (last === null || period.to > last ? period.to : last),
    null,
  );
  return {
    answers,
    fill: {
      periods: history.length,
      lastMonth,
      fromRegionKnown: record.fromRegion !== null,
      destinationRegionKnown: record.destinationRegion !== null,
      transferDateToday,
    },
  };
}

const typedRegion = (region: RegionAnswer) => region.province !== '' || region.city !== '';

/** Whether a period holds anything besides the answers a new period starts with. */
function typedPeriod(period: PeriodAnswers): boolean {
  const blank = newPeriod(period.key);
  return (
    typedRegion(period.region) ||
    period.from.trim() !== '' ||
    period.to.trim() !== '' ||
    period.wageYuan.trim() !== '' ||
    period.employerRatePercent.trim() !== blank.employerRatePercent ||
    period.insuredAs !== blank.insuredAs ||
    period.accountKind !== blank.accountKind ||
    period.deemed !== blank.deemed
  );
}

/**
 * Whether the person has typed anything the record would replace — about themselves, the
 * places of the move, or a period — so that the page asks before replacing it.
 */
export function hasTypedAnswers(answers: CalculatorAnswers): boolean {
  return (
    answers.sex !== '' ||
    answers.birthDate.trim() !== '' ||
    typedRegion(answers.hukouRegion) ||
    typedRegion(answers.fromRegion) ||
    typedRegion(answers.destinationRegion) ||
    answers.history.length > 1 ||
    answers.history.some(typedPeriod)
  );
}

/** A `YYYY-MM` month as people write it: 2026年10月, or October 2026. */
export function formatMonth(month: string, language: Language): string {
  const [year, monthNumber] = month.split('-').map(Number);
  if (!year || !monthNumber) return month;
  if (language === 'zh-CN') return `${year}年${monthNumber}月`;
  const at = new Date(Date.UTC(year, monthNumber - 1, 1));
  return new Intl.DateTimeFormat('en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(at);
}
