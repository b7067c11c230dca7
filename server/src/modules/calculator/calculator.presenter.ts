import type {
  BenefitRegionReason,
  ExplanationCode,
  TemporaryAccountReason,
} from '../../../../domain/transfer/index.ts';
import type { TransferCalculationResponse } from './calculator.schemas.ts';
import type { TransferCalculatorAnswer } from './queries/run-transfer-calculator.ts';

// The explanation's codes are stable (domain/transfer/types.ts): each decision the calculator
// made is named by exactly one of its entries, so the reasons are read back from them.
const TEMPORARY_ACCOUNT_REASONS: Partial<Record<ExplanationCode, TemporaryAccountReason>> = {
  TEMPORARY_ACCOUNT_OPENS: 'AGE_AND_AWAY_FROM_HUKOU_PLACE',
  TEMPORARY_ACCOUNT_OFFICIAL_TRANSFER: 'OFFICIAL_TRANSFER',
  TEMPORARY_ACCOUNT_RETURN_TO_HUKOU_PLACE: 'RETURN_TO_HUKOU_PLACE',
  TEMPORARY_ACCOUNT_SAME_PLACE: 'SAME_PLACE',
  TEMPORARY_ACCOUNT_BELOW_AGE: 'BELOW_AGE',
};

const BENEFIT_REGION_REASONS: Partial<Record<ExplanationCode, BenefitRegionReason>> = {
  BENEFIT_PLACE_HUKOU: 'HUKOU_PLACE',
  BENEFIT_PLACE_CURRENT_10_YEARS: 'CURRENT_PLACE_10_YEARS',
  BENEFIT_PLACE_EARLIER_10_YEARS: 'EARLIER_PLACE_10_YEARS',
  BENEFIT_PLACE_GATHERED_AT_HUKOU: 'GATHERED_AT_HUKOU_PLACE',
};

/** The calculator's answer: amounts in fen, the two decisions with their reasons, the rules. */
export function presentTransferCalculation({
  calculation,
  benefitRegionName,
}: TransferCalculatorAnswer): TransferCalculationResponse {
  const { explanation } = calculation;
  const reasonIn = <R>(table: Partial<Record<ExplanationCode, R>>): R => {
    const reason = explanation.map((entry) => table[entry.code]).find((r) => r !== undefined);
    if (reason === undefined) throw new Error('The calculation explains no decision');
    return reason;
  };
  const minimum = explanation.find((entry) => entry.code.startsWith('MINIMUM_15_YEARS_'));
  return {
    pooledFundFen: calculation.pooledFundFen,
    individualAccountPrincipalFen: calculation.individualAccountPrincipalFen,
    totalFen: calculation.totalFen,
    temporaryAccount: calculation.temporaryAccount,
    temporaryAccountReason: reasonIn(TEMPORARY_ACCOUNT_REASONS),
    benefitRegion: calculation.benefitRegion,
    benefitRegionName,
    benefitRegionReason: reasonIn(BENEFIT_REGION_REASONS),
    totalMonths: Number(minimum?.values?.totalMonths ?? 0),
    meetsMonthlyPensionMinimum: minimum?.code === 'MINIMUM_15_YEARS_REACHED',
    explanation: explanation.map((entry) => ({
      code: entry.code,
      zh: entry.zh,
      en: entry.en,
      ...(entry.values ? { values: { ...entry.values } } : {}),
    })),
  };
}
