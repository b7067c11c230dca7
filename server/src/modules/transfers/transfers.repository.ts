import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { InsuranceScheme } from '../../../../domain/schemes.ts';
import {
  OPEN_STATUSES,
  type TransferApplicationStatus,
} from '../../../../domain/transfer/application-status.ts';
import type { Executor } from '../../platform/db/database.ts';
import { transferApplicationActions, transferApplications } from './transfers.tables.ts';

export type ApplicationRow = typeof transferApplications.$inferSelect;
export type ActionRow = typeof transferApplicationActions.$inferSelect;

/** Whether the person has an open application for the scheme. */
export async function hasOpenApplication(
  db: Executor,
  personId: string,
  scheme: InsuranceScheme,
): Promise<boolean> {
  const rows = await db
    .select({ id: transferApplications.id })
    .from(transferApplications)
    .where(
      and(
        eq(transferApplications.personId, personId),
        eq(transferApplications.scheme, scheme),
        inArray(transferApplications.status, [...OPEN_STATUSES]),
      ),
    )
    .limit(1);
  return rows.length > 0;
}

export async function insertApplication(
  db: Executor,
  row: typeof transferApplications.$inferInsert,
): Promise<ApplicationRow> {
  const [inserted] = await db.insert(transferApplications).values(row).returning();
  return inserted!;
}

export async function insertAction(
  db: Executor,
  row: typeof transferApplicationActions.$inferInsert,
): Promise<ActionRow> {
  const [inserted] = await db.insert(transferApplicationActions).values(row).returning();
  return inserted!;
}

/** The person's application with this id; another person's is not found. */
export async function selectApplication(
  db: Executor,
  personId: string,
  id: string,
): Promise<ApplicationRow | undefined> {
  const [row] = await db
    .select()
    .from(transferApplications)
    .where(and(eq(transferApplications.id, id), eq(transferApplications.personId, personId)));
  return row;
}

/** The person's applications, newest first. */
export async function selectApplications(
  db: Executor,
  personId: string,
): Promise<ApplicationRow[]> {
  return db
    .select()
    .from(transferApplications)
    .where(eq(transferApplications.personId, personId))
    .orderBy(desc(transferApplications.submittedAt));
}

/** The actions of the applications, oldest first. */
export async function selectActions(
  db: Executor,
  applicationIds: readonly string[],
): Promise<ActionRow[]> {
  if (applicationIds.length === 0) return [];
  return db
    .select()
    .from(transferApplicationActions)
    .where(inArray(transferApplicationActions.applicationId, [...applicationIds]))
    .orderBy(asc(transferApplicationActions.applicationId), asc(transferApplicationActions.seq));
}

/**
 * Moves the application to `status` when it is still at `version` and in `from`: the compare and
 * set of optimistic concurrency. Undefined when another change came first.
 */
export async function updateStatusIfCurrent(
  db: Executor,
  change: {
    personId: string;
    id: string;
    version: number;
    from: TransferApplicationStatus;
    to: TransferApplicationStatus;
  },
): Promise<ApplicationRow | undefined> {
  const [row] = await db
    .update(transferApplications)
    .set({ status: change.to, version: sql`${transferApplications.version} + 1` })
    .where(
      and(
        eq(transferApplications.id, change.id),
        eq(transferApplications.personId, change.personId),
        eq(transferApplications.version, change.version),
        eq(transferApplications.status, change.from),
      ),
    )
    .returning();
  return row;
}

/** The next sequence number of the application's history. */
export async function nextActionSeq(db: Executor, applicationId: string): Promise<number> {
  const [row] = await db
    .select({ max: sql<number>`coalesce(max(${transferApplicationActions.seq}), 0)::int` })
    .from(transferApplicationActions)
    .where(eq(transferApplicationActions.applicationId, applicationId));
  return (row?.max ?? 0) + 1;
}
