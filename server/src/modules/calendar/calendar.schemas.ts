import { z } from 'zod';

export const deadlineQuerySchema = z
  .strictObject({
    from: z.iso.date().describe('The day of the triggering event; counting starts the day after'),
    workingDays: z.coerce.number().int().min(1).max(366).optional(),
    calendarDays: z.coerce.number().int().min(1).max(3660).optional(),
    allowProvisional: z
      .enum(['true', 'false'])
      .default('false')
      .transform((value) => value === 'true')
      .describe(
        'true: past the published holiday arrangements, count by the statutory holidays alone and answer provisional: true, instead of 422',
      ),
  })
  .refine((q) => (q.workingDays === undefined) !== (q.calendarDays === undefined), {
    path: ['workingDays'],
    message: 'Give exactly one of workingDays and calendarDays',
  });

export const deadlineSchema = z
  .object({
    deadline: z.iso.date(),
    provisional: z
      .boolean()
      .describe(
        'The period reaches days whose holiday arrangement is not published yet: counted by the statutory holidays alone, it may move',
      ),
  })
  .meta({ id: 'Deadline' });

export const calendarYearsSchema = z
  .object({
    years: z.array(
      z.object({
        year: z.int(),
        source: z.enum(['package', 'loaded']).describe('chinese-days, or loaded by an operator'),
        notice: z.string().nullable().describe('The notice a loaded arrangement comes from'),
        loadedAt: z.string().nullable(),
      }),
    ),
    provisionalFrom: z.iso
      .date()
      .describe('From this day on, deadlines are provisional until the next arrangement is loaded'),
  })
  .meta({ id: 'CalendarYears' });
