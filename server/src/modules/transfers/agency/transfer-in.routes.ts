import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { chinaToday } from '../../../platform/clock.ts';
import type { FieldCipher } from '../../../platform/crypto/index.ts';
import type { Db } from '../../../platform/db/database.ts';
import { errorResponses } from '../../../platform/http/error-responses.ts';
import type { TransferDestinationRegistry } from '../../regions/index.ts';
import { acceptTransferApplication } from './accept-transfer-application.ts';
import { agencyActor, type AgencyActor } from './agency-case-access.ts';
import { presentAgencyCase } from './agency.presenter.ts';
import {
  acceptBodySchema,
  caseParamsSchema,
  caseSchema,
  rejectBodySchema,
} from './agency.schemas.ts';
import { getAgencyCase } from './get-agency-case.ts';
import { rejectTransferApplication } from './reject-transfer-application.ts';

/**
 * The transfer-in agency's decisions on an application: accept (with the contact letter) or
 * reject. The transfer-out agency may reject too, once the case is accepted (its checks).
 */
export const transferInRoutes: FastifyPluginAsyncZod<{
  db: Db;
  cipher: FieldCipher;
  registry: TransferDestinationRegistry;
}> = async (app, { db, cipher, registry }) => {
  // The answer is the case page as it now stands.
  const casePage = async (actor: AgencyActor, applicationId: string) =>
    presentAgencyCase(
      await getAgencyCase({ db, cipher, registry, actor, applicationId, today: chinaToday() }),
    );

  app.post(
    '/agency/cases/:id/accept',
    {
      config: { policy: 'agency' },
      schema: {
        tags: ['agency'],
        summary: 'Accept an application and send the contact letter to the transfer-out agency',
        params: caseParamsSchema,
        body: acceptBodySchema,
        response: { 200: caseSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = agencyActor(request.staff!);
      await acceptTransferApplication({
        db,
        cipher,
        registry,
        actor,
        applicationId: request.params.id,
        version: request.body.version,
      });
      return casePage(actor, request.params.id);
    },
  );

  app.post(
    '/agency/cases/:id/reject',
    {
      config: { policy: 'agency' },
      schema: {
        tags: ['agency'],
        summary: 'Reject an application with a reason code and an explanation the applicant reads',
        params: caseParamsSchema,
        body: rejectBodySchema,
        response: { 200: caseSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = agencyActor(request.staff!);
      await rejectTransferApplication({
        db,
        actor,
        applicationId: request.params.id,
        ...request.body,
      });
      return casePage(actor, request.params.id);
    },
  );
};
