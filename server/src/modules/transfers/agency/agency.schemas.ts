import { z } from 'zod';
import { versionField } from '../../../platform/http/version-field.ts';
import { findPersonalData } from '../../../../../domain/identifiers/index.ts';
import { insuranceSchemes } from '../../../../../domain/schemes.ts';
import {
  transferApplicationActionKinds,
  transferApplicationStatuses,
} from '../../../../../domain/transfer/application-status.ts';
import { rejectionReasonCodes } from '../../../../../domain/transfer/rejection-reasons.ts';
import { agencyQueues } from './agency-queue.repository.ts';
import { agencyActions } from './available-actions.ts';
import { backgroundCheckCodes } from './background-checks.ts';

const texts = z.object({ zh: z.string(), en: z.string() });
const scheme = z.enum(insuranceSchemes);
const deadlineState = z.enum(['on-time', 'due-soon', 'overdue']);
const provisional = z
  .boolean()
  .describe(
    "The deadline is provisional: its year's holiday arrangement is not published (loaded) yet, so it counts the statutory holidays alone and may move",
  );
const region = z
  .object({ code: z.string(), name: z.string(), agencyName: z.string().nullable() })
  .meta({ id: 'AgencyRegion' });

// Free text that staff write goes to the applicant or to the audit log: never a full ID number
// or phone number in it (SECURITY.md).
const freeText = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine((text) => findPersonalData(text).length === 0, {
      message: 'Must not contain an ID number or a phone number',
    });

export const queueParamsSchema = z.strictObject({ queue: z.enum(agencyQueues) });

export const queueQuerySchema = z.strictObject({
  scheme: scheme.optional(),
  deadline: deadlineState.optional().describe('Only steps in this standing against the deadline'),
  reference: z.string().trim().min(1).max(36).optional().describe('Application reference'),
  sort: z
    .enum(['deadline', 'submitted'])
    .default('deadline')
    .describe('By legal deadline (default) or by submission'),
  order: z.enum(['asc', 'desc']).default('asc').describe('asc: soonest / oldest first'),
  cursor: z.string().max(200).optional().describe('nextCursor of the previous page'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

const queueRowSchema = z.object({
  id: z.string(),
  reference: z.string(),
  scheme,
  applicantName: z.string().describe('Masked'),
  fromRegion: region,
  toRegion: region,
  submittedAt: z.string(),
  status: z.enum(transferApplicationStatuses),
  nextDeadlineOn: z.string().nullable(),
  workingDaysLeft: z.int().nullable(),
  deadlineState: deadlineState.nullable(),
  deadlineProvisional: provisional,
  overdue: z.boolean(),
  version: z.int(),
});

export const queueSchema = z
  .object({
    queue: z.enum(agencyQueues),
    total: z.int(),
    rows: z.array(queueRowSchema),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: 'AgencyQueue' });

export const caseParamsSchema = z.strictObject({ id: z.uuid() });

const evidence = z.object({ label: texts, value: texts });

export const caseSchema = z
  .object({
    id: z.string(),
    reference: z.string(),
    scheme,
    status: z.enum(transferApplicationStatuses),
    statusLabel: texts,
    version: z.int(),
    sides: z.array(z.enum(['transfer-in', 'transfer-out'])).describe("The viewer agency's sides"),
    fromRegion: region,
    toRegion: region,
    submittedAt: z.string(),
    applicant: z.object({
      name: z.string().describe('Masked'),
      citizenId: z.string().describe('Masked; POST …/reveal shows it, audited'),
      sex: z.enum(['male', 'female']),
      hukouRegion: z.object({ code: z.string(), name: z.string() }),
    }),
    form: z.object({
      contactPhone: z.string().describe('Masked; POST …/reveal shows it, audited'),
      address: z.string(),
      postCode: z.string(),
      formerPersonalNumber: z.string().nullable(),
      agent: z.object({ name: z.string(), phone: z.string() }).nullable().describe('Masked'),
      channel: z.enum(['web', 'app', 'ecard']),
    }),
    nextStep: z
      .object({
        deadlineOn: z.string(),
        workingDaysLeft: z.int().nullable(),
        deadlineState: deadlineState.nullable(),
        deadlineProvisional: provisional,
        overdue: z.boolean(),
      })
      .nullable(),
    checks: z.array(
      z.object({
        code: z.enum(backgroundCheckCodes),
        label: texts,
        result: z.enum(['pass', 'fail']),
        explanation: texts.nullable(),
        suggestedRejection: z.enum(rejectionReasonCodes).nullable(),
        evidence: z.array(evidence),
      }),
    ),
    relationships: z.array(
      z.object({
        region,
        status: z.enum(['contributing', 'suspended', 'terminated', 'drawing-pension']),
        accountKind: z.enum(['normal', 'temporary']),
        arrearsFen: z.int(),
        startedOn: z.string(),
        endedOn: z.string().nullable(),
        contributionMonths: z.int(),
      }),
    ),
    timeline: z
      .array(
        z.object({
          seq: z.int(),
          action: z.enum(transferApplicationActionKinds),
          label: texts,
          actor: z.object({
            role: z.enum(['applicant', 'agency', 'system']),
            displayName: z.string().nullable(),
            agency: region.nullable(),
          }),
          at: z.string(),
          reason: z.object({ code: z.string(), zh: z.string(), en: z.string() }).nullable(),
          note: z.string().nullable(),
          deadlineOn: z
            .string()
            .nullable()
            .describe(
              "The next step's deadline after this action; for the open step, as counted now",
            ),
          deadlineProvisional: provisional,
        }),
      )
      .describe('Newest first'),
    documents: z.array(
      z.object({
        kind: z.enum(['contact-letter', 'information-table', 'completion-notice']),
        number: z.string(),
        issuedAt: z.string(),
        issuedBy: region,
      }),
    ),
    availableActions: z.array(z.enum(agencyActions)),
  })
  .meta({ id: 'AgencyCase' });

export const revealBodySchema = z.strictObject({
  field: z.enum(['citizenId', 'contactPhone']),
  reason: freeText(5, 200).describe('Why the full value is needed; kept in the audit log'),
});

export const revealSchema = z
  .object({ field: z.enum(['citizenId', 'contactPhone']), value: z.string() })
  .meta({ id: 'RevealedPersonalData' });

export const acceptBodySchema = z.strictObject({
  version: versionField('The version the page showed'),
});

export const rejectBodySchema = z.strictObject({
  version: versionField('The version the page showed'),
  reasonCode: z.enum(rejectionReasonCodes),
  explanation: freeText(10, 500).describe('Shown to the applicant'),
});
