import { and, eq, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../../platform/db/database.ts';
import { transferDocumentCounters, transferDocuments } from '../transfers.tables.ts';

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
 * Raises the counter of an agency's documents of one kind in one year and returns its new value
 * (1 for the first). The row stays locked until the transaction ends: a second issue waits, and
 * takes the next number once the first commits — or the same one, should the first roll back.
 */
export async function nextDocumentSeq(
  tx: Tx,
  key: { agencyRegionCode: string; kind: TransferDocumentKind; year: number },
): Promise<number> {
  const counters = transferDocumentCounters;
  const [row] = await tx
    .insert(counters)
    .values({ ...key, lastSeq: 1 })
    .onConflictDoUpdate({
      target: [counters.agencyRegionCode, counters.kind, counters.year],
      set: { lastSeq: sql`${counters.lastSeq} + 1` },
    })
    .returning({ seq: counters.lastSeq });
  return row!.seq;
}

export async function insertTransferDocument(
  tx: Tx,
  row: typeof transferDocuments.$inferInsert,
): Promise<TransferDocumentRow> {
  const [inserted] = await tx.insert(transferDocuments).values(row).returning();
  return inserted!;
}
