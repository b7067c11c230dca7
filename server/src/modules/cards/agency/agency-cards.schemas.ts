import { z } from 'zod';
import { versionField } from '../../../platform/http/version-field.ts';
import {
  CARD_PASSWORD_PATTERN,
  cardActionKinds,
  cardStatuses,
} from '../../../../../domain/cards/index.ts';
import { findPersonalData } from '../../../../../domain/identifiers/index.ts';
import { cardSummarySchema } from '../cards.schemas.ts';
import { cardTaskKinds } from '../cards.tables.ts';
import { agencyCardActions } from './agency-card-actions.ts';
import { parseCardQueueCursor } from './list-agency-card-queue.ts';

const texts = z.object({ zh: z.string(), en: z.string() });
const reason = z.object({ code: z.string(), zh: z.string(), en: z.string() });
const cardVersion = versionField('The version of the card the page showed');
const taskVersion = versionField('The version of the task the page showed');

// What staff write goes to the holder's timeline and to the audit log: never a full ID number or
// phone number in it (SECURITY.md).
const freeText = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine((text) => findPersonalData(text).length === 0, {
      message: 'Must not contain an ID number or a phone number',
    });

export const taskQueueQuerySchema = z.strictObject({
  kind: z.enum(cardTaskKinds).optional().describe('Only tasks of this kind'),
  order: z
    .enum(['oldest', 'newest'])
    .default('oldest')
    .describe('By age: the longest waiting first (default), or the newest'),
  cursor: z
    .string()
    .refine((cursor) => parseCardQueueCursor(cursor) !== null, {
      message: 'Must be the nextCursor of a page of this queue',
    })
    .optional()
    .describe('nextCursor of the last page'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const taskParamsSchema = z.strictObject({ id: z.uuid() });
export const agencyCardParamsSchema = z.strictObject({ personId: z.uuid(), cardId: z.uuid() });

export const completeTaskBodySchema = z.strictObject({ version: taskVersion });
export const refuseTaskBodySchema = z.strictObject({
  version: taskVersion,
  note: freeText(5, 500).describe('Why, in words the holder reads on the card’s timeline'),
});
export const formalLossBodySchema = z.strictObject({
  version: cardVersion,
  note: freeText(2, 500).describe(
    'How the holder present at the counter was identified; the holder reads it too',
  ),
});
export const passwordResetBodySchema = z.strictObject({
  version: cardVersion,
  password: z
    .string()
    .regex(CARD_PASSWORD_PATTERN, 'Six digits')
    .describe('The new six-digit service password, typed by the holder at the counter'),
});
export const lookupBodySchema = z.strictObject({
  by: z.enum(['card-number', 'citizen-id']).describe('What the holder showed'),
  value: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .describe('The card number or ID number as typed; in the body, never in the address'),
});

const cardRef = { personId: z.string(), id: z.string() };

const taskSchema = z
  .object({
    id: z.string(),
    kind: z.enum(cardTaskKinds),
    label: texts,
    reason: reason.nullable().describe('The cancellation reason, or renewal or replacement'),
    status: z.enum(['open', 'done', 'refused', 'obsolete']),
    statusLabel: texts,
    requestedAt: z.string(),
    requestedBy: z.enum(['holder', 'agency', 'system']),
    closedAt: z.string().nullable(),
    closedBy: z.string().nullable().describe('The staff member who closed it'),
    note: z.string().nullable().describe('Why it was refused'),
    newCardId: z.string().nullable().describe('The card a replacement task issued'),
    version: z.int(),
  })
  .meta({ id: 'AgencyCardTask' });

const queueRowSchema = z.object({
  id: z.string(),
  kind: z.enum(cardTaskKinds),
  label: texts,
  reason: reason.nullable(),
  requestedAt: z.string(),
  daysWaiting: z.int().describe('Calendar days since the request, China time'),
  holderName: z.string().describe('Masked'),
  card: z.object({
    ...cardRef,
    cardNumber: z.string().describe('Masked'),
    status: z.enum(cardStatuses),
    statusLabel: texts,
  }),
  version: z.int(),
});

export const taskQueueSchema = z
  .object({ total: z.int(), rows: z.array(queueRowSchema), nextCursor: z.string().nullable() })
  .meta({ id: 'AgencyCardTaskQueue' });

export const agencyCardSummarySchema = z
  .object({
    ...cardRef,
    cardNumber: z.string().describe('Masked'),
    issuingRegion: z.object({ code: z.string(), name: z.string() }),
    issuedOn: z.string(),
    expiresOn: z.string(),
    status: z.enum(cardStatuses),
    statusLabel: texts,
    locked: z.boolean(),
    pendingRequest: z.object({ kind: z.string(), label: texts }).nullable(),
  })
  .meta({ id: 'AgencyCardSummary' });

const holderSchema = z.object({
  name: z.string().describe('Masked'),
  citizenId: z.string().describe('Masked'),
});

export const agencyCardSchema = cardSummarySchema
  .omit({ holderName: true, availableActions: true, renewal: true })
  .extend({
    personId: z.string(),
    holder: holderSchema,
    openTask: taskSchema.nullable(),
    tasks: z.array(taskSchema).describe('Newest first'),
    availableActions: z.array(z.enum(agencyCardActions)),
    timeline: z
      .array(
        z.object({
          seq: z.int(),
          action: z.enum(cardActionKinds),
          label: texts,
          actor: z.object({
            role: z.enum(['holder', 'agency', 'system']),
            displayName: z.string().nullable().describe('The staff member, for agency actions'),
          }),
          at: z.string(),
          reason: reason.nullable(),
          note: z.string().nullable(),
        }),
      )
      .describe('Newest first'),
    agencyCards: z
      .array(agencyCardSummarySchema)
      .describe("The holder's cards of this agency, this one included, newest first"),
  })
  .meta({ id: 'AgencyCard' });

export const completedTaskSchema = z
  .object({
    card: agencyCardSchema,
    newCard: agencyCardSummarySchema.nullable().describe('The sealed card a replacement issued'),
  })
  .meta({ id: 'AgencyCardTaskCompleted' });

export const lookupSchema = z
  .object({
    holder: holderSchema.extend({ personId: z.string() }).nullable(),
    cards: z.array(agencyCardSummarySchema),
  })
  .meta({ id: 'AgencyCardLookup' });
