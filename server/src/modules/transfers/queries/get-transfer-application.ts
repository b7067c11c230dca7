import type { FieldCipher } from '../../../platform/crypto/index.ts';
import type { Executor } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { toView, type TransferApplicationView } from '../transfer-application-view.ts';
import { selectApplicationWithActions } from '../transfers.repository.ts';

/** One of the person's applications; someone else's answers APPLICATION_NOT_FOUND. */
export async function getTransferApplication({
  db,
  cipher,
  personId,
  applicationId,
  today,
}: {
  db: Executor;
  cipher: FieldCipher;
  personId: string;
  applicationId: string;
  today: string;
}): Promise<TransferApplicationView> {
  const found = await selectApplicationWithActions(db, personId, applicationId);
  if (!found) throw new AppError('APPLICATION_NOT_FOUND');
  return toView(found.application, found.actions, cipher, today);
}
