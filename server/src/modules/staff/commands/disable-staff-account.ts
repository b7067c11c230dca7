import { recordAudit } from '../../../platform/audit/index.ts';
import { revokeAccountSessions } from '../../../platform/auth/session-store.ts';
import type { Db } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { emitEvent } from '../../../platform/events/index.ts';
import type { StaffPrincipal } from '../staff-principal.ts';
import {
  disableStaffIfCurrent,
  selectStaffById,
  type StaffAccountRow,
} from '../staff.repository.ts';

/**
 * A sysadmin disables a staff account: its sessions end at once (SECURITY.md), in the same
 * transaction. `version` is the one the admin saw; a stale one answers CONFLICT.
 */
export async function disableStaffAccount({
  db,
  admin,
  staffId,
  version,
  now = new Date(),
}: {
  db: Db;
  admin: Pick<StaffPrincipal, 'id'>;
  staffId: string;
  version: number;
  now?: Date;
}): Promise<StaffAccountRow> {
  if (staffId === admin.id) throw new AppError('CANNOT_DISABLE_SELF');
  return db.transaction(async (tx) => {
    const current = await selectStaffById(tx, staffId);
    if (!current) throw new AppError('STAFF_NOT_FOUND');
    if (current.disabledAt)
      throw new AppError('ILLEGAL_TRANSITION', { details: { status: 'disabled' } });
    const disabled = await disableStaffIfCurrent(tx, staffId, version, now);
    if (!disabled) throw new AppError('CONFLICT', { details: { version: current.version } });
    await revokeAccountSessions(tx, { kind: 'staff', id: staffId });
    await recordAudit(tx, {
      actor: { type: 'admin', id: admin.id },
      action: 'staff.disabled',
      subjectType: 'staff-account',
      subjectId: staffId,
      data: { version },
    });
    await emitEvent(tx, { name: 'staff.disabled', payload: { staffId } });
    return disabled;
  });
}
