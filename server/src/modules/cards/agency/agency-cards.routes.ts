import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { perStaffMemberLimit } from '../../../platform/auth/staff-rate-limit.ts';
import { errorResponses } from '../../../platform/http/error-responses.ts';
import { agencyCardTasksRoutes } from './agency-card-tasks.routes.ts';
import {
  agencyCardContext,
  cardStaffOf,
  type AgencyCardsRouteOptions,
} from './agency-cards-context.ts';
import { presentAgencyCard, presentLookup } from './agency-cards.presenter.ts';
import {
  agencyCardParamsSchema,
  agencyCardSchema,
  formalLossBodySchema,
  lookupBodySchema,
  lookupSchema,
  passwordResetBodySchema,
} from './agency-cards.schemas.ts';
import { getAgencyCard } from './get-agency-card.ts';
import { lookUpCardsAtCounter } from './look-up-cards-at-counter.ts';
import { recordFormalLoss } from './record-formal-loss.ts';
import { resetCardPassword } from './reset-card-password.ts';

export type { AgencyCardsRouteOptions } from './agency-cards-context.ts';

const changeErrors = errorResponses(400, 401, 403, 404, 409);

/**
 * The agency back office for social security cards: the counter lookup of a holder's cards, a
 * card's page, and what staff do at the counter — a formal loss report, a password reset — plus
 * the task queue. Staff see and change only the cards their agency issued (404 otherwise); every
 * change is version-checked (409) and audited with the staff member.
 */
export const agencyCardsRoutes: FastifyPluginAsyncZod<AgencyCardsRouteOptions> = async (
  app,
  options,
) => {
  const { db, cipher } = options;
  const presentCard = async (
    staff: ReturnType<typeof cardStaffOf>,
    ref: { personId: string; cardId: string },
  ) =>
    presentAgencyCard(
      await getAgencyCard({ db, cipher, staff, ...ref }),
      await agencyCardContext(options),
    );

  app.post(
    '/agency/cards/lookup',
    {
      config: {
        policy: 'agency',
        // Per staff member, after sign-in is checked: a lookup is for a holder at the counter,
        // not a trawl through the register.
        rateLimit: perStaffMemberLimit('card-lookup', 20),
      },
      schema: {
        tags: ['agency-cards'],
        summary:
          "A holder's cards of my agency, by card number or ID number (in the body; audited)",
        body: lookupBodySchema,
        response: { 200: lookupSchema, ...errorResponses(400, 401, 403, 429) },
      },
    },
    async (request, reply) => {
      const found = await lookUpCardsAtCounter({
        db,
        cipher,
        staff: cardStaffOf(request.staff),
        ...request.body,
      });
      reply.header('cache-control', 'no-store');
      return presentLookup(found, await agencyCardContext(options));
    },
  );

  app.get(
    '/agency/cards/:personId/:cardId',
    {
      config: { policy: 'agency' },
      schema: {
        tags: ['agency-cards'],
        summary: 'A card of my agency: holder (masked), state, open task, actions, timeline',
        params: agencyCardParamsSchema,
        response: { 200: agencyCardSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => presentCard(cardStaffOf(request.staff), request.params),
  );

  app.post(
    '/agency/cards/:personId/:cardId/formal-loss',
    {
      config: { policy: 'agency' },
      schema: {
        tags: ['agency-cards'],
        summary: 'Record a formal loss report (正式挂失) with the holder at the counter',
        params: agencyCardParamsSchema,
        body: formalLossBodySchema,
        response: { 200: agencyCardSchema, ...changeErrors },
      },
    },
    async (request) => {
      const staff = cardStaffOf(request.staff);
      await recordFormalLoss({ db, staff, ...request.params, ...request.body });
      return presentCard(staff, request.params);
    },
  );

  app.post(
    '/agency/cards/:personId/:cardId/password-reset',
    {
      config: { policy: 'agency' },
      schema: {
        tags: ['agency-cards'],
        summary: 'Reset the service password of a locked card; the holder types the new one',
        params: agencyCardParamsSchema,
        body: passwordResetBodySchema,
        response: { 200: agencyCardSchema, ...changeErrors },
      },
    },
    async (request) => {
      const staff = cardStaffOf(request.staff);
      await resetCardPassword({ db, cipher, staff, ...request.params, ...request.body });
      return presentCard(staff, request.params);
    },
  );

  await app.register(agencyCardTasksRoutes, options);
};
