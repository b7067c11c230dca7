import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { chinaToday } from '../../../platform/clock.ts';
import type { Db } from '../../../platform/db/database.ts';
import { errorResponses } from '../../../platform/http/error-responses.ts';
import { agencyActor } from './agency-case-access.ts';
import { getHandlingTimes } from './supervisor-handling-times.ts';
import { listOverdueCases } from './supervisor-overdue-cases.ts';
import { presentHandlingTimes, presentOverdueCases } from './supervisor.presenter.ts';
import {
  handlingTimesQuerySchema,
  handlingTimesSchema,
  overdueCasesSchema,
  overdueQuerySchema,
} from './supervisor.schemas.ts';

export interface SupervisorRouteOptions {
  db: Db;
}

/** What an agency supervisor watches over (issue 4): overdue cases and handling times, own agency only. */
export const supervisorRoutes: FastifyPluginAsyncZod<SupervisorRouteOptions> = async (
  app,
  { db },
) => {
  app.get(
    '/agency/supervision/overdue',
    {
      config: { policy: 'agency_supervisor' },
      schema: {
        tags: ['agency'],
        summary: 'Open cases of my agency (either side) past their legal deadline',
        querystring: overdueQuerySchema,
        response: { 200: overdueCasesSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const { agencyRegionCode } = agencyActor(request.staff!);
      const today = chinaToday();
      const overdue = await listOverdueCases({
        db,
        agencyRegionCode,
        today,
        limit: request.query.limit,
      });
      return presentOverdueCases(today, overdue);
    },
  );

  app.get(
    '/agency/supervision/handling-times',
    {
      config: { policy: 'agency_supervisor' },
      schema: {
        tags: ['agency'],
        summary: 'My agency’s average handling time per step, in working days and hours',
        querystring: handlingTimesQuerySchema,
        response: { 200: handlingTimesSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const { agencyRegionCode } = agencyActor(request.staff!);
      return presentHandlingTimes(
        await getHandlingTimes({ db, agencyRegionCode, days: request.query.days }),
      );
    },
  );
};
