import type { IsoDate } from '../calendar/iso-date.ts';

/** A GB/T 2260 region code: six digits, province = first 2, city = first 4. */
export type RegionCode = string;

/** A calendar month as `YYYY-MM`. */
export type YearMonth = string;

/** Sex as recorded on the citizen ID; it sets the age of the 50/40 rule. */
export type Sex = 'male' | 'female';

/**
 * How the person was insured in a period: through an employer (职工), or on their own as a
 * flexible worker (灵活就业人员, 以个人身份参保).
 */
export type InsuredAs = 'employee' | 'individual';

/** A normal account, or a temporary contribution account (临时基本养老保险缴费账户, 50/40 rule). */
export type AccountKind = 'normal' | 'temporary';

/** The person whose employee basic pension moves (参保人). */
export interface InsuredPerson {
  readonly sex: Sex;
  readonly birthDate: IsoDate;
  /** Where the household registration (户籍所在地) is. */
  readonly hukouRegion: RegionCode;
}

/** Consecutive months of contributions in one region on the same terms, `from`–`to` inclusive. */
export interface ContributionPeriod {
  readonly region: RegionCode;
  readonly from: YearMonth;
  readonly to: YearMonth;
  /** The contribution wage (缴费工资基数) of each month, in fen. */
  readonly monthlyBaseFen: number;
  /** The employer's contribution rate in basis points (1600 = 16%); ignored for individuals. */
  readonly employerRateBp: number;
  readonly insuredAs: InsuredAs;
  readonly accountKind: AccountKind;
  /**
   * Months deemed paid (视同缴费年限), e.g. state employment before the pension reform: they count
   * as contribution years but carry no money.
   */
  readonly deemed?: boolean;
}

/** What the transfer calculator is asked (body of `POST /api/v1/transfer-calculator`). */
export interface TransferInput {
  readonly person: InsuredPerson;
  /** The transfer-out place (转出地). */
  readonly fromRegion: RegionCode;
  /** The transfer-in place (转入地), where the person now works. */
  readonly destinationRegion: RegionCode;
  readonly transferDate: IsoDate;
  /** An approved official transfer (经组织、人社部门批准调动), exempt from the 50/40 rule. */
  readonly officialTransfer?: boolean;
  /** Every contribution period of the person, in any region, in any order. */
  readonly history: readonly ContributionPeriod[];
}

/** One rule the calculator applied, in plain words (zh-CN first) and with its numbers. */
export interface Explanation {
  readonly code: ExplanationCode;
  readonly zh: string;
  readonly en: string;
  /** The numbers in the text: amounts in fen, counts in months, regions as codes. */
  readonly values?: Readonly<Record<string, string | number>>;
}

/** Stable codes of the explanation entries, for a page to style or link them. */
export type ExplanationCode =
  | 'POOLED_FUND'
  | 'POOLED_FUND_TEMPORARY_ACCOUNT_RATE'
  | 'POOLED_FUND_INDIVIDUAL_INSURED'
  | 'INDIVIDUAL_ACCOUNT'
  | 'BEFORE_1998_NOT_COUNTED'
  | 'DEEMED_MONTHS_NO_FUNDS'
  | 'TOTAL'
  | 'WITHIN_ONE_PROVINCE'
  | 'TEMPORARY_ACCOUNT_OPENS'
  | 'TEMPORARY_ACCOUNT_OFFICIAL_TRANSFER'
  | 'TEMPORARY_ACCOUNT_RETURN_TO_HUKOU_PLACE'
  | 'TEMPORARY_ACCOUNT_SAME_PLACE'
  | 'TEMPORARY_ACCOUNT_BELOW_AGE'
  | 'BENEFIT_PLACE_HUKOU'
  | 'BENEFIT_PLACE_CURRENT_10_YEARS'
  | 'BENEFIT_PLACE_EARLIER_10_YEARS'
  | 'BENEFIT_PLACE_GATHERED_AT_HUKOU'
  | 'MINIMUM_15_YEARS_REACHED'
  | 'MINIMUM_15_YEARS_NOT_REACHED';

/** What the transfer calculator answers. Amounts cover the periods in the transfer-out place. */
export interface TransferCalculation {
  /** Employer part moving to the new place's pooled fund (统筹基金), in fen. */
  readonly pooledFundFen: number;
  /** Individual account (个人账户) credited since 1998, principal without interest, in fen. */
  readonly individualAccountPrincipalFen: number;
  readonly totalFen: number;
  /** Whether this move opens a temporary contribution account (50/40 rule). */
  readonly temporaryAccount: boolean;
  /** Where the pension will be claimed (待遇领取地) under the 10-year rule. */
  readonly benefitRegion: RegionCode;
  readonly explanation: readonly Explanation[];
}

/** One problem in a calculator request, with the dotted path of its field (`history.2.from`). */
export interface TransferInputIssue {
  readonly path: string;
  readonly code: TransferInputIssueCode;
  /** zh-CN, shown first. */
  readonly message: string;
  readonly messageEn: string;
}

/** Stable codes of what can be wrong in a calculator request. */
export type TransferInputIssueCode =
  | 'INVALID_DATE'
  | 'BIRTH_DATE_NOT_BEFORE_TRANSFER'
  | 'INVALID_REGION_CODE'
  | 'INVALID_CHOICE'
  | 'INVALID_MONTH'
  | 'PERIOD_ENDS_BEFORE_START'
  | 'PERIOD_AFTER_TRANSFER_DATE'
  | 'INVALID_BASE'
  | 'EMPLOYER_RATE_OUT_OF_RANGE'
  | 'OVERLAPPING_PERIODS'
  | 'DUPLICATE_INSURANCE'
  | 'NO_PERIOD_IN_FROM_REGION';
