import type { Executor } from '../../../platform/db/database.ts';
import {
  countUnread,
  selectNotifications,
  type NotificationRow,
} from '../notifications.repository.ts';

/** A page of the person's notifications, newest first, and how many of all are unread. */
export async function listNotifications({
  db,
  personId,
  limit,
  before,
}: {
  db: Executor;
  /** Null: the account is bound to nobody yet, so nothing was ever sent to it. */
  personId: string | null;
  limit: number;
  before?: string | undefined;
}): Promise<{ notifications: NotificationRow[]; unreadCount: number }> {
  if (personId === null) return { notifications: [], unreadCount: 0 };
  const [notifications, unreadCount] = await Promise.all([
    selectNotifications(db, personId, { limit, before }),
    countUnread(db, personId),
  ]);
  return { notifications, unreadCount };
}
