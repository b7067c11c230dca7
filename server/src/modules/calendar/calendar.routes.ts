import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  addCalendarDays,
  addWorkingDays,
  CalendarNotCoveredError,
  coveredYears,
} from '../../../../domain/calendar/index.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { errorResponses } from '../../platform/http/error-responses.ts';

const deadlineQuerySchema = z
  .strictObject({
    from: z.iso.date().describe('The day of the triggering event; counting starts the day after'),
    workingDays: z.coerce.number().int().min(1).max(366).optional(),
    calendarDays: z.coerce.number().int().min(1).max(3660).optional(),
  })
  .refine((q) => (q.workingDays === undefined) !== (q.calendarDays === undefined), {
    path: ['workingDays'],
    message: 'Give exactly one of workingDays and calendarDays',
  });

const deadlineSchema = z.object({ deadline: z.iso.date() }).meta({ id: 'Deadline' });

/** `GET /calendar/deadline`: the last day of a legal period (Civil Code Arts. 201 and 203). */
export const calendarRoutes: FastifyPluginAsyncZod = async (app) => {
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
      const { from, workingDays, calendarDays } = request.query;
      try {
        const deadline =
          workingDays !== undefined
            ? addWorkingDays(from, workingDays)
            : addCalendarDays(from, calendarDays!);
        return { deadline };
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
};
