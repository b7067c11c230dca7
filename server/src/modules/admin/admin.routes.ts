import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../platform/db/database.ts';
import type { TransferDestinationRegistry } from '../regions/index.ts';
import { auditLogRoutes } from './audit-log.routes.ts';
import { openingsRoutes } from './openings.routes.ts';
import { settingsRoutes } from './settings.routes.ts';

/**
 * The administrators' routes other than staff accounts (those are the staff module's): online
 * transfer openings and settings for the sysadmin, security policy for the secadmin, the audit log
 * for the auditadmin. Each route admits one role only: none holds another's permissions.
 */
export const adminRoutes: FastifyPluginAsyncZod<{
  db: Db;
  registry: TransferDestinationRegistry;
}> = async (app, { db, registry }) => {
  await app.register(openingsRoutes, { db, registry });
  await app.register(settingsRoutes, { db });
  await app.register(auditLogRoutes, { db });
};
