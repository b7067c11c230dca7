import { z } from 'zod';
import { normalizeMobilePhone } from './phone-number.ts';

/** A mainland mobile number, accepted as people type it and reduced to 11 digits. */
export const mobilePhoneSchema = z
  .string()
  .max(32)
  .transform((value, context) => {
    const phone = normalizeMobilePhone(value);
    if (!phone) {
      context.addIssue({
        code: 'custom',
        message: '请输入11位手机号码 / Enter an 11-digit mobile number',
      });
      return z.NEVER;
    }
    return phone;
  })
  .describe('Mainland mobile number: 11 digits; spaces, hyphens and +86 are accepted');

export const sendCodeBodySchema = z.strictObject({ phone: mobilePhoneSchema });

export const sendCodeResultSchema = z
  .object({
    expiresInSeconds: z.number().int(),
    resendAfterSeconds: z.number().int(),
  })
  .meta({ id: 'SignInCodeSent' });

export const signInBodySchema = z.strictObject({
  phone: mobilePhoneSchema,
  code: z
    .string()
    .regex(/^\d{6}$/)
    .describe('The six digits of the text message'),
});

export const citizenAccountSchema = z
  .object({
    phone: z.string().describe('Masked, e.g. 138****5678'),
    personBound: z.boolean().describe('Whether the account is bound to a person of the registry'),
    person: z
      .object({
        name: z.string().describe('Masked, e.g. 张*'),
        citizenId: z.string().describe('Masked, e.g. 1101**********002X'),
      })
      .nullable()
      .describe('The bound person, masked; null until bound'),
    realPersonAuthenticatedUntil: z.iso
      .datetime()
      .nullable()
      .describe('Until when the last real-person authentication counts for sensitive actions'),
    session: z.object({
      expiresAt: z.iso.datetime().describe('Absolute end of the session'),
      idleTimeoutSeconds: z
        .number()
        .int()
        .describe('The session ends after this long without activity'),
    }),
  })
  .meta({ id: 'CitizenAccount' });

export const bindPersonBodySchema = z.strictObject({
  name: z.string().max(50).describe('The name as registered, e.g. 张三'),
  citizenId: z
    .string()
    .max(40)
    .describe(
      'ID number: 18 characters (or a legacy 15-digit one); spaces and lower-case x accepted',
    ),
});
