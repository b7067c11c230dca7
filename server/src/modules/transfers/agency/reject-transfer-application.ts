import type { RejectionReasonCode } from '../../../../../domain/transfer/rejection-reasons.ts';
import type { Db } from '../../../platform/db/database.ts';
import type { ApplicationRow } from '../transfers.repository.ts';
import { selectCaseForStep, type AgencyActor } from './agency-case-access.ts';
import { recordAgencyStep } from './record-agency-step.ts';

/**
 * The transfer-in agency refuses an application (DOMAIN.md §3 step 2, §4), before or after
 * accepting it: REJECTED is terminal and always carries a reason code from the closed list and a
 * written explanation, which the applicant reads in their timeline. The step, audit entry and
 * event are written in one transaction; a stale version answers CONFLICT, a status that cannot be
 * rejected ILLEGAL_TRANSITION, the other side or an unrelated agency APPLICATION_NOT_FOUND.
 */
export async function rejectTransferApplication({
  db,
  actor,
  applicationId,
  version,
  reasonCode,
  explanation,
  now = new Date(),
}: {
  db: Db;
  actor: AgencyActor;
  applicationId: string;
  version: number;
  reasonCode: RejectionReasonCode;
  explanation: string;
  now?: Date;
}): Promise<ApplicationRow> {
  return db.transaction(async (tx) => {
    const application = await selectCaseForStep(tx, actor, applicationId, 'transfer-in');
    return recordAgencyStep(tx, {
      application,
      actor,
      step: 'rejected',
      version,
      reasonCode,
      note: explanation,
      now,
    });
  });
}
