import { z } from 'zod';
import { versionField } from '../../platform/http/version-field.ts';
import { insuranceSchemes } from '../../../../domain/schemes.ts';
import {
  transferApplicationActionKinds,
  transferApplicationStatuses,
} from '../../../../domain/transfer/application-status.ts';
import { eligibilityReasonCodes } from '../../../../domain/transfer/eligibility.ts';

const regionCode = z.string().regex(/^\d{6}$/, 'A six-digit region code');
const scheme = z.enum(insuranceSchemes).describe('Insurance scheme');
const mobilePhone = z
  .string()
  .trim()
  .regex(/^1[3-9]\d{9}$/, 'An 11-digit mainland mobile number');
const texts = z.object({ zh: z.string(), en: z.string() });

export const eligibilityBodySchema = z.strictObject({
  scheme,
  destinationRegion: regionCode,
  fromRegion: regionCode.optional(),
});

const agencyRef = z.object({ regionCode: z.string(), name: z.string() }).nullable();

export const eligibilitySchema = z
  .object({
    eligible: z.boolean(),
    reasons: z.array(
      z.object({ code: z.enum(eligibilityReasonCodes), zh: z.string(), en: z.string() }),
    ),
    prefill: z.object({
      scheme,
      fromRegion: z.string().nullable(),
      fromAgency: agencyRef,
      formerPersonalNumber: z.string().nullable(),
      toRegion: z.string(),
      toAgency: agencyRef,
    }),
  })
  .meta({ id: 'TransferEligibility' });

export const submitBodySchema = z.strictObject({
  scheme,
  destinationRegion: regionCode,
  fromRegion: regionCode,
  formerPersonalNumber: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z-]{1,30}$/, 'Letters and digits, at most 30')
    .optional(),
  contactPhone: mobilePhone,
  address: z.string().trim().min(5).max(200),
  postCode: z.string().regex(/^\d{6}$/, 'A six-digit post code'),
  agent: z.strictObject({ name: z.string().trim().min(1).max(50), phone: mobilePhone }).optional(),
});

export const idempotencyHeadersSchema = z.looseObject({
  'idempotency-key': z
    .string()
    .min(1)
    .max(255)
    .regex(/^[\x21-\x7e]+$/, 'Printable ASCII without spaces')
    .optional()
    .describe('Repeat a submission safely: the same key and body give the first response again'),
});

export const applicationParamsSchema = z.strictObject({ id: z.uuid() });

export const withdrawBodySchema = z.strictObject({
  version: versionField('The version you last saw'),
});

const deadlineProvisional = z
  .boolean()
  .describe(
    "The deadline is provisional: its year's holiday arrangement is not published (loaded) yet, so it counts the statutory holidays alone and may move",
  );

const timelineEntry = z.object({
  seq: z.int(),
  action: z.enum(transferApplicationActionKinds),
  label: texts,
  actor: z.object({ role: z.enum(['applicant', 'agency', 'system']), label: texts }),
  at: z.string(),
  reasonCode: z.string().nullable(),
  reason: z
    .object({ code: z.string(), zh: z.string(), en: z.string() })
    .nullable()
    .describe("The labels of a rejection's reason code"),
  note: z.string().nullable().describe("A rejection's written explanation"),
  deadlineOn: z
    .string()
    .nullable()
    .describe(
      'Legal deadline of the next step after this action; for the open step, as counted now',
    ),
  deadlineProvisional,
});

export const applicationSchema = z
  .object({
    id: z.string(),
    scheme,
    status: z.enum(transferApplicationStatuses),
    statusLabel: texts,
    fromRegion: z.string(),
    fromAgency: agencyRef.describe('The agency the relationship leaves; null where none is known'),
    toRegion: z.string(),
    toAgency: agencyRef.describe('The transfer-in agency; null where none is known'),
    contactPhone: z.string().describe('Masked'),
    address: z.string(),
    postCode: z.string(),
    formerPersonalNumber: z.string().nullable(),
    agent: z.object({ name: z.string().describe('Masked'), phone: z.string() }).nullable(),
    channel: z.enum(['web', 'app', 'ecard']),
    submittedAt: z.string(),
    version: z.int(),
    nextStep: z
      .object({
        action: z.enum(transferApplicationActionKinds),
        deadlineOn: z.string(),
        workingDaysLeft: z
          .int()
          .nullable()
          .describe('Counted provisionally with a provisional deadline; null only after 2100'),
        deadlineProvisional,
      })
      .nullable(),
    timeline: z.array(timelineEntry).describe('Newest first'),
  })
  .meta({ id: 'TransferApplication' });

export const applicationListSchema = z.object({ applications: z.array(applicationSchema) });
