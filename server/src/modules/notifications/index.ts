export { notificationsRoutes, type NotificationsRouteOptions } from './notifications.routes.ts';
export { notificationSubscriptions } from './notifications.subscriptions.ts';
export { listNotifications } from './queries/list-notifications.ts';
export { markNotificationRead } from './commands/mark-notification-read.ts';
export { transferStepMessage, notifiedTransferSteps } from './transfer-step-messages.ts';
export { citizenNotifications } from './notifications.tables.ts';
