// What the transfer-out agency moves: the transfer calculator's own rules (domain/transfer) run
// on the person's recorded history, so the agency and the public calculator always agree.
import {
  calculateTransfer,
  InvalidTransferInputError,
  samePlace,
  type ContributionPeriod,
  type InsuredPerson,
} from '../../../../../domain/transfer/index.ts';
import type { InsuranceScheme } from '../../../../../domain/schemes.ts';
import { AppError } from '../../../platform/errors/app-error.ts';

/** Why the amounts are what they are (docs/DECISIONS.md "Funds of a transfer-out"). */
export type TransferOutBasis =
  /** Employee pension between provinces: the calculator's pooled fund and account principal. */
  | 'calculated'
  /** Employee pension within one province: pooled province-wide, so no money moves. */
  | 'within-province'
  /** Medical and resident schemes: their funds are not modelled, so no money moves here. */
  | 'not-modelled';

export interface TransferOutAmounts {
  basis: TransferOutBasis;
  /** The employer part that moves between the pooled funds (统筹基金), in fen. */
  pooledFundFen: number;
  /** The individual account (个人账户) credited since 1998, principal, in fen. */
  individualAccountFen: number;
  /** The periods the amounts cover, the ones the information table lists; oldest first. */
  periods: readonly ContributionPeriod[];
}

/**
 * The amounts of a transfer-out. For an employee pension between provinces they are the
 * transfer calculator's answer (calculateTransfer) for the whole recorded history: the periods
 * in the transfer-out place; a history the calculator refuses (months paid twice, a period after
 * the transfer date) is 422 TRANSFER_RECORD_INVALID with the calculator's issue codes. Otherwise
 * nothing moves and the periods listed are the ones the old relationship holds.
 */
export function transferOutAmounts(question: {
  scheme: InsuranceScheme;
  person: InsuredPerson;
  fromRegion: string;
  toRegion: string;
  transferDate: string;
  /** Every recorded period of the scheme, in every region. */
  history: readonly ContributionPeriod[];
  /** The periods the relationship at the old place holds. */
  heldAtOldPlace: readonly ContributionPeriod[];
}): TransferOutAmounts {
  const { scheme, fromRegion, toRegion } = question;
  const nothing = (basis: TransferOutBasis): TransferOutAmounts => ({
    basis,
    pooledFundFen: 0,
    individualAccountFen: 0,
    periods: question.heldAtOldPlace,
  });
  if (scheme !== 'employee-pension') return nothing('not-modelled');
  if (samePlace(fromRegion, toRegion)) return nothing('within-province');
  try {
    const calculation = calculateTransfer({
      person: question.person,
      fromRegion,
      destinationRegion: toRegion,
      transferDate: question.transferDate,
      history: question.history,
    });
    return {
      basis: 'calculated',
      pooledFundFen: calculation.pooledFundFen,
      individualAccountFen: calculation.individualAccountPrincipalFen,
      periods: question.history.filter((period) => samePlace(period.region, fromRegion)),
    };
  } catch (error) {
    if (!(error instanceof InvalidTransferInputError)) throw error;
    throw new AppError('TRANSFER_RECORD_INVALID', {
      details: { issues: error.issues.map(({ path, code }) => ({ path, code })) },
    });
  }
}
