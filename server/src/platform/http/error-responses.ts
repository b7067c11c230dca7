import { z } from 'zod';

export const errorSchema = z
  .object({
    code: z.string().describe('Stable error code; see docs/API.md'),
    message: z.string().describe('Message in Chinese'),
    messageEn: z.string().describe('Message in English'),
    fields: z
      .array(
        z.object({
          path: z.string(),
          location: z.enum(['body', 'query', 'params', 'headers']),
          message: z.string(),
          messageEn: z.string(),
        }),
      )
      .optional()
      .describe('Every invalid field, for validation errors'),
    details: z.record(z.string(), z.unknown()).optional(),
  })
  .meta({ id: 'Error' });

/** Response schemas for the error statuses a route can answer, for the OpenAPI document. */
export function errorResponses<const S extends number>(
  ...statuses: S[]
): Record<S, typeof errorSchema> {
  return Object.fromEntries(statuses.map((status) => [status, errorSchema])) as Record<
    S,
    typeof errorSchema
  >;
}
