import { z } from 'zod';
import { versionField } from '../../platform/http/version-field.ts';
import { staffRoles } from './staff-roles.ts';

const username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,39}$/, '3–40 letters, digits, dots, dashes or underscores');
const totpCode = z
  .string()
  .trim()
  .regex(/^\d{6}$/, 'six digits');

export const staffSignInBodySchema = z.strictObject({
  username: z.string().trim().min(1).max(40),
  password: z.string().min(1).max(1024),
  totpCode,
});

export const activationStartBodySchema = z.strictObject({
  username: z.string().trim().min(1).max(40),
  activationCode: z.string().trim().min(1).max(40),
});

export const activationStartResultSchema = z.object({
  /** The otpauth:// URI to enrol an authenticator app (also shown as the secret to type in). */
  totpUri: z.string(),
  totpSecret: z.string(),
});

export const activationCompleteBodySchema = activationStartBodySchema.extend({
  password: z.string().min(1).max(1024),
  totpCode,
});

export const staffAccountSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(staffRoles),
  agency: z.object({ regionCode: z.string(), name: z.string() }).nullable(),
  status: z.enum(['pending-activation', 'active', 'locked', 'disabled']),
  createdAt: z.string(),
  version: z.number().int(),
});

export const staffAccountListSchema = z.object({ accounts: z.array(staffAccountSchema) });

export const signedInStaffSchema = z.object({
  account: staffAccountSchema,
  session: z.object({ expiresAt: z.string(), idleTimeoutSeconds: z.number().int() }),
  passwordChangeRequired: z
    .boolean()
    .describe(
      'The password is past the rotation period: every route but changing it, /staff/me and sign-out answers 403 PASSWORD_CHANGE_REQUIRED',
    ),
});

export const passwordChangeBodySchema = z.strictObject({
  currentPassword: z.string().min(1).max(1024),
  newPassword: z.string().min(1).max(1024),
});

export const createStaffBodySchema = z.strictObject({
  username,
  displayName: z.string().trim().min(1).max(40),
  role: z.enum(staffRoles),
  agencyRegionCode: z
    .string()
    .regex(/^\d{6}$/, 'a six-digit region code')
    .nullable()
    .default(null),
});

export const createdStaffSchema = z.object({
  account: staffAccountSchema,
  /** Shown once: hand it to the staff member in person. */
  activationCode: z.string(),
  activationExpiresAt: z.string(),
});

export const staffIdParamsSchema = z.strictObject({ staffId: z.uuid() });
export const versionBodySchema = z.strictObject({
  version: versionField('The version of the account the page showed'),
});
