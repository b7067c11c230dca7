import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { perStaffMemberLimit } from '../../../platform/auth/staff-rate-limit.ts';
import { chinaToday } from '../../../platform/clock.ts';
import type { FieldCipher } from '../../../platform/crypto/index.ts';
import type { Db } from '../../../platform/db/database.ts';
import { errorResponses } from '../../../platform/http/error-responses.ts';
import type { TransferDestinationRegistry } from '../../regions/index.ts';
import { agencyActor } from './agency-case-access.ts';
import { presentAgencyCase, presentQueue } from './agency.presenter.ts';
import {
  caseParamsSchema,
  caseSchema,
  queueParamsSchema,
  queueQuerySchema,
  queueSchema,
  revealBodySchema,
  revealSchema,
} from './agency.schemas.ts';
import { getAgencyCase } from './get-agency-case.ts';
import { listAgencyQueue } from './list-agency-queue.ts';
import { revealApplicantData } from './reveal-applicant-data.ts';
import { transferInRoutes } from './transfer-in.routes.ts';

export interface AgencyCasesRouteOptions {
  db: Db;
  cipher: FieldCipher;
  registry: TransferDestinationRegistry;
}

/** The agency back office's cases: work queues, the case page, the audited reveal, and the transfer-in steps. */
export const agencyCasesRoutes: FastifyPluginAsyncZod<AgencyCasesRouteOptions> = async (
  app,
  options,
) => {
  const { db, cipher, registry } = options;

  app.get(
    '/agency/queues/:queue',
    {
      config: { policy: 'agency' },
      schema: {
        tags: ['agency'],
        summary: 'A work queue of my agency: to accept, to process (transfer-out), to confirm',
        params: queueParamsSchema,
        querystring: queueQuerySchema,
        response: { 200: queueSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const { queue } = request.params;
      const { deadline, ...query } = request.query;
      const page = await listAgencyQueue({
        db,
        registry,
        actor: agencyActor(request.staff!),
        request: { queue, deadlineState: deadline, ...query },
        today: chinaToday(),
      });
      return presentQueue(queue, page);
    },
  );

  app.get(
    '/agency/cases/:id',
    {
      config: { policy: 'agency' },
      schema: {
        tags: ['agency'],
        summary: 'A case of my agency: applicant (masked), form, background checks, timeline',
        params: caseParamsSchema,
        response: { 200: caseSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      presentAgencyCase(
        await getAgencyCase({
          db,
          cipher,
          registry,
          actor: agencyActor(request.staff!),
          applicationId: request.params.id,
          today: chinaToday(),
        }),
      ),
  );

  app.post(
    '/agency/cases/:id/reveal',
    {
      config: {
        policy: 'agency',
        // Per staff member, after sign-in is checked: revealing is for a case in hand, not a trawl.
        rateLimit: perStaffMemberLimit('reveal', 10),
      },
      schema: {
        tags: ['agency'],
        summary: "Show the applicant's full ID number or phone, with a reason (audited)",
        params: caseParamsSchema,
        body: revealBodySchema,
        response: { 200: revealSchema, ...errorResponses(400, 401, 403, 404, 429) },
      },
    },
    async (request, reply) => {
      const { field, reason } = request.body;
      const value = await revealApplicantData({
        db,
        cipher,
        actor: agencyActor(request.staff!),
        applicationId: request.params.id,
        field,
        reason,
      });
      reply.header('cache-control', 'no-store');
      return { field, value };
    },
  );

  await app.register(transferInRoutes, options);
};
