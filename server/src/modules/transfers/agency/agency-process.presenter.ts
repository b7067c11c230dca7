import type { ApplicationRow } from '../transfers.repository.ts';
import type { TransferDocumentRow } from './documents.repository.ts';
import type { TransferOutAmounts } from './transfer-out-amounts.ts';

const presentDocument = (document: TransferDocumentRow) => ({
  kind: document.kind,
  number: document.number,
  issuedAt: document.issuedAt.toISOString(),
});

const presentCase = (application: ApplicationRow) => ({
  id: application.id,
  status: application.status,
  version: application.version,
  nextDeadlineOn: application.nextDeadlineOn,
});

/** The case after the transfer-out step: the amounts moved and the information table. */
export function presentTransferOut(result: {
  application: ApplicationRow;
  amounts: TransferOutAmounts;
  informationTable: TransferDocumentRow;
}) {
  const { basis, pooledFundFen, individualAccountFen } = result.amounts;
  return {
    ...presentCase(result.application),
    amounts: {
      basis,
      pooledFundFen,
      individualAccountFen,
      totalFen: pooledFundFen + individualAccountFen,
    },
    document: presentDocument(result.informationTable),
  };
}

/** The case after completion, with the completion notice. */
export function presentCompletion(result: {
  application: ApplicationRow;
  completionNotice: TransferDocumentRow;
}) {
  return {
    ...presentCase(result.application),
    document: presentDocument(result.completionNotice),
  };
}
