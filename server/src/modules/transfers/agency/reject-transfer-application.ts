import type { RejectionReasonCode } from '../../../../../domain/transfer/rejection-reasons.ts';
import type { Db } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import type { ApplicationRow } from '../transfers.repository.ts';
import { selectAgencyCase, type AgencyActor } from './agency-case-access.ts';
import { recordAgencyStep } from './record-agency-step.ts';

/**
 * An agency refuses an application (DOMAIN.md §3–§4): the transfer-in agency on review (step 2)
 * or after accepting it, the transfer-out agency once the case has reached it (step 3), when its
 * checks find what the review could not see. REJECTED is terminal and always carries a reason
 * code from the closed list and a written explanation, which the applicant reads in their
 * timeline; the step records which agency took it. The step, audit entry and event are written in
 * one transaction; a stale version answers CONFLICT, a status that cannot be rejected
 * ILLEGAL_TRANSITION, an unrelated agency (or the transfer-out one before acceptance: the case is
 * not yet its to decide) APPLICATION_NOT_FOUND.
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
    const { application, sides } = await selectAgencyCase(tx, actor, applicationId, {
      lock: true,
    });
    if (!sides.includes('transfer-in') && application.status === 'submitted')
      throw new AppError('APPLICATION_NOT_FOUND');
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
