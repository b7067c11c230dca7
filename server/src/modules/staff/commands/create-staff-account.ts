import { recordAudit, type Actor } from '../../../platform/audit/index.ts';
import type { FieldCipher } from '../../../platform/crypto/index.ts';
import type { Db } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { emitEvent } from '../../../platform/events/index.ts';
import { newId } from '../../../platform/ids.ts';
import { ACTIVATION_VALID_HOURS, newActivationCode } from '../activation-code.ts';
import { hashPassword } from '../password.ts';
import type { StaffPrincipal } from '../staff-principal.ts';
import { isAgencyRole, type StaffRole } from '../staff-roles.ts';
import { insertStaffAccount, type StaffAccountRow } from '../staff.repository.ts';
import { newTotpSecret } from '../totp.ts';

/**
 * A sysadmin creates a staff account. The answer carries the activation code once; it is not
 * stored in clear and cannot be shown again (a new account or a reset is needed if it is lost).
 * `agencyExists` is asked of the regions module by the route. `admin` is the sysadmin, or the
 * operator's command line creating the first administrator (`npx shebao staff create-admin`).
 */
export async function createStaffAccount({
  db,
  cipher,
  admin,
  username,
  displayName,
  role,
  agencyRegionCode,
  agencyExists,
  now = new Date(),
}: {
  db: Db;
  cipher: FieldCipher;
  admin: Pick<StaffPrincipal, 'id'> | Actor;
  username: string;
  displayName: string;
  role: StaffRole;
  agencyRegionCode: string | null;
  agencyExists: (regionCode: string) => boolean;
  now?: Date;
}): Promise<{ account: StaffAccountRow; activationCode: string }> {
  if (isAgencyRole(role) !== (agencyRegionCode !== null)) {
    throw new AppError('VALIDATION_FAILED', {
      fields: [
        {
          path: 'agencyRegionCode',
          location: 'body',
          message: isAgencyRole(role) ? '经办人员必须属于一个经办机构' : '管理员不属于经办机构',
          messageEn: isAgencyRole(role)
            ? 'Agency staff must belong to an agency'
            : 'Administrators do not belong to an agency',
        },
      ],
    });
  }
  if (agencyRegionCode !== null && !agencyExists(agencyRegionCode)) {
    throw new AppError('VALIDATION_FAILED', {
      fields: [
        {
          path: 'agencyRegionCode',
          location: 'body',
          message: '没有这个经办机构',
          messageEn: 'There is no agency for this region code',
        },
      ],
    });
  }
  const actor: Actor = 'type' in admin ? admin : { type: 'admin', id: admin.id };
  const activationCode = newActivationCode();
  const activationCodeHash = await hashPassword(activationCode);
  return db.transaction(async (tx) => {
    const id = newId(now.getTime());
    const account = await insertStaffAccount(tx, {
      id,
      username: username.trim().toLowerCase(),
      displayName,
      role,
      agencyRegionCode,
      totpSecretEncrypted: cipher.encrypt(newTotpSecret()),
      activationCodeHash,
      activationExpiresAt: new Date(now.getTime() + ACTIVATION_VALID_HOURS * 3_600_000),
      createdAt: now,
      createdBy: 'type' in admin ? `${admin.type}:${admin.id}` : admin.id,
    });
    if (!account) throw new AppError('STAFF_USERNAME_TAKEN');
    await recordAudit(tx, {
      actor,
      action: 'staff.created',
      subjectType: 'staff-account',
      subjectId: id,
      data: { username: account.username, role, agencyRegionCode },
    });
    await emitEvent(tx, {
      name: 'staff.created',
      payload: { staffId: id, role, agencyRegionCode },
    });
    return { account, activationCode };
  });
}
