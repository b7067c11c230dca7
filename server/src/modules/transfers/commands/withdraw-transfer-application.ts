import { canApply } from '../../../../../domain/transfer/application-status.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { Db } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { emitEvent } from '../../../platform/events/index.ts';
import { newId } from '../../../platform/ids.ts';
import {
  insertAction,
  nextActionSeq,
  selectApplication,
  updateStatusIfCurrent,
  type ApplicationRow,
} from '../transfers.repository.ts';

/**
 * The applicant withdraws the application before the transfer-in agency accepts it (DOMAIN.md
 * §4). `version` is the one the applicant saw: a stale one answers CONFLICT, a status that allows
 * no withdrawal ILLEGAL_TRANSITION, another person's application APPLICATION_NOT_FOUND. The
 * action, the audit entry and the event are written in one transaction.
 */
export async function withdrawTransferApplication({
  db,
  accountId,
  personId,
  applicationId,
  version,
  now = new Date(),
}: {
  db: Db;
  accountId: string;
  personId: string;
  applicationId: string;
  version: number;
  now?: Date;
}): Promise<ApplicationRow> {
  return db.transaction(async (tx) => {
    const current = await selectApplication(tx, personId, applicationId);
    if (!current) throw new AppError('APPLICATION_NOT_FOUND');
    if (!canApply(current.status, 'withdrawn'))
      throw new AppError('ILLEGAL_TRANSITION', { details: { status: current.status } });
    const updated = await updateStatusIfCurrent(tx, {
      personId,
      id: applicationId,
      version,
      from: 'submitted',
      to: 'withdrawn',
    });
    if (!updated) throw new AppError('CONFLICT', { details: { version: current.version } });
    await insertAction(tx, {
      id: newId(now.getTime()),
      applicationId,
      personId,
      seq: await nextActionSeq(tx, applicationId),
      action: 'withdrawn',
      actorType: 'citizen',
      actorId: accountId,
      at: now,
      deadlineOn: null,
    });
    await recordAudit(tx, {
      actor: { type: 'citizen', id: accountId },
      action: 'transfer-application.withdrawn',
      subjectType: 'transfer-application',
      subjectId: applicationId,
      data: { personId, version },
    });
    await emitEvent(tx, {
      name: 'transfer-application.withdrawn',
      payload: { applicationId, personId, scheme: updated.scheme },
    });
    return updated;
  });
}
