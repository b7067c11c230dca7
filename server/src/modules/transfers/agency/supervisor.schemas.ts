import { z } from 'zod';
import { insuranceSchemes } from '../../../../../domain/schemes.ts';
import { transferApplicationStatuses } from '../../../../../domain/transfer/application-status.ts';
import { handlingSteps } from './supervisor-handling-times.ts';

const side = z.enum(['transfer-in', 'transfer-out']);

export const overdueQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(1000).default(200).describe('At most this many cases'),
});

export const overdueCasesSchema = z
  .object({
    today: z.string().describe('The day (China time) the cases are overdue on'),
    total: z.int().describe('All overdue cases of the agency, also those past the limit'),
    cases: z.array(
      z.object({
        id: z.uuid(),
        scheme: z.enum(insuranceSchemes),
        status: z.enum(transferApplicationStatuses),
        fromRegion: z.string(),
        toRegion: z.string(),
        submittedAt: z.string(),
        deadlineOn: z.string().describe('The last day of the open step’s legal period'),
        stepWith: side.describe('The agency whose step it is'),
        stepIsOurs: z.boolean().describe('Whether that is the supervisor’s own agency'),
        daysOverdue: z.int(),
        workingDaysOverdue: z.int().nullable(),
      }),
    ),
  })
  .meta({ id: 'AgencyOverdueCases' });

export const handlingTimesQuerySchema = z.strictObject({
  days: z.coerce.number().int().min(1).max(366).default(90).describe('The window, in days'),
});

export const handlingTimesSchema = z
  .object({
    since: z.string().describe('Steps taken from this time on are counted'),
    steps: z.array(
      z.object({
        step: z
          .enum(handlingSteps)
          .describe(
            'rejected: refusals on review (不予受理), timed from the submission; refused-after-acceptance: refusals of an accepted case (不予办理), timed from the acceptance',
          ),
        count: z.int(),
        averageWorkingDays: z.number().nullable(),
        averageHours: z.number().nullable(),
      }),
    ),
  })
  .meta({ id: 'AgencyHandlingTimes' });
