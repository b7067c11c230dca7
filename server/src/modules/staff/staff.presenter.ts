import type { z } from 'zod';
import type { staffAccountSchema } from './staff.schemas.ts';
import type { StaffAccountRow } from './staff.repository.ts';

export type StaffAccountView = z.infer<typeof staffAccountSchema>;

/** A staff account as administrators and the staff member see it: never a hash or a secret. */
export function presentStaffAccount(
  row: StaffAccountRow,
  agencyName: (regionCode: string) => string | undefined,
  now: Date = new Date(),
): StaffAccountView {
  const status = row.disabledAt
    ? 'disabled'
    : !row.activatedAt
      ? 'pending-activation'
      : row.lockedUntil && row.lockedUntil > now
        ? 'locked'
        : 'active';
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    agency: row.agencyRegionCode
      ? {
          regionCode: row.agencyRegionCode,
          name: agencyName(row.agencyRegionCode) ?? row.agencyRegionCode,
        }
      : null,
    status,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
  };
}
