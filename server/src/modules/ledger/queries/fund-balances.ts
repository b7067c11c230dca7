import type { InsuranceScheme } from '../../../../../domain/schemes.ts';
import type { Executor } from '../../../platform/db/database.ts';
import type { FundAccountKind } from '../fund-accounts.ts';
import { selectBalances } from '../ledger.repository.ts';

export interface FundBalance {
  regionCode: string;
  scheme: InsuranceScheme;
  accountKind: FundAccountKind;
  /**
   * Sum of the fund's lines in fen. The ledger records movements between funds only, so a fund
   * that has sent more than it received shows a negative balance.
   */
  balanceFen: bigint;
}

/** The balance of every fund the ledger has used, optionally of one region or scheme. */
export async function fundBalances(
  db: Executor,
  filter: { regionCode?: string; scheme?: InsuranceScheme } = {},
): Promise<FundBalance[]> {
  return selectBalances(db, filter);
}
