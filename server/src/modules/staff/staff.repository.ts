import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.ts';
import { staffAccounts } from './staff.tables.ts';

export type StaffAccountRow = typeof staffAccounts.$inferSelect;

export async function selectStaffByUsername(
  db: Executor,
  username: string,
  options: { lock?: boolean } = {},
): Promise<StaffAccountRow | undefined> {
  const query = db.select().from(staffAccounts).where(eq(staffAccounts.username, username));
  const [row] = options.lock ? await query.for('update') : await query;
  return row;
}

export async function selectStaffById(
  db: Executor,
  id: string,
  options: { lock?: boolean } = {},
): Promise<StaffAccountRow | undefined> {
  const query = db.select().from(staffAccounts).where(eq(staffAccounts.id, id));
  const [row] = options.lock ? await query.for('update') : await query;
  return row;
}

export async function selectStaffAccounts(
  db: Executor,
  filter: { agencyRegionCode?: string } = {},
): Promise<StaffAccountRow[]> {
  return db
    .select()
    .from(staffAccounts)
    .where(
      filter.agencyRegionCode
        ? eq(staffAccounts.agencyRegionCode, filter.agencyRegionCode)
        : undefined,
    )
    .orderBy(asc(staffAccounts.username));
}

/** Inserts the account; undefined when the user name is taken. */
export async function insertStaffAccount(
  db: Executor,
  row: typeof staffAccounts.$inferInsert,
): Promise<StaffAccountRow | undefined> {
  const [inserted] = await db
    .insert(staffAccounts)
    .values(row)
    .onConflictDoNothing({ target: staffAccounts.username })
    .returning();
  return inserted;
}

export async function updateStaffAccount(
  db: Executor,
  id: string,
  change: Partial<typeof staffAccounts.$inferInsert>,
): Promise<StaffAccountRow> {
  const [row] = await db
    .update(staffAccounts)
    .set({ ...change, version: sql`${staffAccounts.version} + 1` })
    .where(eq(staffAccounts.id, id))
    .returning();
  return row!;
}

/** Disables the account if it is still at `version` and enabled; undefined otherwise. */
export async function disableStaffIfCurrent(
  db: Executor,
  id: string,
  version: number,
  at: Date,
): Promise<StaffAccountRow | undefined> {
  const [row] = await db
    .update(staffAccounts)
    .set({ disabledAt: at, version: sql`${staffAccounts.version} + 1` })
    .where(
      and(
        eq(staffAccounts.id, id),
        eq(staffAccounts.version, version),
        isNull(staffAccounts.disabledAt),
      ),
    )
    .returning();
  return row;
}
