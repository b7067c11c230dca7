// Official documents of a case are stored as encrypted JSON (their fields carry the full citizen
// ID number) with a number of their own, and rendered to PDF whenever someone downloads them.
import { recordAudit, type Actor } from '../../../platform/audit/index.ts';
import type { FieldCipher } from '../../../platform/crypto/index.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { newId } from '../../../platform/ids.ts';
import { DocumentDataError } from '../documents/index.ts';
import {
  insertTransferDocument,
  nextDocumentSeq,
  type TransferDocumentKind,
  type TransferDocumentRow,
} from './documents.repository.ts';

/** The letters in a document number that say what it is: 联系函, 信息表, 完成告知. */
const NUMBER_CODES: Record<TransferDocumentKind, string> = {
  'contact-letter': 'LXH',
  'information-table': 'XXB',
  'completion-notice': 'WCGZ',
};

/**
 * The next number of a document issued by an agency: `<regionCode>-<code>-<year>-<seq>`, e.g.
 * `110100-XXB-2026-000001`, counted per agency, kind and year by a counter row. The caller's
 * transaction holds the number until it commits; issues of the same agency, kind and year wait
 * for each other from here to their commit, so keep what follows short.
 */
export async function allocateDocumentNumber(
  tx: Tx,
  { regionCode, kind, year }: { regionCode: string; kind: TransferDocumentKind; year: string },
): Promise<string> {
  const seq = await nextDocumentSeq(tx, { agencyRegionCode: regionCode, kind, year: Number(year) });
  return `${regionCode}-${NUMBER_CODES[kind]}-${year}-${String(seq).padStart(6, '0')}`;
}

/**
 * Stores an issued document: its data as encrypted JSON (fen amounts as plain numbers), and the
 * audit entry of its issue (kind and number; never its content).
 */
export async function storeTransferDocument(
  tx: Tx,
  cipher: FieldCipher,
  actor: Actor,
  document: {
    applicationId: string;
    kind: TransferDocumentKind;
    number: string;
    issuedByRegionCode: string;
    issuedAt: Date;
    content: object;
  },
): Promise<TransferDocumentRow> {
  const { content, ...row } = document;
  const json = JSON.stringify(content, (_key, value: unknown) =>
    typeof value === 'bigint' ? Number(value) : value,
  );
  const stored = await insertTransferDocument(tx, {
    id: newId(document.issuedAt.getTime()),
    ...row,
    contentEncrypted: cipher.encrypt(json),
  });
  await recordAudit(tx, {
    actor,
    action: 'transfer-document.issued',
    subjectType: 'transfer-application',
    subjectId: document.applicationId,
    data: { kind: document.kind, number: document.number, agency: document.issuedByRegionCode },
  });
  return stored;
}

/** The data a stored document was issued with. */
export function openTransferDocument<Content>(
  cipher: FieldCipher,
  document: Pick<TransferDocumentRow, 'contentEncrypted'>,
): Content {
  return JSON.parse(cipher.decrypt(document.contentEncrypted)) as Content;
}

/**
 * Renders a document once before it is issued, so that one the renderer refuses (a blank field,
 * a total that is not the sum of its parts, an invalid ID number) is never issued: 422
 * DOCUMENT_DATA_INVALID naming the field, never the value.
 */
export async function requireRenderable(render: () => Promise<Uint8Array>): Promise<void> {
  try {
    await render();
  } catch (error) {
    if (error instanceof DocumentDataError)
      throw new AppError('DOCUMENT_DATA_INVALID', { details: { field: error.path } });
    throw error;
  }
}
