import { and, eq, sql } from 'drizzle-orm';
import { todayInChina } from '../../../../../domain/china-time.ts';
import {
  canApply,
  nextStepWorkingDays,
  type TransferApplicationActionKind,
} from '../../../../../domain/transfer/application-status.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { FieldCipher } from '../../../platform/crypto/index.ts';
import type { Db, Tx } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { emitEvent } from '../../../platform/events/index.ts';
import { newId } from '../../../platform/ids.ts';
import type { TransferDestinationRegistry } from '../../regions/index.ts';
import { deadlineAfter } from '../deadline.ts';
import { insertAction, nextActionSeq, type ApplicationRow } from '../transfers.repository.ts';
import { transferApplications } from '../transfers.tables.ts';
import type { AgencyActor } from './agency-case-access.ts';

/** The agency steps of DOMAIN.md §3–§4 (the applicant's own are submit and withdraw). */
export type AgencyStep = Extract<
  TransferApplicationActionKind,
  'accepted' | 'rejected' | 'out-done' | 'completed'
>;

/**
 * What a step that issues a document (accept, transfer out, complete) is asked with: the case as
 * the staff member's page showed it (its version), who takes the step, and what it needs to
 * render the document (the agencies' directory, the cipher of the applicant's data).
 */
export interface DocumentStepRequest {
  db: Db;
  cipher: FieldCipher;
  registry: TransferDestinationRegistry;
  actor: AgencyActor;
  applicationId: string;
  version: number;
  /** When the step is taken; the document is dated that day in China. */
  now?: Date;
}

/**
 * Whether the step may be taken on the case as the staff member saw it: the status must allow it
 * (else 409 ILLEGAL_TRANSITION) and the version must be the one the page showed (else 409
 * CONFLICT). recordAgencyStep checks it too; a step with work to do before recording (posting
 * funds, issuing a document) checks it first, so that a refused step does no work.
 */
export function requireAgencyStep(
  application: Pick<ApplicationRow, 'status' | 'version'>,
  step: AgencyStep,
  version: number,
): void {
  // A stale page first: whoever acted on an older version learns that someone else changed the
  // case (CONFLICT), whatever the step would have been.
  if (application.version !== version)
    throw new AppError('CONFLICT', { details: { version: application.version } });
  if (!canApply(application.status, step))
    throw new AppError('ILLEGAL_TRANSITION', { details: { status: application.status } });
}

/**
 * Records one agency step on a case, inside the caller's transaction, which has locked the row
 * (selectCaseForStep): the version must be the one the staff member's page showed (else 409
 * CONFLICT — a stale page never overwrites a newer decision) and the status must allow the step
 * (else 409 ILLEGAL_TRANSITION). Writes the new status and the next step's legal deadline, the
 * timeline action, the audit entry and the outbox event, all or nothing.
 */
export async function recordAgencyStep(
  tx: Tx,
  {
    application,
    actor,
    step,
    version,
    reasonCode = null,
    note = null,
    changes = {},
    eventPayload = {},
    now = new Date(),
  }: {
    application: ApplicationRow;
    actor: AgencyActor;
    step: AgencyStep;
    /** The version the staff member saw. */
    version: number;
    reasonCode?: string | null;
    /** Shown to the applicant in the timeline (a rejection's written explanation). */
    note?: string | null;
    /** Further columns of the application changed by this step (e.g. the computed amounts). */
    changes?: Partial<typeof transferApplications.$inferInsert>;
    eventPayload?: Record<string, unknown>;
    now?: Date;
  },
): Promise<ApplicationRow> {
  requireAgencyStep(application, step, version);
  const deadlineOn = deadlineAfter(
    todayInChina(now),
    nextStepWorkingDays(application.scheme, step),
  );
  const [updated] = await tx
    .update(transferApplications)
    .set({
      ...changes,
      status: step,
      version: sql`${transferApplications.version} + 1`,
      nextDeadlineOn: deadlineOn,
      deadlineState: deadlineOn ? 'on-time' : null,
    })
    .where(
      and(
        eq(transferApplications.id, application.id),
        eq(transferApplications.version, version),
        eq(transferApplications.status, application.status),
      ),
    )
    .returning();
  if (!updated) throw new AppError('CONFLICT', { details: { version: application.version } });
  await insertAction(tx, {
    id: newId(now.getTime()),
    applicationId: application.id,
    personId: application.personId,
    seq: await nextActionSeq(tx, application.id),
    action: step,
    actorType: 'staff',
    actorId: actor.id,
    at: now,
    reasonCode,
    note,
    deadlineOn,
    agencyRegionCode: actor.agencyRegionCode,
  });
  await recordAudit(tx, {
    actor: { type: 'staff', id: actor.id },
    action: `transfer-application.${step}`,
    subjectType: 'transfer-application',
    subjectId: application.id,
    data: { personId: application.personId, version, reasonCode, agency: actor.agencyRegionCode },
  });
  await emitEvent(tx, {
    name: `transfer-application.${step}`,
    payload: {
      applicationId: application.id,
      personId: application.personId,
      scheme: application.scheme,
      fromRegionCode: application.fromRegionCode,
      toRegionCode: application.toRegionCode,
      reasonCode,
      ...eventPayload,
    },
  });
  return updated;
}
