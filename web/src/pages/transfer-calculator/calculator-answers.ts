import type { TransferCalculatorRequest } from '../../api/client.ts';

/** A place picked with two lists: the province, then (optionally) the city in it. */
export interface RegionAnswer {
  province: string;
  city: string;
}

/** One contribution period as the person typed it: months and amounts are still text. */
export interface PeriodAnswers {
  /** Stable across additions and removals, for React; the position in the list is the index. */
  key: number;
  region: RegionAnswer;
  from: string;
  to: string;
  wageYuan: string;
  employerRatePercent: string;
  insuredAs: 'employee' | 'individual';
  accountKind: 'normal' | 'temporary';
  deemed: boolean;
}

/** Everything the calculator form holds, exactly as typed. */
export interface CalculatorAnswers {
  sex: '' | 'male' | 'female';
  birthDate: string;
  hukouRegion: RegionAnswer;
  fromRegion: RegionAnswer;
  destinationRegion: RegionAnswer;
  transferDate: string;
  officialTransfer: boolean;
  history: PeriodAnswers[];
}

export const noRegion: RegionAnswer = { province: '', city: '' };

/**
 * A period with the usual answers filled in: insured through an employer, on a normal account,
 * and the employer rate most places charge since May 2019 (16%), which matters only for a
 * temporary account.
 */
export function newPeriod(key: number): PeriodAnswers {
  return {
    key,
    region: noRegion,
    from: '',
    to: '',
    wageYuan: '',
    employerRatePercent: '16',
    insuredAs: 'employee',
    accountKind: 'normal',
    deemed: false,
  };
}

export function emptyAnswers(): CalculatorAnswers {
  return {
    sex: '',
    birthDate: '',
    hukouRegion: noRegion,
    fromRegion: noRegion,
    destinationRegion: noRegion,
    transferDate: '',
    officialTransfer: false,
    history: [newPeriod(0)],
  };
}

const pad = (value: string) => value.padStart(2, '0');

/**
 * A month written the ways people write it — 2010-01, 2010-1, 2010/1, 2010.1, 2010年1月, 201001 —
 * as `YYYY-MM`; anything else is sent as typed, for the server to explain.
 */
export function normalizeMonth(text: string): string {
  const typed = text.trim();
  const match =
    /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/.exec(typed) ?? /^(\d{4})(\d{2})$/.exec(typed);
  return match ? `${match[1]}-${pad(match[2] ?? '')}` : typed;
}

/** A date written 1970-5-1, 1970/05/01, 1970.5.1, 1970年5月1日 or 19700501, as `YYYY-MM-DD`. */
export function normalizeDate(text: string): string {
  const typed = text.trim();
  const match =
    /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(typed) ??
    /^(\d{4})(\d{2})(\d{2})$/.exec(typed);
  return match ? `${match[1]}-${pad(match[2] ?? '')}-${pad(match[3] ?? '')}` : typed;
}

/** A decimal with at most two places (commas, spaces and a unit allowed) in hundredths; else null. */
function hundredths(text: string, unit: RegExp): number | null {
  const typed = text.replace(/[\s,，]/g, '').replace(unit, '');
  const match = /^(\d{1,12})(?:\.(\d{1,2}))?$/.exec(typed);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** An amount typed in yuan ("5,000", "5000.5 元") in whole fen, without floating point; else null. */
export function yuanToFen(text: string): number | null {
  return hundredths(text, /^[¥￥]|元$/g);
}

/** A rate typed in percent ("16", "16.5%") in basis points; else null. */
export function percentToBasisPoints(text: string): number | null {
  return hundredths(text, /[%％]$/);
}

/** The region code to send: the city when one is chosen, else the province (the place counts). */
export function regionCodeOf(answer: RegionAnswer): string {
  return answer.city || answer.province;
}

/**
 * The request as typed. What cannot be turned into the API's form (an empty choice, a wage that
 * is not a number) is still sent — as an empty string or null — so that the server, which checks
 * every request, names the field in its answer.
 */
export function toRequestBody(answers: CalculatorAnswers): TransferCalculatorRequest {
  const body = {
    person: {
      sex: answers.sex,
      birthDate: normalizeDate(answers.birthDate),
      hukouRegion: regionCodeOf(answers.hukouRegion),
    },
    fromRegion: regionCodeOf(answers.fromRegion),
    destinationRegion: regionCodeOf(answers.destinationRegion),
    transferDate: normalizeDate(answers.transferDate),
    officialTransfer: answers.officialTransfer,
    history: answers.history.map((period) => ({
      region: regionCodeOf(period.region),
      from: normalizeMonth(period.from),
      to: normalizeMonth(period.to),
      // Deemed months were never paid: no wage is needed for them.
      monthlyBaseFen:
        period.deemed && period.wageYuan.trim() === '' ? 0 : yuanToFen(period.wageYuan),
      employerRateBp: percentToBasisPoints(period.employerRatePercent),
      insuredAs: period.insuredAs,
      accountKind: period.accountKind,
      deemed: period.deemed,
    })),
  };
  return body as TransferCalculatorRequest;
}

/** The calculator's page; its answer is the same page with `?view=result`. */
export const calculatorPath = '/transfer-calculator';
export const calculatorResultUrl = `${calculatorPath}?view=result`;
