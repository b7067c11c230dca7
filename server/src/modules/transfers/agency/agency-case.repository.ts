import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/database.ts';
import type { ActionRow } from '../transfers.repository.ts';
import { transferApplicationActions, transferDocuments } from '../transfers.tables.ts';

export type DocumentRow = typeof transferDocuments.$inferSelect;

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
