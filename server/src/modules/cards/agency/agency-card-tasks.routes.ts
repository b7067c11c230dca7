import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { chinaToday } from '../../../platform/clock.ts';
import { errorResponses } from '../../../platform/http/error-responses.ts';
import {
  agencyCardContext,
  cardStaffOf,
  type AgencyCardsRouteOptions,
} from './agency-cards-context.ts';
import {
  presentAgencyCard,
  presentAgencyCardSummary,
  presentCardQueue,
} from './agency-cards.presenter.ts';
import {
  agencyCardSchema,
  completedTaskSchema,
  completeTaskBodySchema,
  refuseTaskBodySchema,
  taskParamsSchema,
  taskQueueQuerySchema,
  taskQueueSchema,
} from './agency-cards.schemas.ts';
import { completeCardTask } from './complete-card-task.ts';
import { getAgencyCard } from './get-agency-card.ts';
import { listAgencyCardQueue } from './list-agency-card-queue.ts';
import { refuseCardTask } from './refuse-card-task.ts';

const changeErrors = errorResponses(400, 401, 403, 404, 409);

/**
 * The agency's card task queue (经办任务) and its two outcomes: complete (the card cancelled, or a
 * new sealed card issued and the old one cancelled, or the formal loss recorded) or refuse with a
 * reason the holder reads. Another agency's task is not found (404); a stale version is 409.
 */
export const agencyCardTasksRoutes: FastifyPluginAsyncZod<AgencyCardsRouteOptions> = async (
  app,
  options,
) => {
  const { db, cipher } = options;
  const presentCard = async (
    staff: ReturnType<typeof cardStaffOf>,
    personId: string,
    cardId: string,
  ) =>
    presentAgencyCard(
      await getAgencyCard({ db, cipher, staff, personId, cardId }),
      await agencyCardContext(options),
    );

  app.get(
    '/agency/cards/tasks',
    {
      config: { policy: 'agency' },
      schema: {
        tags: ['agency-cards'],
        summary: "My agency's open card tasks by age: cancellations, new cards, formal losses",
        querystring: taskQueueQuerySchema,
        response: { 200: taskQueueSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) =>
      presentCardQueue(
        await listAgencyCardQueue({
          db,
          staff: cardStaffOf(request.staff),
          request: request.query,
        }),
        cipher,
        chinaToday(),
      ),
  );

  app.post(
    '/agency/cards/tasks/:id/complete',
    {
      config: { policy: 'agency' },
      schema: {
        tags: ['agency-cards'],
        summary:
          'Complete a task: cancel the card, or issue a new sealed card and cancel the old one, or record the formal loss',
        params: taskParamsSchema,
        body: completeTaskBodySchema,
        response: { 200: completedTaskSchema, ...changeErrors },
      },
    },
    async (request) => {
      const staff = cardStaffOf(request.staff);
      const { card, newCard } = await completeCardTask({
        db,
        cipher,
        staff,
        taskId: request.params.id,
        version: request.body.version,
      });
      return {
        card: await presentCard(staff, card.personId, card.id),
        newCard: newCard && presentAgencyCardSummary(newCard, await agencyCardContext(options)),
      };
    },
  );

  app.post(
    '/agency/cards/tasks/:id/refuse',
    {
      config: { policy: 'agency' },
      schema: {
        tags: ['agency-cards'],
        summary: "Refuse a task with a written reason, shown on the holder's card timeline",
        params: taskParamsSchema,
        body: refuseTaskBodySchema,
        response: { 200: agencyCardSchema, ...changeErrors },
      },
    },
    async (request) => {
      const staff = cardStaffOf(request.staff);
      const { card } = await refuseCardTask({
        db,
        staff,
        taskId: request.params.id,
        version: request.body.version,
        note: request.body.note,
      });
      return presentCard(staff, card.personId, card.id);
    },
  );
};
