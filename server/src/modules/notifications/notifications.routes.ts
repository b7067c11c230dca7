import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../platform/db/database.ts';
import { errorResponses } from '../../platform/http/error-responses.ts';
import { findBoundPersonId } from '../identity/index.ts';
import { markNotificationRead } from './commands/mark-notification-read.ts';
import { presentNotification } from './notifications.presenter.ts';
import {
  notificationListQuerySchema,
  notificationListSchema,
  notificationParamsSchema,
  notificationSchema,
} from './notifications.schemas.ts';
import { listNotifications } from './queries/list-notifications.ts';

export interface NotificationsRouteOptions {
  db: Db;
}

/** The citizen's in-app messages (站内消息): read them, mark them read. */
export const notificationsRoutes: FastifyPluginAsyncZod<NotificationsRouteOptions> = async (
  app,
  { db },
) => {
  app.get(
    '/me/notifications',
    {
      config: { policy: 'citizen' },
      schema: {
        tags: ['notifications'],
        summary: 'My notifications, newest first, with the number unread',
        querystring: notificationListQuerySchema,
        response: { 200: notificationListSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const personId = await findBoundPersonId({ db, accountId: request.session!.accountId });
      const { notifications, unreadCount } = await listNotifications({
        db,
        personId,
        ...request.query,
      });
      return { notifications: notifications.map(presentNotification), unreadCount };
    },
  );

  app.post(
    '/me/notifications/:id/read',
    {
      config: { policy: 'citizen' },
      schema: {
        tags: ['notifications'],
        summary: 'Mark one of my notifications read',
        params: notificationParamsSchema,
        response: { 200: notificationSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const personId = await findBoundPersonId({ db, accountId: request.session!.accountId });
      return presentNotification(
        await markNotificationRead({ db, personId, notificationId: request.params.id }),
      );
    },
  );
};
