import { z } from 'zod';

const actorTypes = [
  'citizen',
  'employer',
  'staff',
  'admin',
  'department',
  'cli',
  'system',
] as const;

export const auditLogQuerySchema = z.strictObject({
  action: z
    .string()
    .trim()
    .min(1)
    .max(80)
    .optional()
    .describe('Entries whose action starts with this, e.g. staff. or online-transfer.opened'),
  actorType: z.enum(actorTypes).optional(),
  subjectType: z.string().trim().min(1).max(80).optional(),
  subjectId: z.string().trim().min(1).max(120).optional(),
  before: z.coerce
    .number()
    .int()
    .min(1)
    .optional()
    .describe('Paging: entries older than this sequence number (nextBefore of the last page)'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const auditEntrySchema = z
  .object({
    seq: z.number().int().describe('Position in the hash chain'),
    id: z.string(),
    occurredAt: z.string(),
    actor: z.object({
      type: z.string(),
      id: z.string(),
      username: z.string().nullable().describe('The staff user name, for staff and admin actors'),
    }),
    action: z.string(),
    subjectType: z.string(),
    subjectId: z.string(),
    data: z.record(z.string(), z.unknown()).describe('What changed; personal data masked'),
    hash: z.string(),
  })
  .meta({ id: 'AuditEntry' });

export const auditLogPageSchema = z.object({
  entries: z.array(auditEntrySchema),
  nextBefore: z.number().int().nullable().describe('Pass as `before` for the next older page'),
});

export const auditVerificationSchema = z
  .object({
    ok: z.boolean(),
    entries: z.number().int().describe('Entries verified intact, in chain order'),
    brokenAt: z
      .object({
        seq: z.number().int(),
        id: z.string(),
        reason: z.enum(['hash-mismatch', 'broken-link']),
      })
      .nullable(),
    verifiedAt: z.string(),
  })
  .meta({ id: 'AuditChainVerification' });
