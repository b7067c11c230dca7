import { asc, eq, like, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../../platform/db/database.ts';
import type { ActionRow } from '../transfers.repository.ts';
import { transferApplicationActions, transferDocuments } from '../transfers.tables.ts';

export type DocumentRow = typeof transferDocuments.$inferSelect;
export type DocumentKind = DocumentRow['kind'];

/** The case's history, oldest first. */
export async function selectCaseActions(db: Executor, applicationId: string): Promise<ActionRow[]> {
  return db
    .select()
    .from(transferApplicationActions)
    .where(eq(transferApplicationActions.applicationId, applicationId))
    .orderBy(asc(transferApplicationActions.seq));
}

/** The documents issued on the case so far (without their encrypted content), oldest first. */
export async function selectCaseDocuments(
  db: Executor,
  applicationId: string,
): Promise<Omit<DocumentRow, 'contentEncrypted'>[]> {
  return db
    .select({
      id: transferDocuments.id,
      applicationId: transferDocuments.applicationId,
      kind: transferDocuments.kind,
      number: transferDocuments.number,
      issuedByRegionCode: transferDocuments.issuedByRegionCode,
      issuedAt: transferDocuments.issuedAt,
    })
    .from(transferDocuments)
    .where(eq(transferDocuments.applicationId, applicationId))
    .orderBy(asc(transferDocuments.issuedAt));
}

export async function insertTransferDocument(tx: Tx, row: DocumentRow): Promise<void> {
  await tx.insert(transferDocuments).values(row);
}

/**
 * The highest six-digit sequence number used so far after `prefix` (e.g. `440100-LXH-2026-`), 0
 * if none.
 * The caller holds the prefix's lock (lockDocumentNumbers) until its transaction ends.
 */
export async function lastDocumentSeq(tx: Tx, prefix: string): Promise<number> {
  const [row] = await tx
    .select({
      last: sql<number>`coalesce(max(right(${transferDocuments.number}, 6)::int), 0)::int`,
    })
    .from(transferDocuments)
    .where(like(transferDocuments.number, `${prefix}%`));
  return row?.last ?? 0;
}

/** Serialises the numbering of one series of documents until the transaction ends. */
export async function lockDocumentNumbers(tx: Tx, prefix: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`transfer-document:${prefix}`}))`);
}
