export { ageOn } from './age.ts';
export {
  determineBenefitRegion,
  MONTHS_FOR_BENEFIT_PLACE,
  MONTHS_FOR_MONTHLY_PENSION,
  relationshipRegionOf,
  type BenefitRegion,
  type BenefitRegionQuestion,
  type BenefitRegionReason,
} from './benefit-region.ts';
export { calculateTransfer } from './calculate-transfer.ts';
export {
  individualAccountMonths,
  individualAccountPrincipalFen,
  INDIVIDUAL_ACCOUNT_RATES,
} from './individual-account.ts';
export { InvalidTransferInputError } from './invalid-transfer-input-error.ts';
export {
  addMonths,
  assertYearMonth,
  compareYearMonths,
  distinctMonths,
  isYearMonth,
  monthIndex,
  monthOfDate,
  monthsInclusive,
  monthsWithin,
  periodsOverlap,
  yearMonthAt,
  type MonthRange,
} from './months.ts';
export { isRegionCode, PLACE_LEVEL, placeOf, regionLabel, samePlace } from './place.ts';
export { formatYuan } from './plain-text.ts';
export {
  POOLED_FUND_FIRST_MONTH,
  POOLED_FUND_RATE_BP,
  pooledFundFen,
  pooledFundMonths,
  pooledFundRateBp,
} from './pooled-fund.ts';
export {
  decideTemporaryAccount,
  opensTemporaryAccount,
  TEMPORARY_ACCOUNT_AGE,
  type TemporaryAccountDecision,
  type TemporaryAccountQuestion,
  type TemporaryAccountReason,
} from './temporary-account.ts';
export type {
  AccountKind,
  ContributionPeriod,
  Explanation,
  ExplanationCode,
  InsuredAs,
  InsuredPerson,
  RegionCode,
  Sex,
  TransferCalculation,
  TransferInput,
  TransferInputIssue,
  TransferInputIssueCode,
  YearMonth,
} from './types.ts';
export { validateHistory } from './validate-history.ts';
export { transferInputIssues } from './validation-messages.ts';
export {
  decideTransferEligibility,
  eligibilityReasonCodes,
  explainEligibilityReason,
  type EligibilityAnswer,
  type EligibilityQuestion,
  type EligibilityReason,
  type EligibilityReasonCode,
  type EligibilityRelationship,
} from './eligibility.ts';
export {
  canApply,
  deriveApplicationStatus,
  nextStepWorkingDays,
  OPEN_STATUSES,
  transferApplicationActionKinds,
  transferApplicationStatuses,
  type TransferApplicationActionKind,
  type TransferApplicationStatus,
} from './application-status.ts';
export { isRefusalAfterAcceptance, wouldRefuseAfterAcceptance } from './refusal.ts';
