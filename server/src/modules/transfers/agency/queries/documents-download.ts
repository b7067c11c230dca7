import { recordAudit, type Actor } from '../../../../platform/audit/index.ts';
import type { FieldCipher } from '../../../../platform/crypto/index.ts';
import type { Db } from '../../../../platform/db/database.ts';
import { AppError } from '../../../../platform/errors/app-error.ts';
import { selectApplication, type ApplicationRow } from '../../transfers.repository.ts';
import { selectAgencyCase, type AgencyActor } from '../agency-case-access.ts';
import { renderTransferDocument } from '../documents-render.ts';
import {
  selectTransferDocument,
  type TransferDocumentKind,
  type TransferDocumentRow,
} from '../documents.repository.ts';

/** A document ready to send: its number (for the file name) and its PDF bytes. */
export interface DownloadedDocument {
  number: string;
  pdf: Uint8Array;
}

/**
 * Renders the document and records who downloaded which document when: every official document
 * of a transfer carries the person's full ID number (SECURITY.md: such access is audited).
 */
async function renderAndAudit(
  db: Db,
  cipher: FieldCipher,
  actor: Actor,
  application: ApplicationRow,
  document: TransferDocumentRow | undefined,
): Promise<DownloadedDocument> {
  if (!document) throw new AppError('DOCUMENT_NOT_FOUND');
  const pdf = await renderTransferDocument(cipher, document);
  await db.transaction((tx) =>
    recordAudit(tx, {
      actor,
      action: 'transfer-document.downloaded',
      subjectType: 'transfer-document',
      subjectId: document.id,
      data: {
        applicationId: application.id,
        personId: application.personId,
        kind: document.kind,
        number: document.number,
      },
    }),
  );
  return { number: document.number, pdf };
}

/**
 * A document of a case, for the staff of either agency of the case (another agency's staff find
 * no such case: 404); a document not issued yet is 404 DOCUMENT_NOT_FOUND. Audited.
 */
export async function downloadCaseDocument({
  db,
  cipher,
  actor,
  applicationId,
  kind,
}: {
  db: Db;
  cipher: FieldCipher;
  actor: AgencyActor;
  applicationId: string;
  kind: TransferDocumentKind;
}): Promise<DownloadedDocument> {
  const { application } = await selectAgencyCase(db, actor, applicationId);
  const document = await selectTransferDocument(db, application.id, kind);
  return renderAndAudit(db, cipher, { type: 'staff', id: actor.id }, application, document);
}

/**
 * The completion notice of one of the citizen's own applications (another person's application
 * is not found: 404), once the transfer is completed. Audited.
 */
export async function downloadOwnCompletionNotice({
  db,
  cipher,
  accountId,
  personId,
  applicationId,
}: {
  db: Db;
  cipher: FieldCipher;
  accountId: string;
  personId: string;
  applicationId: string;
}): Promise<DownloadedDocument> {
  const application = await selectApplication(db, personId, applicationId);
  if (!application) throw new AppError('APPLICATION_NOT_FOUND');
  const document = await selectTransferDocument(db, application.id, 'completion-notice');
  return renderAndAudit(db, cipher, { type: 'citizen', id: accountId }, application, document);
}
