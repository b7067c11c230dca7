import type { Executor } from '../../../platform/db/database.ts';
import { isPasswordChangeDue, passwordRotationDays } from '../password-rotation.ts';
import type { StaffPrincipal } from '../staff-principal.ts';
import { selectStaffById } from '../staff.repository.ts';

/** The staff member behind a session; undefined once the account is disabled or not activated. */
export async function findStaffPrincipal(
  db: Executor,
  accountId: string,
  now: Date = new Date(),
): Promise<StaffPrincipal | undefined> {
  const row = await selectStaffById(db, accountId);
  if (!row || row.disabledAt || !row.activatedAt) return undefined;
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    agencyRegionCode: row.agencyRegionCode,
    passwordChangeRequired: isPasswordChangeDue(
      row.passwordChangedAt,
      await passwordRotationDays(db),
      now,
    ),
  };
}
