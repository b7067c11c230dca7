import type { Executor } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { markRead, type NotificationRow } from '../notifications.repository.ts';

/**
 * Marks one of the person's notifications read; reading it again keeps the first time. Someone
 * else's notification (or none) answers NOTIFICATION_NOT_FOUND and changes nothing. Not audited:
 * it is the recipient's own reading state, not a decision about anyone's case.
 */
export async function markNotificationRead({
  db,
  personId,
  notificationId,
  now = new Date(),
}: {
  db: Executor;
  personId: string | null;
  notificationId: string;
  now?: Date;
}): Promise<NotificationRow> {
  const row = personId === null ? undefined : await markRead(db, personId, notificationId, now);
  if (!row) throw new AppError('NOTIFICATION_NOT_FOUND');
  return row;
}
