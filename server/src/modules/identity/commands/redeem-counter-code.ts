import { recordAudit } from '../../../platform/audit/index.ts';
import type { FieldCipher } from '../../../platform/crypto/index.ts';
import type { Db } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { newId } from '../../../platform/ids.ts';
import { COUNTER_CODE_MAX_FAILED_ATTEMPTS } from '../counter-code.ts';
import { findAccountById } from '../identity.repository.ts';
import { sameHash } from '../one-time-code.ts';
import {
  consumeCounterCode,
  findLatestConsent,
  insertVerification,
  lockLatestOpenCounterCode,
  recordCounterCodeFailure,
} from '../verification.repository.ts';

type Outcome = { ok: true; completedAt: Date } | { ok: false; error: AppError };

/**
 * Real-person authentication with a counter code issued to the bound person: one use, five
 * guesses. A wrong guess is counted in its own committed transaction before the refusal.
 */
export async function redeemCounterCode({
  db,
  cipher,
  accountId,
  code,
  now = new Date(),
}: {
  db: Db;
  cipher: FieldCipher;
  accountId: string;
  code: string;
  now?: Date;
}): Promise<{ completedAt: Date }> {
  const account = await findAccountById(db, accountId);
  if (!account) throw new AppError('AUTHENTICATION_REQUIRED');
  const personId = account.personId;
  if (personId === null) throw new AppError('PERSON_NOT_BOUND');
  const consent = await findLatestConsent(db, accountId, 'counter-code');
  if (!consent) throw new AppError('CONSENT_REQUIRED');
  const outcome = await db.transaction(async (tx): Promise<Outcome> => {
    const open = await lockLatestOpenCounterCode(tx, personId, now);
    if (!open) return { ok: false, error: new AppError('CODE_INVALID') };
    if (open.failedAttempts >= COUNTER_CODE_MAX_FAILED_ATTEMPTS)
      return { ok: false, error: new AppError('CODE_LOCKED') };
    if (!sameHash(cipher.blindIndex('counter-code', `${open.id}:${code}`), open.codeHash)) {
      const remaining =
        COUNTER_CODE_MAX_FAILED_ATTEMPTS - (await recordCounterCodeFailure(tx, open.id));
      return {
        ok: false,
        error:
          remaining > 0
            ? new AppError('CODE_INVALID', { details: { remainingAttempts: remaining } })
            : new AppError('CODE_LOCKED'),
      };
    }
    await consumeCounterCode(tx, open.id, now);
    const verificationId = newId();
    await insertVerification(tx, {
      id: verificationId,
      accountId,
      personId,
      consentId: consent.id,
      method: 'counter-code',
      result: 'passed',
      providerTransactionId: open.id,
      startedAt: now,
      completedAt: now,
    });
    await recordAudit(tx, {
      actor: { type: 'citizen', id: accountId },
      action: 'citizen.real-person-authenticated',
      subjectType: 'citizen-account',
      subjectId: accountId,
      data: { verificationId, method: 'counter-code', result: 'passed', counterCodeId: open.id },
    });
    return { ok: true, completedAt: now };
  });
  if (!outcome.ok) throw outcome.error;
  return { completedAt: outcome.completedAt };
}
