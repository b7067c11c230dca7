import { and, gt, isNotNull, or } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/database.ts';
import type { FundTransfer } from '../../ledger/index.ts';
import { transferApplications } from '../transfers.tables.ts';

/**
 * The fund transfers the transfer-out steps computed: one per application whose amounts are set
 * (in the transaction that posted them to the fund ledger), read in id order in batches. The
 * ledger verifier (`npx shebao ledger verify`) proves each posted entry against them and finds
 * any computed transfer that was never posted.
 */
export async function* computedFundTransfers(
  db: Executor,
  batchSize = 5000,
): AsyncIterable<FundTransfer> {
  let afterId = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = await db
      .select({
        applicationId: transferApplications.id,
        scheme: transferApplications.scheme,
        fromRegionCode: transferApplications.fromRegionCode,
        toRegionCode: transferApplications.toRegionCode,
        pooledFundFen: transferApplications.pooledFundFen,
        individualAccountFen: transferApplications.individualAccountFen,
      })
      .from(transferApplications)
      .where(
        and(
          gt(transferApplications.id, afterId),
          or(
            isNotNull(transferApplications.pooledFundFen),
            isNotNull(transferApplications.individualAccountFen),
          ),
        ),
      )
      .orderBy(transferApplications.id)
      .limit(batchSize);
    for (const row of rows)
      yield {
        ...row,
        pooledFundFen: row.pooledFundFen ?? 0n,
        individualAccountFen: row.individualAccountFen ?? 0n,
      };
    if (rows.length < batchSize) return;
    afterId = rows[rows.length - 1]!.applicationId;
  }
}
