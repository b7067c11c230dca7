import { and, eq, like, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../../platform/db/database.ts';
import { transferDocuments } from '../transfers.tables.ts';

export type TransferDocumentRow = typeof transferDocuments.$inferSelect;
export type TransferDocumentKind = TransferDocumentRow['kind'];

/** The application's document of this kind, if it has been issued. */
export async function selectTransferDocument(
  db: Executor,
  applicationId: string,
  kind: TransferDocumentKind,
): Promise<TransferDocumentRow | undefined> {
  const [row] = await db
    .select()
    .from(transferDocuments)
    .where(
      and(eq(transferDocuments.applicationId, applicationId), eq(transferDocuments.kind, kind)),
    );
  return row;
}

/**
 * The highest sequence number among the documents numbered `<prefix>-NNNNNN`, 0 when none, after
 * taking a lock on the prefix that is held until the transaction ends: two documents of one
 * agency, kind and year issued at once get consecutive numbers, not the same one.
 */
export async function lockAndReadLastSeq(tx: Tx, prefix: string): Promise<number> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`doc:${prefix}`}, 0))`);
  const [row] = await tx
    .select({
      seq: sql<number>`coalesce(max(substring(${transferDocuments.number} from '[0-9]+$')::int), 0)::int`,
    })
    .from(transferDocuments)
    .where(like(transferDocuments.number, `${prefix}-%`));
  return row?.seq ?? 0;
}

export async function insertTransferDocument(
  tx: Tx,
  row: typeof transferDocuments.$inferInsert,
): Promise<TransferDocumentRow> {
  const [inserted] = await tx.insert(transferDocuments).values(row).returning();
  return inserted!;
}
