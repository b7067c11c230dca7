import { sql } from 'drizzle-orm';
import type { InsuranceScheme } from '../../../../domain/schemes.ts';
import type { Executor } from '../../platform/db/database.ts';
import type { FundTransfer } from './fund-transfer-lines.ts';

/**
 * PLACEHOLDER until the transfers module exports `computedFundTransfers`: the amounts each
 * transfer computed, read from two columns the transfers module is to add to
 * `transfer_applications` and fill in the transaction that posts the funds:
 *   pooled_fund_fen bigint, individual_account_fen bigint  (null until the funds move).
 * While those columns do not exist no transfer has been computed, so this yields nothing and the
 * verifier reports any posted transfer as not computed. Reading another module's table is the
 * placeholder's debt: the transfers module's own provider replaces it.
 */
export async function* placeholderComputedFundTransfers(
  db: Executor,
  batchSize = 5000,
): AsyncIterable<FundTransfer> {
  const { rows: columns } = await db.execute<{ n: number }>(sql`
    select count(*)::int as n from information_schema.columns
    where table_schema = current_schema() and table_name = 'transfer_applications'
      and column_name in ('pooled_fund_fen', 'individual_account_fen')`);
  if (columns[0]?.n !== 2) return;
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
