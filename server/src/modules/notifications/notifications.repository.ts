import { and, count, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.ts';
import { citizenNotifications } from './notifications.tables.ts';

export type NotificationRow = typeof citizenNotifications.$inferSelect;
export type NewNotificationRow = typeof citizenNotifications.$inferInsert;

/**
 * Writes a notification unless one with the same source key exists; true when this call wrote it.
 * The unique source key makes a redelivered event a no-op even past the event inbox.
 */
export async function insertNotificationOnce(
  db: Executor,
  row: NewNotificationRow,
): Promise<boolean> {
  const inserted = await db
    .insert(citizenNotifications)
    .values(row)
    .onConflictDoNothing({ target: citizenNotifications.sourceKey })
    .returning({ id: citizenNotifications.id });
  return inserted.length > 0;
}

/** The person's notifications, newest first (ids are time-ordered and break a tie), a page at a time. */
export async function selectNotifications(
  db: Executor,
  personId: string,
  page: { limit: number; before?: string | undefined },
): Promise<NotificationRow[]> {
  const conditions = [eq(citizenNotifications.personId, personId)];
  if (page.before) {
    // Keyset paging: strictly older than the last one shown.
    conditions.push(
      sql`(${citizenNotifications.createdAt}, ${citizenNotifications.id}) < (select created_at, id from citizen_notifications where id = ${page.before} and person_id = ${personId})`,
    );
  }
  return db
    .select()
    .from(citizenNotifications)
    .where(and(...conditions))
    .orderBy(desc(citizenNotifications.createdAt), desc(citizenNotifications.id))
    .limit(page.limit);
}

/** How many of the person's notifications are unread. */
export async function countUnread(db: Executor, personId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(citizenNotifications)
    .where(and(eq(citizenNotifications.personId, personId), isNull(citizenNotifications.readAt)));
  return row?.n ?? 0;
}

/**
 * Marks the person's notification read (the first reading time is kept); undefined when the
 * person has no notification with this id.
 */
export async function markRead(
  db: Executor,
  personId: string,
  id: string,
  now: Date,
): Promise<NotificationRow | undefined> {
  const [row] = await db
    .update(citizenNotifications)
    .set({ readAt: sql`coalesce(${citizenNotifications.readAt}, ${now})` })
    .where(and(eq(citizenNotifications.id, id), eq(citizenNotifications.personId, personId)))
    .returning();
  return row;
}
