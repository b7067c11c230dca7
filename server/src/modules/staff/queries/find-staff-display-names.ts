import { inArray } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/database.ts';
import { staffAccounts } from '../staff.tables.ts';

/**
 * The display names and agencies of the given staff accounts, by id — disabled accounts too, so
 * that a case's history still says who acted (e.g. the staff timeline of a transfer).
 */
export async function findStaffDisplayNames(
  db: Executor,
  ids: readonly string[],
): Promise<Map<string, { displayName: string; agencyRegionCode: string | null }>> {
  const uuids = [...new Set(ids)].filter((id) =>
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id),
  );
  if (uuids.length === 0) return new Map();
  const rows = await db
    .select({
      id: staffAccounts.id,
      displayName: staffAccounts.displayName,
      agencyRegionCode: staffAccounts.agencyRegionCode,
    })
    .from(staffAccounts)
    .where(inArray(staffAccounts.id, uuids));
  return new Map(rows.map(({ id, ...names }) => [id, names]));
}
