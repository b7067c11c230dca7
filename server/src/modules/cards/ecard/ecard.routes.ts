import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../../platform/http/error-responses.ts';
import { applyForEcard } from './commands/apply-for-ecard.ts';
import {
  authoriseEcardDuringLoss,
  revokeEcardLossAuthorisation,
} from './commands/authorise-ecard-during-loss.ts';
import { issueEcardQr } from './commands/issue-ecard-qr.ts';
import { presentEcard, presentQrCode } from './ecard.presenter.ts';
import {
  cardParamsSchema,
  ecardListSchema,
  ecardParamsSchema,
  ecardQrSchema,
  ecardSchema,
  lossAuthorisationBodySchema,
  lossAuthorisationSchema,
  revokedSchema,
} from './ecard.schemas.ts';
import type { EcardRouteContext } from './ecard-routes-context.ts';
import { getEcard, listEcards } from './queries/list-ecards.ts';

/** The holder's e-cards: apply, see them, show a QR code, authorise use during a loss report. */
export const ecardHolderRoutes: FastifyPluginAsyncZod<EcardRouteContext> = async (app, options) => {
  const { db, keyring, referenceKey, now, presenterContext, config } = options;
  const freshMinutes = config.realPersonAuthFreshMinutes;
  const presentOne = async (accountId: string, ecardId: string) =>
    presentEcard(await getEcard({ db, accountId, ecardId, now: now() }), await presenterContext());

  app.get(
    '/me/ecards',
    {
      config: { policy: 'citizen' },
      schema: {
        tags: ['cards'],
        summary: "My e-cards and my family members' that I may show, newest first",
        response: { 200: ecardListSchema, ...errorResponses(401, 422) },
      },
    },
    async (request) => {
      const [views, context] = await Promise.all([
        listEcards({ db, accountId: request.session!.accountId, now: now() }),
        presenterContext(),
      ]);
      return { ecards: views.map((view) => presentEcard(view, context)) };
    },
  );

  app.get(
    '/me/ecards/:id',
    {
      config: { policy: 'citizen' },
      schema: {
        tags: ['cards'],
        summary: 'One e-card I may show, with its card state now',
        params: ecardParamsSchema,
        response: { 200: ecardSchema, ...errorResponses(400, 401, 404, 422) },
      },
    },
    async (request) => presentOne(request.session!.accountId, request.params.id),
  );

  app.post(
    '/me/cards/:id/ecard',
    {
      config: { policy: 'citizen' },
      schema: {
        tags: ['cards'],
        summary:
          'Apply for the e-card of one of my cards (not a cancelled one; one per card), after a real-person authentication',
        params: cardParamsSchema,
        response: { 201: ecardSchema, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const accountId = request.session!.accountId;
      const ecard = await applyForEcard({
        db,
        accountId,
        freshMinutes,
        cardId: request.params.id,
        now: now(),
      });
      return reply.status(201).send(await presentOne(accountId, ecard.id));
    },
  );

  app.post(
    '/me/ecards/:id/qr',
    {
      config: { policy: 'citizen', rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: {
        tags: ['cards'],
        summary:
          'A QR code for the e-card, valid ECARD_QR_SECONDS; refused while the card is cancelled, not usable, or reported lost without my authorisation',
        params: ecardParamsSchema,
        response: { 200: ecardQrSchema, ...errorResponses(400, 401, 404, 409, 422, 429) },
      },
    },
    async (request) =>
      presentQrCode(
        await issueEcardQr({
          db,
          keyring,
          referenceKey,
          accountId: request.session!.accountId,
          ecardId: request.params.id,
          lifetimeSeconds: config.ecard.qrSeconds,
          now: now(),
        }),
        config.ecard.qrSeconds,
      ),
  );

  app.post(
    '/me/ecards/:id/temporary-loss-authorisation',
    {
      config: { policy: 'citizen' },
      schema: {
        tags: ['cards'],
        summary:
          'Authorise the e-card while the card is reported lost for now (after a real-person authentication)',
        params: ecardParamsSchema,
        body: lossAuthorisationBodySchema,
        response: { 201: lossAuthorisationSchema, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const authorisation = await authoriseEcardDuringLoss({
        db,
        accountId: request.session!.accountId,
        freshMinutes,
        ecardId: request.params.id,
        minutes: request.body.minutes,
        now: now(),
      });
      return reply.status(201).send({
        ecardId: authorisation.ecardId,
        authorisedAt: authorisation.authorisedAt.toISOString(),
        expiresAt: authorisation.expiresAt.toISOString(),
      });
    },
  );

  app.post(
    '/me/ecards/:id/temporary-loss-authorisation/revoke',
    {
      config: { policy: 'citizen' },
      schema: {
        tags: ['cards'],
        summary: 'End my authorisation of the e-card during a loss report at once',
        params: ecardParamsSchema,
        response: { 200: revokedSchema, ...errorResponses(400, 401, 404, 422) },
      },
    },
    async (request) =>
      revokeEcardLossAuthorisation({
        db,
        accountId: request.session!.accountId,
        ecardId: request.params.id,
        now: now(),
      }),
  );
};
