// The individual account (个人账户) that moves with the relationship (国办发〔2009〕66号 Art. 4(1)):
// from 1998-01-01 the whole credited balance. The share of the base credited each month was 11%
// from 1998 to 2005 (国发〔1997〕26号) and 8% from 2006-01 (国发〔2005〕38号).
// The calculator reports the principal only, without the interest the agency adds each year.
// Before 1998 only the person's own contributions with interest move; the history does not carry
// the personal rates and interest rates of those years, so months before 1998 are left out of the
// principal, and the explanation says so.
import { monthsWithin } from './months.ts';
import { fenBasisPoints, roundHalfUpToFen } from './rounding.ts';
import type { ContributionPeriod, YearMonth } from './types.ts';

/** The months credited at 11% of the base (1998–2005) and at 8% (from 2006). */
export const INDIVIDUAL_ACCOUNT_RATES: readonly {
  readonly from: YearMonth;
  readonly to?: YearMonth;
  readonly rateBp: number;
}[] = [
  { from: '1998-01', to: '2005-12', rateBp: 1100 },
  { from: '2006-01', rateBp: 800 },
];

/** How many paid months of `period` are credited to the account since 1998-01. */
export function individualAccountMonths(period: ContributionPeriod): number {
  if (period.deemed) return 0;
  return INDIVIDUAL_ACCOUNT_RATES.reduce((sum, rate) => sum + monthsWithin(period, rate), 0);
}

/** The share of the base credited since 1998, without interest, in fen, rounded once at the end. */
export function individualAccountPrincipalFen(periods: readonly ContributionPeriod[]): number {
  let exact = 0n;
  for (const period of periods) {
    if (period.deemed) continue;
    for (const rate of INDIVIDUAL_ACCOUNT_RATES) {
      exact += fenBasisPoints(monthsWithin(period, rate), period.monthlyBaseFen, rate.rateBp);
    }
  }
  return roundHalfUpToFen(exact);
}
