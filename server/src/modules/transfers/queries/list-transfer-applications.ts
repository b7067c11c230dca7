import type { FieldCipher } from '../../../platform/crypto/index.ts';
import type { Executor } from '../../../platform/db/database.ts';
import { toView, type TransferApplicationView } from '../transfer-application-view.ts';
import { selectActions, selectApplications } from '../transfers.repository.ts';

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
  const applications = await selectApplications(db, personId);
  const actions = await selectActions(
    db,
    applications.map((a) => a.id),
  );
  return applications.map((application) =>
    toView(
      application,
      actions.filter((a) => a.applicationId === application.id),
      cipher,
      today,
    ),
  );
}
