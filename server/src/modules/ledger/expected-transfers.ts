import { sql } from 'drizzle-orm';
import type { InsuranceScheme } from '../../../../domain/schemes.ts';
import type { Executor } from '../../platform/db/database.ts';
import type { FundTransfer } from './fund-transfer-lines.ts';

/**
 * PLACEHOLDER until the transfers module exports `computedFundTransfers`: the amounts each
 * transfer computed, read from `transfer_applications.pooled_fund_fen` and
 * `individual_account_fen` (migration 0008), which the transfers module sets in the transaction
 * that posts the funds and leaves null until then. Reading another module's table is this
 * placeholder's debt; the transfers module's own provider replaces it.
 */
export async function* placeholderComputedFundTransfers(
  db: Executor,
  batchSize = 5000,
): AsyncIterable<FundTransfer> {
  let afterId = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const { rows } = await db.execute<{
      id: string;
      scheme: InsuranceScheme;
      from_region_code: string;
      to_region_code: string;
      pooled_fund_fen: string | null;
      individual_account_fen: string | null;
    }>(sql`
      select id, scheme, from_region_code, to_region_code,
             pooled_fund_fen::text, individual_account_fen::text
      from transfer_applications
      where id > ${afterId}::uuid
        and (pooled_fund_fen is not null or individual_account_fen is not null)
      order by id limit ${batchSize}`);
    for (const row of rows) {
      yield {
        applicationId: row.id,
        scheme: row.scheme,
        fromRegionCode: row.from_region_code,
        toRegionCode: row.to_region_code,
        pooledFundFen: BigInt(row.pooled_fund_fen ?? 0),
        individualAccountFen: BigInt(row.individual_account_fen ?? 0),
      };
    }
    if (rows.length < batchSize) return;
    afterId = rows[rows.length - 1]!.id;
  }
}
