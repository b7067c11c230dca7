import { api } from './client.ts';
import type { components } from './schema.d.ts';
import { unwrap } from './unwrap.ts';

export type CitizenNotification = components['schemas']['CitizenNotification'];
export type CitizenNotificationList = components['schemas']['CitizenNotificationList'];

/** How many messages a page of 我的消息 shows before "more". */
export const NOTIFICATIONS_PAGE = 20;

/** The signed-in person's messages, newest first, after `before` (the last one shown). */
export async function listNotifications(
  before: string | undefined,
  signal?: AbortSignal,
): Promise<CitizenNotificationList> {
  return unwrap(
    api.GET('/api/v1/me/notifications', {
      params: { query: { limit: NOTIFICATIONS_PAGE, ...(before ? { before } : {}) } },
      signal,
    }),
  );
}

/** Marks one message read (reading it again keeps the first time). */
export async function markNotificationRead(id: string): Promise<CitizenNotification> {
  return unwrap(api.POST('/api/v1/me/notifications/{id}/read', { params: { path: { id } } }));
}

/** How many of the person's messages are unread (for the way to 我的消息). */
export async function countUnreadNotifications(signal?: AbortSignal): Promise<number> {
  const { unreadCount } = await unwrap(
    api.GET('/api/v1/me/notifications', { params: { query: { limit: 1 } }, signal }),
  );
  return unreadCount;
}
