import { recordAudit } from '../../../platform/audit/index.ts';
import {
  openSession,
  revokeAccountSessions,
  type ActiveSession,
  type SessionPolicy,
} from '../../../platform/auth/session-store.ts';
import type { Db } from '../../../platform/db/database.ts';
import { AppError, type FieldProblem } from '../../../platform/errors/app-error.ts';
import { emitEvent } from '../../../platform/events/index.ts';
import { hashPassword, passwordProblem, verifyPassword } from '../password.ts';
import { passwordProblemField } from '../password-messages.ts';
import { selectStaffById, updateStaffAccount } from '../staff.repository.ts';

/**
 * A signed-in staff member changes their password: the current one, then a new one under the
 * activation rules (password.ts) that differs from it. Every session of the account ends —
 * another device signed in with the old password is signed out — and a new one is opened for
 * this device.
 */
export async function changeStaffPassword({
  db,
  staffId,
  currentPassword,
  newPassword,
  sessionPolicy,
  now = new Date(),
}: {
  db: Db;
  staffId: string;
  currentPassword: string;
  newPassword: string;
  sessionPolicy: SessionPolicy;
  now?: Date;
}): Promise<{ token: string; session: ActiveSession }> {
  const account = await selectStaffById(db, staffId);
  if (!account?.passwordHash) throw new AppError('AUTHENTICATION_REQUIRED');
  const fields: FieldProblem[] = [];
  if (!(await verifyPassword(currentPassword, account.passwordHash))) {
    // Someone at an unattended desk guessing the password is worth a trace.
    await db.transaction((tx) =>
      recordAudit(tx, {
        actor: { type: 'staff', id: staffId },
        action: 'staff.password-change-failed',
        subjectType: 'staff-account',
        subjectId: staffId,
      }),
    );
    fields.push({
      path: 'currentPassword',
      location: 'body',
      message: '当前密码不正确',
      messageEn: 'The current password is wrong',
    });
  }
  const problem = passwordProblem(newPassword, account.username);
  if (problem) fields.push(passwordProblemField(problem, 'newPassword'));
  else if (newPassword === currentPassword)
    fields.push({
      path: 'newPassword',
      location: 'body',
      message: '新密码不能与当前密码相同',
      messageEn: 'The new password must differ from the current one',
    });
  if (fields.length > 0) throw new AppError('VALIDATION_FAILED', { fields });

  const passwordHash = await hashPassword(newPassword);
  return db.transaction(async (tx) => {
    const current = await selectStaffById(tx, staffId, { lock: true });
    // Changed meanwhile (another device): the current password checked above may be stale.
    if (!current || current.passwordHash !== account.passwordHash) throw new AppError('CONFLICT');
    await updateStaffAccount(tx, staffId, { passwordHash, passwordChangedAt: now });
    await revokeAccountSessions(tx, { kind: 'staff', id: staffId });
    const opened = await openSession(tx, { kind: 'staff', id: staffId }, sessionPolicy, now);
    await recordAudit(tx, {
      actor: { type: 'staff', id: staffId },
      action: 'staff.password-changed',
      subjectType: 'staff-account',
      subjectId: staffId,
      data: { sessionId: opened.session.id },
    });
    await emitEvent(tx, { name: 'staff.password-changed', payload: { staffId } });
    return opened;
  });
}
