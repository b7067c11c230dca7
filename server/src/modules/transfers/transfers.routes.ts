import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { chinaToday } from '../../platform/clock.ts';
import type { FieldCipher } from '../../platform/crypto/index.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { errorResponses } from '../../platform/http/error-responses.ts';
import {
  requestHash,
  runIdempotently,
  type IdempotentResponse,
} from '../../platform/idempotency/index.ts';
import { findBoundPersonId } from '../identity/index.ts';
import type { TransferDestinationRegistry } from '../regions/index.ts';
import { submitTransferApplication } from './commands/submit-transfer-application.ts';
import { withdrawTransferApplication } from './commands/withdraw-transfer-application.ts';
import { checkTransferEligibility } from './queries/check-transfer-eligibility.ts';
import { getTransferApplication } from './queries/get-transfer-application.ts';
import { listTransferApplications } from './queries/list-transfer-applications.ts';
import { toView } from './transfer-application-view.ts';
import type { ApplicationWithActions } from './transfers.repository.ts';
import { presentEligibility, presentTransferApplication } from './transfers.presenter.ts';
import {
  applicationListSchema,
  applicationParamsSchema,
  applicationSchema,
  eligibilityBodySchema,
  eligibilitySchema,
  idempotencyHeadersSchema,
  submitBodySchema,
  withdrawBodySchema,
} from './transfers.schemas.ts';

export interface TransfersRouteOptions {
  db: Db;
  cipher: FieldCipher;
  registry: TransferDestinationRegistry;
  /** REAL_PERSON_AUTH_FRESH_MINUTES. */
  freshMinutes: number;
}

/** The citizen's own transfer applications: eligibility, submit, follow, withdraw. */
export const transfersRoutes: FastifyPluginAsyncZod<TransfersRouteOptions> = async (
  app,
  options,
) => {
  const { db, cipher, registry, freshMinutes } = options;
  const boundPerson = async (accountId: string) => {
    const personId = await findBoundPersonId({ db, accountId });
    if (personId === null) throw new AppError('PERSON_NOT_BOUND');
    return personId;
  };
  const presentOne = async (personId: string, applicationId: string) =>
    presentTransferApplication(
      await getTransferApplication({ db, cipher, personId, applicationId, today: chinaToday() }),
      await registry.directory(),
    );

  app.post(
    '/me/transfer-applications/eligibility',
    {
      config: { policy: 'citizen' },
      schema: {
        tags: ['transfers'],
        summary: 'May I apply online to transfer this scheme to the destination?',
        body: eligibilityBodySchema,
        response: { 200: eligibilitySchema, ...errorResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request) =>
      presentEligibility(
        await checkTransferEligibility({
          db,
          registry,
          personId: await boundPerson(request.session!.accountId),
          ...request.body,
          today: chinaToday(),
        }),
      ),
  );

  app.post(
    '/me/transfer-applications',
    {
      config: { policy: 'citizen' },
      schema: {
        tags: ['transfers'],
        summary: 'Submit a transfer application (needs a recent real-person authentication)',
        headers: idempotencyHeadersSchema,
        body: submitBodySchema,
        response: { 201: applicationSchema, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const { accountId } = request.session!;
      const form = request.body;
      const response = await runIdempotently({
        db,
        scope: `citizen:${accountId}`,
        key: request.headers['idempotency-key'],
        hash: requestHash({ method: 'POST', route: 'transfer-applications', body: form }),
        run: async (held) => {
          const agencies = await registry.directory();
          // Presented from the rows as written: nothing to read back after the commit. Presented
          // once: the answer remembered under the key is the one sent (a batch written again one
          // submission at a time writes the same rows).
          let answer: IdempotentResponse | undefined;
          const respond = (submitted: ApplicationWithActions) =>
            (answer ??= {
              status: 201,
              body: presentTransferApplication(
                toView(submitted.application, submitted.actions, cipher, chinaToday()),
                agencies,
              ),
            });
          const submitted = await submitTransferApplication({
            db,
            registry,
            cipher,
            accountId,
            freshMinutes,
            form,
            // The key and the answer are remembered in the submission's own transaction.
            firstResponse: held && { held, respond },
          });
          return { ...respond(submitted), remembered: held !== undefined };
        },
      });
      return reply.code(201).send(response.body as ReturnType<typeof presentTransferApplication>);
    },
  );

  app.get(
    '/me/transfer-applications',
    {
      config: { policy: 'citizen' },
      schema: {
        tags: ['transfers'],
        summary: 'My transfer applications, newest first, each with its timeline',
        response: { 200: applicationListSchema, ...errorResponses(401, 422) },
      },
    },
    async (request) => {
      const personId = await boundPerson(request.session!.accountId);
      const views = await listTransferApplications({ db, cipher, personId, today: chinaToday() });
      const agencies = await registry.directory();
      return { applications: views.map((view) => presentTransferApplication(view, agencies)) };
    },
  );

  app.get(
    '/me/transfer-applications/:id',
    {
      config: { policy: 'citizen' },
      schema: {
        tags: ['transfers'],
        summary: 'One of my transfer applications: status, timeline, next deadline',
        params: applicationParamsSchema,
        response: { 200: applicationSchema, ...errorResponses(400, 401, 404, 422) },
      },
    },
    async (request) => presentOne(await boundPerson(request.session!.accountId), request.params.id),
  );

  app.post(
    '/me/transfer-applications/:id/withdraw',
    {
      config: { policy: 'citizen' },
      schema: {
        tags: ['transfers'],
        summary: 'Withdraw my application before the transfer-in agency accepts it',
        params: applicationParamsSchema,
        body: withdrawBodySchema,
        response: { 200: applicationSchema, ...errorResponses(400, 401, 404, 409, 422) },
      },
    },
    async (request) => {
      const { accountId } = request.session!;
      const personId = await boundPerson(accountId);
      await withdrawTransferApplication({
        db,
        accountId,
        personId,
        applicationId: request.params.id,
        version: request.body.version,
      });
      return presentOne(personId, request.params.id);
    },
  );
};
