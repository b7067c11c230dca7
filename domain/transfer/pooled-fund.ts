// The pooled fund (统筹基金, the employer part) that moves with the relationship
// (国办发〔2009〕66号 Art. 4(2)): 12% of the actual contribution wage of every month since
// 1998-01-01, part-years by months, without interest. Rounding: see rounding.ts.
import { monthsWithin } from './months.ts';
import { fenBasisPoints, roundHalfUpToFen } from './rounding.ts';
import type { ContributionPeriod, YearMonth } from './types.ts';

/** The first month whose contributions move to the pooled fund of the new place. */
export const POOLED_FUND_FIRST_MONTH: YearMonth = '1998-01';

/** The share of the base that moves for an ordinary month: 12%, in basis points. */
export const POOLED_FUND_RATE_BP = 1200;

/**
 * The share of the base, in basis points, that moves for each month of `period`: 12%; on a
 * temporary account the actual employer rate when it is higher; for people insured as
 * individuals (flexible workers) always 12%.
 */
export function pooledFundRateBp(period: ContributionPeriod): number {
  if (period.insuredAs === 'individual') return POOLED_FUND_RATE_BP;
  if (period.accountKind === 'temporary')
    return Math.max(period.employerRateBp, POOLED_FUND_RATE_BP);
  return POOLED_FUND_RATE_BP;
}

/** How many months of `period` move money to the pooled fund: paid months since 1998-01. */
export function pooledFundMonths(period: ContributionPeriod): number {
  // Months deemed paid (视同缴费) were never paid, so no money moves for them.
  if (period.deemed) return 0;
  return monthsWithin(period, { from: POOLED_FUND_FIRST_MONTH });
}

/** The pooled fund that moves for these periods, in fen, rounded once at the end. */
export function pooledFundFen(periods: readonly ContributionPeriod[]): number {
  let exact = 0n;
  for (const period of periods) {
    exact += fenBasisPoints(
      pooledFundMonths(period),
      period.monthlyBaseFen,
      pooledFundRateBp(period),
    );
  }
  return roundHalfUpToFen(exact);
}
