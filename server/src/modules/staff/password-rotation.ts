import type { Executor } from '../../platform/db/database.ts';
import { getSetting } from '../../platform/settings/index.ts';

/**
 * Forced password rotation (GB/T 22239) is a security administrator's setting, off by default
 * because OWASP ASVS advises against it (docs/DECISIONS.md). When it is on, a password older than
 * the set number of days must be changed before the staff member can do anything else.
 */
export function isPasswordChangeDue(
  passwordChangedAt: Date | null,
  rotationDays: number | null,
  now: Date,
): boolean {
  if (rotationDays === null || passwordChangedAt === null) return false;
  return now.getTime() - passwordChangedAt.getTime() >= rotationDays * 86_400_000;
}

/** The rotation period in days, or null while rotation is off. */
export async function passwordRotationDays(db: Executor): Promise<number | null> {
  return (await getSetting(db, 'security')).passwordRotationDays;
}
