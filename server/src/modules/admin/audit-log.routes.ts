import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../platform/db/database.ts';
import { errorResponses } from '../../platform/http/error-responses.ts';
import {
  auditLogPageSchema,
  auditLogQuerySchema,
  auditVerificationSchema,
} from './audit-log.schemas.ts';
import { adminActor } from './admin-actor.ts';
import { listAuditEntries } from './queries/list-audit-entries.ts';
import { verifyAuditLog } from './queries/verify-audit-log.ts';

/**
 * The audit administrator reads the audit log and checks its hash chain. Each read and each check
 * is itself written to the log before the answer leaves: who, with which filter, when.
 */
export const auditLogRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/admin/audit-log',
    {
      config: { policy: 'auditadmin' },
      schema: {
        tags: ['admin'],
        summary: 'The audit log, newest first, with filters',
        querystring: auditLogQuerySchema,
        response: { 200: auditLogPageSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const { action, actorType, subjectType, subjectId, before, limit } = request.query;
      return listAuditEntries({
        db,
        actor: adminActor(request.staff),
        filter: { actionPrefix: action, actorType, subjectType, subjectId, beforeSeq: before },
        limit,
      });
    },
  );

  app.get(
    '/admin/audit-log/verification',
    {
      config: { policy: 'auditadmin' },
      schema: {
        tags: ['admin'],
        summary: "Verify the audit log's hash chain and name the first broken link",
        response: { 200: auditVerificationSchema, ...errorResponses(401, 403) },
      },
    },
    async (request) => verifyAuditLog({ db, actor: adminActor(request.staff) }),
  );
};
