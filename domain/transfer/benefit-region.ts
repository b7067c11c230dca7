// Where the pension is claimed (待遇领取地), the 10-year rule of 国办发〔2009〕66号 Art. 6:
// 1. at the hukou place if the relationship is there;
// 2. else at the place of the relationship if the contributions there add up to 10 years;
// 3. else at the last earlier place with 10 years or more;
// 4. else everything gathers at the hukou place.
// Places are compared by province (place.ts). Months deemed paid count where they were deemed
// (人社部规〔2016〕5号). Months on a temporary account count toward the total and the 15-year
// minimum but not toward the 10 years of the place where they were paid: the relationship was
// never there — Art. 5 keeps it at the old place so that a move near retirement age does not move
// the pension, and counting those months would undo that.
import { compareYearMonths, distinctMonths } from './months.ts';
import { placeOf, samePlace } from './place.ts';
import type { ContributionPeriod, RegionCode } from './types.ts';

/** Contribution months at a place that make it the benefit place: 10 years. */
export const MONTHS_FOR_BENEFIT_PLACE = 120;

/** Contribution months needed for a monthly pension (Social Insurance Law Art. 16): 15 years. */
export const MONTHS_FOR_MONTHLY_PENSION = 180;

/** Which branch of the 10-year rule chose the benefit place. */
export type BenefitRegionReason =
  'HUKOU_PLACE' | 'CURRENT_PLACE_10_YEARS' | 'EARLIER_PLACE_10_YEARS' | 'GATHERED_AT_HUKOU_PLACE';

/** The facts the 10-year rule looks at. */
export interface BenefitRegionQuestion {
  readonly hukouRegion: RegionCode;
  /** Every contribution period, in any region and order, up to now. */
  readonly history: readonly ContributionPeriod[];
  /**
   * Where the insurance relationship is held: after a transfer, the destination — or, when the
   * move opens a temporary account, the place where the relationship stays. Defaults to
   * relationshipRegionOf(history), or the hukou place when the history has no normal period.
   */
  readonly relationshipRegion?: RegionCode;
}

/** The benefit place and the counts behind it. */
export interface BenefitRegion {
  /**
   * The region that pays the pension: the region holding the relationship (branches 1 and 2),
   * the latest region of the earlier place (3), or the hukou region itself (4).
   */
  readonly region: RegionCode;
  readonly reason: BenefitRegionReason;
  readonly relationshipRegion: RegionCode;
  /** Months counted toward the 10 years at the place of the relationship. */
  readonly monthsAtRelationshipPlace: number;
  /** Months counted toward the 10 years at the chosen place (0 when gathered without them). */
  readonly monthsAtBenefitPlace: number;
  /** All contribution months, deemed and temporary-account months included, each month once. */
  readonly totalMonths: number;
  readonly meetsMonthlyPensionMinimum: boolean;
}

const latestFirst = (a: ContributionPeriod, b: ContributionPeriod) =>
  compareYearMonths(b.to, a.to) || compareYearMonths(b.from, a.from);

/** The region of the latest period not on a temporary account: where the relationship is held. */
export function relationshipRegionOf(
  history: readonly ContributionPeriod[],
): RegionCode | undefined {
  return history.filter((p) => p.accountKind !== 'temporary').sort(latestFirst)[0]?.region;
}

/** Where the pension will be claimed under the 10-year rule, with the months behind it. */
export function determineBenefitRegion(question: BenefitRegionQuestion): BenefitRegion {
  const { hukouRegion, history } = question;
  const relationshipRegion =
    question.relationshipRegion ?? relationshipRegionOf(history) ?? hukouRegion;
  const counted = history.filter((p) => p.accountKind !== 'temporary');
  const monthsAt = (region: RegionCode) =>
    distinctMonths(counted.filter((p) => samePlace(p.region, region)));
  const totalMonths = distinctMonths(history);
  const monthsAtRelationshipPlace = monthsAt(relationshipRegion);
  const result = (
    region: RegionCode,
    reason: BenefitRegionReason,
    monthsAtBenefitPlace: number,
  ) => ({
    region,
    reason,
    relationshipRegion,
    monthsAtRelationshipPlace,
    monthsAtBenefitPlace,
    totalMonths,
    meetsMonthlyPensionMinimum: totalMonths >= MONTHS_FOR_MONTHLY_PENSION,
  });

  // The hukou province holds the relationship: the region that holds it pays the pension.
  if (samePlace(relationshipRegion, hukouRegion))
    return result(relationshipRegion, 'HUKOU_PLACE', monthsAtRelationshipPlace);
  if (monthsAtRelationshipPlace >= MONTHS_FOR_BENEFIT_PLACE)
    return result(relationshipRegion, 'CURRENT_PLACE_10_YEARS', monthsAtRelationshipPlace);
  // Earlier places, the one contributed to last first; a place is named by its latest region.
  const seen = new Set([placeOf(relationshipRegion)]);
  for (const period of [...counted].sort(latestFirst)) {
    if (seen.has(placeOf(period.region))) continue;
    seen.add(placeOf(period.region));
    const months = monthsAt(period.region);
    if (months >= MONTHS_FOR_BENEFIT_PLACE)
      return result(period.region, 'EARLIER_PLACE_10_YEARS', months);
  }
  return result(hukouRegion, 'GATHERED_AT_HUKOU_PLACE', monthsAt(hukouRegion));
}
