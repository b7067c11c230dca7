import { inArray } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/database.ts';
import { staffAccounts } from '../staff.tables.ts';

/** The user names of the given staff accounts (e.g. the actors of audit entries), by id. */
export async function findStaffUsernames(
  db: Executor,
  ids: readonly string[],
): Promise<Map<string, string>> {
  // Audit actor ids of other kinds are not UUIDs: only those that can be account ids are asked.
  const uuids = [...new Set(ids)].filter((id) =>
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id),
  );
  if (uuids.length === 0) return new Map();
  const rows = await db
    .select({ id: staffAccounts.id, username: staffAccounts.username })
    .from(staffAccounts)
    .where(inArray(staffAccounts.id, uuids));
  return new Map(rows.map((row) => [row.id, row.username]));
}
