import type { FieldCipher } from '../../../platform/crypto/index.ts';
import type { Executor } from '../../../platform/db/database.ts';
import { toView, type TransferApplicationView } from '../transfer-application-view.ts';
import { selectApplicationsWithActions } from '../transfers.repository.ts';

/** The person's applications, newest first, each with its timeline. */
export async function listTransferApplications({
  db,
  cipher,
  personId,
  today,
}: {
  db: Executor;
  cipher: FieldCipher;
  personId: string;
  today: string;
}): Promise<TransferApplicationView[]> {
  const found = await selectApplicationsWithActions(db, personId);
  return found.map(({ application, actions }) => toView(application, actions, cipher, today));
}
