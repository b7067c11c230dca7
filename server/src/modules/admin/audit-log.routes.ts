import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { verifyAuditChain } from '../../platform/audit/index.ts';
import type { Db } from '../../platform/db/database.ts';
import { errorResponses } from '../../platform/http/error-responses.ts';
import {
  auditLogPageSchema,
  auditLogQuerySchema,
  auditVerificationSchema,
} from './audit-log.schemas.ts';
import { listAuditEntries } from './queries/list-audit-entries.ts';

/** The audit administrator reads the audit log and checks its hash chain; nothing here writes. */
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
    async () => {
      const report = await verifyAuditChain(db);
      return {
        ok: report.ok,
        entries: report.entries,
        brokenAt: report.ok ? null : report.brokenAt,
        verifiedAt: new Date().toISOString(),
      };
    },
  );
};
