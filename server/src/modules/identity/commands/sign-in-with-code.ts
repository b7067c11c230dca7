import { recordAudit } from '../../../platform/audit/index.ts';
import type { FieldCipher } from '../../../platform/crypto/index.ts';
import type { Db } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { newId } from '../../../platform/ids.ts';
import {
  openSession,
  type ActiveSession,
  type SessionPolicy,
} from '../../../platform/auth/session-store.ts';
import {
  consumeCode,
  insertAccountOnce,
  lockLatestOpenCode,
  recordFailedAttempt,
  type CitizenAccount,
} from '../identity.repository.ts';
import { MAX_FAILED_ATTEMPTS, sameHash } from '../one-time-code.ts';

type Outcome =
  | { ok: true; token: string; session: ActiveSession; account: CitizenAccount }
  | { ok: false; error: AppError };

/**
 * Checks a sign-in code and opens a session, creating the citizen's account on first sign-in.
 * A wrong guess is counted in its own committed transaction before the refusal is answered;
 * the fifth wrong guess kills the code.
 */
export async function signInWithCode({
  db,
  cipher,
  phone,
  code,
  sessionPolicy,
  now = new Date(),
}: {
  db: Db;
  cipher: FieldCipher;
  phone: string;
  code: string;
  sessionPolicy: SessionPolicy;
  now?: Date;
}): Promise<{ token: string; session: ActiveSession; account: CitizenAccount }> {
  const phoneIndex = cipher.blindIndex('phone', phone);
  const outcome = await db.transaction(async (tx): Promise<Outcome> => {
    const open = await lockLatestOpenCode(tx, phoneIndex, 'sign-in', now);
    if (!open) return { ok: false, error: new AppError('CODE_INVALID') };
    if (open.failedAttempts >= MAX_FAILED_ATTEMPTS)
      return { ok: false, error: new AppError('CODE_LOCKED') };
    if (!sameHash(cipher.blindIndex('one-time-code', `${open.id}:${code}`), open.codeHash)) {
      const failed = await recordFailedAttempt(tx, open.id);
      const remaining = MAX_FAILED_ATTEMPTS - failed;
      return {
        ok: false,
        error:
          remaining > 0
            ? new AppError('CODE_INVALID', { details: { remainingAttempts: remaining } })
            : new AppError('CODE_LOCKED'),
      };
    }
    await consumeCode(tx, open.id, now);
    const account = await insertAccountOnce(tx, {
      id: newId(),
      phoneIndex,
      phoneEncrypted: cipher.encrypt(phone),
      createdAt: now,
    });
    const { token, session } = await openSession(
      tx,
      { kind: 'citizen', id: account.id },
      sessionPolicy,
      now,
    );
    await recordAudit(tx, {
      actor: { type: 'citizen', id: account.id },
      action: 'citizen.signed-in',
      subjectType: 'citizen-account',
      subjectId: account.id,
      data: { sessionId: session.id, method: 'sms-code' },
    });
    return { ok: true, token, session, account };
  });
  if (!outcome.ok) throw outcome.error;
  return outcome;
}
