import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { chinaToday } from '../../platform/clock.ts';
import { validateCitizenId, validateCreditCode } from '../../../../domain/identifiers/index.ts';
import { errorResponses } from '../../platform/http/error-responses.ts';

const validateBodySchema = z.strictObject({
  kind: z
    .enum(['citizen-id', 'credit-code'])
    .describe('citizen-id: GB 11643; credit-code: GB 32100'),
  value: z.string().max(64),
});

const validationResultSchema = z
  .object({
    valid: z.boolean(),
    normalized: z
      .string()
      .optional()
      .describe('The canonical form: spaces removed, upper case, 18 characters'),
    errors: z.array(z.object({ code: z.string(), message: z.string(), messageEn: z.string() })),
    details: z
      .object({
        birthDate: z.iso.date(),
        sex: z.enum(['male', 'female']),
        regionCode: z.string(),
      })
      .optional()
      .describe('For citizen ID numbers only'),
  })
  .meta({ id: 'IdentifierValidation' });

function presentValidation(result: {
  valid: boolean;
  normalized?: string | undefined;
  errors: readonly { code: string; message: string; messageEn: string }[];
}) {
  return {
    valid: result.valid,
    ...(result.normalized ? { normalized: result.normalized } : {}),
    errors: result.errors.map(({ code, message, messageEn }) => ({ code, message, messageEn })),
  };
}

/** `POST /identifiers/validate`: checks a citizen ID number or a unified social credit code. */
export const identifiersRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/identifiers/validate',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['identifiers'],
        summary: 'Check a citizen ID number or a unified social credit code',
        body: validateBodySchema,
        response: { 200: validationResultSchema, ...errorResponses(400) },
      },
    },
    async (request) => {
      const { kind, value } = request.body;
      if (kind === 'credit-code') return presentValidation(validateCreditCode(value));
      const result = validateCitizenId(value, { today: chinaToday() });
      return {
        ...presentValidation(result),
        ...(result.valid
          ? {
              details: {
                birthDate: result.details.birthDate,
                sex: result.details.sex,
                regionCode: result.details.regionCode,
              },
            }
          : {}),
      };
    },
  );
};
