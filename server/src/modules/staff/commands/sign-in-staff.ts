import { recordAudit } from '../../../platform/audit/index.ts';
import {
  openSession,
  type ActiveSession,
  type SessionPolicy,
} from '../../../platform/auth/session-store.ts';
import type { FieldCipher } from '../../../platform/crypto/index.ts';
import type { Db } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { decoyPasswordHash, verifyPassword } from '../password.ts';
import { isPasswordChangeDue, passwordRotationDays } from '../password-rotation.ts';
import { updateStaffAccount, selectStaffByUsername } from '../staff.repository.ts';
import { acceptedTotpStep } from '../totp.ts';

/** Five wrong attempts in a row lock the account for fifteen minutes. */
export const MAX_FAILED_SIGN_INS = 5;
const LOCK_MINUTES = 15;

/**
 * Staff sign-in: user name, password and the current TOTP code, all three checked before
 * anything is said, and one answer for every failure so that nothing tells which part was wrong
 * or whether the account exists. Wrong attempts are counted (and audited) in their own
 * transaction; a TOTP code is never accepted twice. When the password is past the rotation
 * period, the session opens with `passwordChangeRequired`: it can only change the password.
 */
export async function signInStaff({
  db,
  cipher,
  username: givenUsername,
  password,
  totpCode,
  sessionPolicy,
  now = new Date(),
}: {
  db: Db;
  cipher: FieldCipher;
  username: string;
  password: string;
  totpCode: string;
  sessionPolicy: SessionPolicy;
  now?: Date;
}): Promise<{ token: string; session: ActiveSession; passwordChangeRequired: boolean }> {
  const username = givenUsername.trim().toLowerCase();
  const account = await selectStaffByUsername(db, username);
  if (!account || !account.passwordHash || !account.activatedAt || account.disabledAt) {
    await verifyPassword(password, await decoyPasswordHash());
    throw new AppError('STAFF_SIGN_IN_FAILED');
  }
  if (account.lockedUntil && account.lockedUntil > now) throw lockedError(account.lockedUntil, now);

  const passwordOk = await verifyPassword(password, account.passwordHash);
  const step = acceptedTotpStep(cipher.decrypt(account.totpSecretEncrypted), totpCode, now);
  const totpOk = step !== undefined && (account.totpLastStep ?? -1) < step;

  return db
    .transaction(async (tx) => {
      // Locked again: two attempts in flight must not both pass the counter.
      const current = await selectStaffByUsername(tx, username, { lock: true });
      if (!current || current.disabledAt) throw new AppError('STAFF_SIGN_IN_FAILED');
      if (current.lockedUntil && current.lockedUntil > now)
        throw lockedError(current.lockedUntil, now);
      const replayed = step !== undefined && (current.totpLastStep ?? -1) >= step;
      if (!passwordOk || !totpOk || replayed) {
        const failed = current.failedSignIns + 1;
        const locked = failed >= MAX_FAILED_SIGN_INS;
        await updateStaffAccount(tx, current.id, {
          failedSignIns: locked ? 0 : failed,
          lockedUntil: locked
            ? new Date(now.getTime() + LOCK_MINUTES * 60_000)
            : current.lockedUntil,
        });
        await recordAudit(tx, {
          actor: { type: 'staff', id: current.id },
          action: locked ? 'staff.locked' : 'staff.sign-in-failed',
          subjectType: 'staff-account',
          subjectId: current.id,
          data: { failedSignIns: failed },
        });
        // The failure is committed, then answered: the error leaves through a resolved transaction.
        return { error: new AppError('STAFF_SIGN_IN_FAILED') } as const;
      }
      await updateStaffAccount(tx, current.id, {
        failedSignIns: 0,
        lockedUntil: null,
        totpLastStep: step,
      });
      const opened = await openSession(tx, { kind: 'staff', id: current.id }, sessionPolicy, now);
      const passwordChangeRequired = isPasswordChangeDue(
        current.passwordChangedAt,
        await passwordRotationDays(tx),
        now,
      );
      await recordAudit(tx, {
        actor: { type: 'staff', id: current.id },
        action: 'staff.signed-in',
        subjectType: 'staff-account',
        subjectId: current.id,
        data: {
          sessionId: opened.session.id,
          method: 'password+totp',
          ...(passwordChangeRequired ? { passwordChangeRequired } : {}),
        },
      });
      return { opened: { ...opened, passwordChangeRequired } } as const;
    })
    .then((outcome) => {
      if ('error' in outcome) throw outcome.error;
      return outcome.opened;
    });
}

function lockedError(until: Date, now: Date): AppError {
  return new AppError('STAFF_ACCOUNT_LOCKED', {
    retryAfterSeconds: Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000)),
  });
}
