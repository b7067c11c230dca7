import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  addCalendarDays,
  addWorkingDays,
  calendarDayDeadline,
  CalendarNotCoveredError,
  coveredYears,
  workingDayDeadline,
  type Deadline,
} from '../../../../domain/calendar/index.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { errorResponses } from '../../platform/http/error-responses.ts';
import { presentCalendarYears } from './calendar.presenter.ts';
import { selectStoredArrangements } from './calendar.repository.ts';
import { calendarYearsSchema, deadlineQuerySchema, deadlineSchema } from './calendar.schemas.ts';

function deadlineOf(query: {
  from: string;
  workingDays?: number | undefined;
  calendarDays?: number | undefined;
  allowProvisional: boolean;
}): Deadline {
  const { from, workingDays, calendarDays, allowProvisional } = query;
  if (allowProvisional)
    return workingDays !== undefined
      ? workingDayDeadline(from, workingDays)
      : calendarDayDeadline(from, calendarDays!);
  const date =
    workingDays !== undefined
      ? addWorkingDays(from, workingDays)
      : addCalendarDays(from, calendarDays!);
  return { date, provisional: false };
}

/**
 * `GET /calendar/deadline`: the last day of a legal period (Civil Code Arts. 201 and 203);
 * `GET /calendar/years`: the years whose holiday arrangement this server knows, and from where.
 */
export const calendarRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/calendar/deadline',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['calendar'],
        summary: 'The deadline of a period in working days or calendar days',
        querystring: deadlineQuerySchema,
        response: { 200: deadlineSchema, ...errorResponses(400, 422) },
      },
    },
    async (request) => {
      try {
        const { date, provisional } = deadlineOf(request.query);
        return { deadline: date, provisional };
      } catch (error) {
        if (error instanceof CalendarNotCoveredError) {
          throw new AppError('CALENDAR_NOT_COVERED', {
            details: { year: error.year, coveredYears: coveredYears() },
          });
        }
        throw error;
      }
    },
  );

  app.get(
    '/calendar/years',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['calendar'],
        summary: 'The years whose holiday arrangement is known, from the package or loaded',
        response: { 200: calendarYearsSchema },
      },
    },
    async () => presentCalendarYears(await selectStoredArrangements(db)),
  );
};
