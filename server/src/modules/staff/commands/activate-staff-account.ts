import { recordAudit } from '../../../platform/audit/index.ts';
import type { FieldCipher } from '../../../platform/crypto/index.ts';
import type { Db } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { normalizeActivationCode } from '../activation-code.ts';
import { decoyPasswordHash, hashPassword, passwordProblem, verifyPassword } from '../password.ts';
import { passwordProblemField } from '../password-messages.ts';
import {
  selectStaffByUsername,
  updateStaffAccount,
  type StaffAccountRow,
} from '../staff.repository.ts';
import { acceptedTotpStep, totpUri } from '../totp.ts';

async function accountForActivation(
  db: Db,
  username: string,
  activationCode: string,
  now: Date,
): Promise<StaffAccountRow> {
  const account = await selectStaffByUsername(db, username.trim().toLowerCase());
  const usable =
    account?.activationCodeHash &&
    !account.activatedAt &&
    !account.disabledAt &&
    account.activationExpiresAt &&
    account.activationExpiresAt > now;
  const ok = await verifyPassword(
    normalizeActivationCode(activationCode),
    usable ? account.activationCodeHash! : await decoyPasswordHash(),
  );
  if (!usable || !ok) throw new AppError('ACTIVATION_INVALID');
  return account;
}

/**
 * Step one of activation: with the user name and the activation code, the staff member receives
 * the TOTP enrolment URI for their authenticator app. Nothing changes yet.
 */
export async function startStaffActivation({
  db,
  cipher,
  username,
  activationCode,
  now = new Date(),
}: {
  db: Db;
  cipher: FieldCipher;
  username: string;
  activationCode: string;
  now?: Date;
}): Promise<{ totpUri: string; totpSecret: string }> {
  const account = await accountForActivation(db, username, activationCode, now);
  const secret = cipher.decrypt(account.totpSecretEncrypted);
  return { totpUri: totpUri(secret, account.username), totpSecret: secret };
}

/**
 * Step two: the chosen password (SECURITY.md rules) and a first TOTP code proving the app is
 * enrolled. The activation code dies; the account can sign in.
 */
export async function completeStaffActivation({
  db,
  cipher,
  username,
  activationCode,
  password,
  totpCode,
  now = new Date(),
}: {
  db: Db;
  cipher: FieldCipher;
  username: string;
  activationCode: string;
  password: string;
  totpCode: string;
  now?: Date;
}): Promise<void> {
  const account = await accountForActivation(db, username, activationCode, now);
  const problem = passwordProblem(password, account.username);
  const step = acceptedTotpStep(cipher.decrypt(account.totpSecretEncrypted), totpCode, now);
  const fields = [
    ...(problem ? [passwordProblemField(problem, 'password')] : []),
    ...(step === undefined
      ? [
          {
            path: 'totpCode',
            location: 'body' as const,
            message: '动态验证码不正确，请查看身份验证器中当前的 6 位数字',
            messageEn: 'The code is wrong; enter the 6 digits your authenticator app shows now',
          },
        ]
      : []),
  ];
  if (fields.length > 0) throw new AppError('VALIDATION_FAILED', { fields });
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    const current = await selectStaffByUsername(tx, account.username, { lock: true });
    if (!current || current.activatedAt || current.version !== account.version)
      throw new AppError('CONFLICT');
    await updateStaffAccount(tx, current.id, {
      passwordHash,
      passwordChangedAt: now,
      activationCodeHash: null,
      activationExpiresAt: null,
      activatedAt: now,
      totpLastStep: step,
    });
    await recordAudit(tx, {
      actor: { type: 'staff', id: current.id },
      action: 'staff.activated',
      subjectType: 'staff-account',
      subjectId: current.id,
      data: {},
    });
  });
}
