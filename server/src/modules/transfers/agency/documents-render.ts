import type { FieldCipher } from '../../../platform/crypto/index.ts';
import {
  renderCompletionNotice,
  renderContactLetter,
  renderInformationTable,
  type CompletionNotice,
  type ContactLetter,
  type InformationTable,
} from '../documents/index.ts';
import { openTransferDocument } from './documents-issue.ts';
import type { TransferDocumentRow } from './documents.repository.ts';

/**
 * A stored document as PDF, from the data it was issued with. The generation time printed is the
 * time of issue, so every download of a document gives the same bytes.
 */
export function renderTransferDocument(
  cipher: FieldCipher,
  document: TransferDocumentRow,
): Promise<Uint8Array> {
  const options = { generatedAt: document.issuedAt };
  switch (document.kind) {
    case 'contact-letter':
      return renderContactLetter(openTransferDocument<ContactLetter>(cipher, document), options);
    case 'information-table':
      return renderInformationTable(
        openTransferDocument<InformationTable>(cipher, document),
        options,
      );
    case 'completion-notice':
      return renderCompletionNotice(
        openTransferDocument<CompletionNotice>(cipher, document),
        options,
      );
  }
}
