import { todayInChina } from '../../../../../domain/china-time.ts';
import type { InsuranceScheme } from '../../../../../domain/schemes.ts';
import { nextStepWorkingDays } from '../../../../../domain/transfer/application-status.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { FieldCipher } from '../../../platform/crypto/index.ts';
import type { Db } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { emitEvent } from '../../../platform/events/index.ts';
import { newId } from '../../../platform/ids.ts';
import { requireFreshRealPersonAuthentication } from '../../identity/index.ts';
import type { TransferDestinationRegistry } from '../../regions/index.ts';
import { checkTransferEligibility } from '../queries/check-transfer-eligibility.ts';
import { deadlineAfter } from '../deadline.ts';
import {
  insertApplicationWithFirstAction,
  type ApplicationWithActions,
} from '../transfers.repository.ts';

export interface TransferApplicationForm {
  scheme: InsuranceScheme;
  destinationRegion: string;
  fromRegion: string;
  formerPersonalNumber?: string | undefined;
  contactPhone: string;
  address: string;
  postCode: string;
  agent?: { name: string; phone: string } | undefined;
}

/**
 * Submits a transfer application to the transfer-in agency (DOMAIN.md §3 step 1): needs a fresh
 * real-person authentication and every precondition; writes the application, its first action
 * with the review deadline, the audit entry and the `transfer-application.submitted` event in one
 * transaction. The database keeps one open application per person and scheme: a concurrent second
 * one answers OPEN_APPLICATION_EXISTS. Gives back the rows as written, for the answer.
 */
export async function submitTransferApplication({
  db,
  cipher,
  registry,
  accountId,
  freshMinutes,
  form,
  channel = 'web',
  now = new Date(),
}: {
  db: Db;
  cipher: FieldCipher;
  registry: TransferDestinationRegistry;
  accountId: string;
  freshMinutes: number;
  form: TransferApplicationForm;
  channel?: 'web' | 'app' | 'ecard';
  now?: Date;
}): Promise<ApplicationWithActions> {
  const { personId } = await requireFreshRealPersonAuthentication({
    db,
    accountId,
    withinMinutes: freshMinutes,
    now,
  });
  const today = todayInChina(now);
  const { answer, toRegionCode } = await checkTransferEligibility({
    db,
    registry,
    personId,
    scheme: form.scheme,
    destinationRegion: form.destinationRegion,
    fromRegion: form.fromRegion,
    today,
  });
  if (answer.reasons.some((r) => r.code === 'OPEN_APPLICATION_EXISTS'))
    throw new AppError('OPEN_APPLICATION_EXISTS');
  if (!answer.eligible)
    throw new AppError('NOT_ELIGIBLE', { details: { reasons: answer.reasons } });

  const deadlineOn = deadlineAfter(today, nextStepWorkingDays(form.scheme, 'submitted'));
  const id = newId(now.getTime());
  try {
    return await db.transaction(async (tx) => {
      const submitted = await insertApplicationWithFirstAction(tx, {
        application: {
          id,
          personId,
          scheme: form.scheme,
          fromRegionCode: form.fromRegion,
          toRegionCode,
          status: 'submitted',
          contactPhoneEncrypted: cipher.encrypt(form.contactPhone),
          address: form.address,
          postCode: form.postCode,
          formerPersonalNumber: form.formerPersonalNumber ?? null,
          agentName: form.agent?.name ?? null,
          agentPhoneEncrypted: form.agent ? cipher.encrypt(form.agent.phone) : null,
          channel,
          submittedAt: now,
          version: 1,
          nextDeadlineOn: deadlineOn,
        },
        action: {
          id: newId(now.getTime()),
          applicationId: id,
          personId,
          seq: 1,
          action: 'submitted',
          actorType: 'citizen',
          actorId: accountId,
          at: now,
          deadlineOn,
        },
      });
      await emitEvent(tx, {
        name: 'transfer-application.submitted',
        payload: {
          applicationId: id,
          personId,
          scheme: form.scheme,
          fromRegionCode: form.fromRegion,
          toRegionCode,
        },
      });
      // Last: the audit chain's lock is then held only for its own entry and the commit.
      await recordAudit(tx, {
        actor: { type: 'citizen', id: accountId },
        action: 'transfer-application.submitted',
        subjectType: 'transfer-application',
        subjectId: id,
        data: { personId, scheme: form.scheme, from: form.fromRegion, to: toRegionCode },
      });
      return submitted;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('OPEN_APPLICATION_EXISTS');
    throw error;
  }
}

function isUniqueViolation(error: unknown): boolean {
  const codeOf = (value: unknown) => (value as { code?: unknown } | undefined)?.code;
  return codeOf(error) === '23505' || codeOf((error as { cause?: unknown })?.cause) === '23505';
}
