// The transfer calculator (POST /api/v1/transfer-calculator): what moves when the employee basic
// pension leaves `fromRegion`, whether the move opens a temporary account, and where the pension
// will be claimed. The amounts cover the periods in the place of `fromRegion` (place.ts).
import { determineBenefitRegion, relationshipRegionOf } from './benefit-region.ts';
import { explainFunds } from './explain-funds.ts';
import {
  explainBenefitRegion,
  explainMinimumYears,
  explainTemporaryAccount,
} from './explain-rules.ts';
import { individualAccountPrincipalFen } from './individual-account.ts';
import { InvalidTransferInputError } from './invalid-transfer-input-error.ts';
import { samePlace } from './place.ts';
import { pooledFundFen } from './pooled-fund.ts';
import { decideTemporaryAccount } from './temporary-account.ts';
import type { RegionCode, TransferCalculation, TransferInput } from './types.ts';
import { validateHistory } from './validate-history.ts';

/**
 * Where the relationship is held after the move: at the destination; or, when the move opens a
 * temporary account, where it already was — the region of the latest normal period outside the
 * destination's place (the transfer-out region if there is none).
 */
function relationshipAfterMove(input: TransferInput, temporaryAccount: boolean): RegionCode {
  if (!temporaryAccount) return input.destinationRegion;
  const beforeMove = input.history.filter((p) => !samePlace(p.region, input.destinationRegion));
  return relationshipRegionOf(beforeMove) ?? input.fromRegion;
}

/** The transfer calculator's answer; InvalidTransferInputError when validateHistory finds problems. */
export function calculateTransfer(input: TransferInput): TransferCalculation {
  const issues = validateHistory(input);
  if (issues.length > 0) throw new InvalidTransferInputError(issues);
  const { person, fromRegion, destinationRegion, history } = input;

  const periods = history.filter((p) => samePlace(p.region, fromRegion));
  const pooled = pooledFundFen(periods);
  const individual = individualAccountPrincipalFen(periods);
  const decision = decideTemporaryAccount(input);
  const benefit = determineBenefitRegion({
    hukouRegion: person.hukouRegion,
    history,
    relationshipRegion: relationshipAfterMove(input, decision.opens),
  });

  return {
    pooledFundFen: pooled,
    individualAccountPrincipalFen: individual,
    totalFen: pooled + individual,
    temporaryAccount: decision.opens,
    benefitRegion: benefit.region,
    explanation: [
      ...explainFunds({
        fromRegion,
        destinationRegion,
        periods,
        pooledFundFen: pooled,
        individualAccountPrincipalFen: individual,
      }),
      explainTemporaryAccount(decision, person.sex, destinationRegion),
      explainBenefitRegion(benefit, person.hukouRegion),
      explainMinimumYears(benefit),
    ],
  };
}
