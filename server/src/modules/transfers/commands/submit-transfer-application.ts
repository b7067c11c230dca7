import { todayInChina } from '../../../../../domain/china-time.ts';
import type { InsuranceScheme } from '../../../../../domain/schemes.ts';
import { nextStepWorkingDays } from '../../../../../domain/transfer/application-status.ts';
import type { FieldCipher } from '../../../platform/crypto/index.ts';
import type { Db } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { newId } from '../../../platform/ids.ts';
import { requireFreshRealPersonAuthentication } from '../../identity/index.ts';
import type { TransferDestinationRegistry } from '../../regions/index.ts';
import { checkTransferEligibility } from '../queries/check-transfer-eligibility.ts';
import { deadlineAfter } from '../deadline.ts';
import type { ApplicationWithActions } from '../transfers.repository.ts';
import { writeSubmission, type FirstResponse } from './submission-writer.ts';

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
 * transaction (with the other submissions of the moment: submission-writer.ts), and a keyed
 * request's Idempotency-Key with its answer. The database keeps one open application per person
 * and scheme: a concurrent second one answers OPEN_APPLICATION_EXISTS. Gives back the rows as
 * written, for the answer.
 */
export async function submitTransferApplication({
  db,
  registry,
  cipher,
  accountId,
  freshMinutes,
  form,
  channel = 'web',
  firstResponse,
  now = new Date(),
}: {
  db: Db;
  registry: TransferDestinationRegistry;
  cipher: FieldCipher;
  accountId: string;
  freshMinutes: number;
  form: TransferApplicationForm;
  channel?: 'web' | 'app' | 'ecard';
  /** A keyed request's key and answer, remembered in the same transaction as the rows. */
  firstResponse?: FirstResponse | undefined;
  now?: Date;
}): Promise<ApplicationWithActions> {
  // The checks: a fresh real-person authentication of the account's person, then every
  // precondition of the transfer.
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
  // The review's deadline; null where the calendar does not reach it.
  const deadlineOn = deadlineAfter(today, nextStepWorkingDays(form.scheme, 'submitted'));
  const id = newId(now.getTime());
  const written = await writeSubmission(db, {
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
    event: {
      name: 'transfer-application.submitted',
      payload: {
        applicationId: id,
        personId,
        scheme: form.scheme,
        fromRegionCode: form.fromRegion,
        toRegionCode,
      },
    },
    audit: {
      actor: { type: 'citizen', id: accountId },
      action: 'transfer-application.submitted',
      subjectType: 'transfer-application',
      subjectId: id,
      data: { personId, scheme: form.scheme, from: form.fromRegion, to: toRegionCode },
    },
    firstResponse,
  });
  // The database keeps one open application per person and scheme: a concurrent one came first.
  if (!written) throw new AppError('OPEN_APPLICATION_EXISTS');
  return written;
}
