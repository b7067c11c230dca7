import { z } from 'zod';
import { normalizeCounterCode } from './counter-code.ts';

export const startVerificationBodySchema = z.strictObject({
  method: z
    .enum(['face', 'counter-code'])
    .describe('Face recognition, or a counter code (柜台核验码)'),
  consent: z
    .strictObject({
      noticeVersion: z
        .string()
        .min(1)
        .max(40)
        .describe('The version of the notice the citizen read'),
      accepted: z.boolean(),
    })
    .optional()
    .describe('Without an accepted consent nothing starts (422 CONSENT_REQUIRED)'),
  channel: z.enum(['web', 'app', 'mini-program']).default('web'),
});

export const verificationStartedSchema = z
  .object({
    next: z
      .enum(['provider', 'development-confirm', 'counter-code'])
      .describe('Go to redirectUrl, confirm on the development page, or enter the counter code'),
    redirectUrl: z.string().nullable(),
  })
  .meta({ id: 'VerificationStarted' });

export const faceResultBodySchema = z.strictObject({
  transactionId: z.string().min(1).max(200),
  outcome: z.enum(['pass', 'fail']),
  score: z.number(),
  completedAt: z.string().max(40),
  signature: z.string().max(200).describe('Ed25519, base64, by the provider'),
});

export const counterCodeBodySchema = z.strictObject({
  code: z
    .string()
    .max(20)
    .transform((value, context) => {
      const code = normalizeCounterCode(value);
      if (!code) {
        context.addIssue({
          code: 'custom',
          message: '请输入8位柜台核验码 / Enter the 8-character counter code',
        });
        return z.NEVER;
      }
      return code;
    })
    .describe('The 8 characters the counter gave; case, spaces and hyphens do not matter'),
});

export const verificationResultSchema = z
  .object({
    result: z.enum(['passed', 'failed']),
    realPersonAuthenticatedUntil: z.iso.datetime().nullable(),
  })
  .meta({ id: 'VerificationResult' });
