import { inArray } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { FieldCipher } from '../../../platform/crypto/index.ts';
import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/ids.ts';
import { hashPassword } from '../password.ts';
import { staffAccounts } from '../staff.tables.ts';
import { newTotpSecret } from '../totp.ts';
import { DEMO_STAFF_PASSWORD, demoStaffAccounts } from './demo-staff.ts';

/**
 * DEMO ONLY: the demo staff accounts, already activated, each only if not there yet. The password
 * is hashed once for all of them (scrypt at full cost takes a moment per hash); real accounts
 * each get their own salt through activation.
 */
export async function seedDemoStaff({
  db,
  cipher,
  now = new Date(),
}: {
  db: Db;
  cipher: FieldCipher;
  now?: Date;
}): Promise<{ seeded: number }> {
  const wanted = demoStaffAccounts();
  const existing = await db
    .select({ username: staffAccounts.username })
    .from(staffAccounts)
    .where(
      inArray(
        staffAccounts.username,
        wanted.map((account) => account.username),
      ),
    );
  const have = new Set(existing.map((row) => row.username));
  const missing = wanted.filter((account) => !have.has(account.username));
  if (missing.length === 0) return { seeded: 0 };
  const passwordHash = await hashPassword(DEMO_STAFF_PASSWORD);
  await db.transaction(async (tx) => {
    const rows = missing.map((account) => ({
      id: newId(now.getTime()),
      ...account,
      passwordHash,
      passwordChangedAt: now,
      totpSecretEncrypted: cipher.encrypt(newTotpSecret()),
      activatedAt: now,
      createdAt: now,
      createdBy: 'demo-seed',
    }));
    await tx.insert(staffAccounts).values(rows).onConflictDoNothing();
    await recordAudit(tx, {
      actor: { type: 'system', id: 'demo-seed' },
      action: 'staff.demo-seeded',
      subjectType: 'staff-account',
      subjectId: 'demo',
      data: { usernames: missing.map((account) => account.username) },
    });
  });
  return { seeded: missing.length };
}
