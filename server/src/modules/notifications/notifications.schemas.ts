import { z } from 'zod';

export const notificationListQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(20).describe('How many, newest first'),
  before: z.uuid().optional().describe('The id of the last notification shown: the next page'),
});

export const notificationParamsSchema = z.strictObject({ id: z.uuid() });

export const notificationSchema = z
  .object({
    id: z.uuid(),
    title: z.object({ zh: z.string(), en: z.string() }),
    body: z.object({ zh: z.string(), en: z.string() }),
    subject: z.object({ type: z.enum(['transfer-application', 'card']), id: z.string() }),
    /** The web page that shows the subject. */
    link: z.string(),
    createdAt: z.string(),
    readAt: z.string().nullable(),
  })
  .meta({ id: 'CitizenNotification' });

export const notificationListSchema = z
  .object({
    notifications: z.array(notificationSchema),
    unreadCount: z.int().describe('Unread notifications in all, not only on this page'),
  })
  .meta({ id: 'CitizenNotificationList' });
