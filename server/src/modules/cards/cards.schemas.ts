import { z } from 'zod';
import { versionField } from '../../platform/http/version-field.ts';
import {
  cancellationReasonCodes,
  CARD_PASSWORD_PATTERN,
  cardActionKinds,
  cardStatuses,
  holderCancellationReasonCodes,
  holderCardActions,
} from '../../../../domain/cards/index.ts';

const texts = z.object({ zh: z.string(), en: z.string() });
const reason = z.object({ code: z.enum(cancellationReasonCodes), zh: z.string(), en: z.string() });
const version = versionField('The version of the card you last saw');
const password = z
  .string()
  .regex(CARD_PASSWORD_PATTERN, 'Six digits')
  .describe('The six-digit service password');

export const cardParamsSchema = z.strictObject({ id: z.uuid() });
export const versionBodySchema = z.strictObject({ version });
export const enableBodySchema = z.strictObject({ version, password });
export const cancellationBodySchema = z.strictObject({
  version,
  reason: z
    .enum(holderCancellationReasonCodes)
    .describe('From the legal list; death is never given by the holder'),
});
export const passwordCheckBodySchema = z.strictObject({
  cardId: z.uuid(),
  password,
});
export const passwordCheckSchema = z
  .object({ verified: z.literal(true) })
  .meta({ id: 'CardPasswordCheck' });

const cardFields = {
  id: z.string(),
  cardNumber: z.string().describe('Masked: first character and last two'),
  identificationCode: z.string().describe('Masked: the region code and the last four'),
  holderName: z.string().describe('Masked'),
  issuingRegion: z.object({ code: z.string(), name: z.string() }),
  issuedOn: z.string(),
  expiresOn: z.string().describe('The last valid day'),
  expired: z.boolean(),
  status: z.enum(cardStatuses),
  statusLabel: texts,
  locked: z.boolean().describe('Six wrong passwords in a row: the password is refused until reset'),
  temporaryLossEndsAt: z
    .string()
    .nullable()
    .describe('When a temporary loss report ends by itself'),
  pendingRequest: z
    .object({
      kind: z.enum(['replacement', 'renewal', 'cancellation']),
      label: texts,
      reason: reason.nullable(),
      requestedAt: z.string().nullable(),
    })
    .nullable()
    .describe('Asked for and waiting for the agency'),
  offeredCancellation: reason.nullable().describe('A cancellation the platform offers'),
  cancellation: reason.nullable().describe('Why the card was cancelled'),
  renewal: z.object({
    allowedFrom: z.string().describe('The first day a renewal may be asked for'),
    openNow: z.boolean(),
  }),
  availableActions: z.array(z.enum(holderCardActions)),
  replacesCardId: z.string().nullable(),
  version: z.int(),
};

export const cardSummarySchema = z.object(cardFields).meta({ id: 'CardSummary' });

const timelineEntry = z.object({
  seq: z.int(),
  action: z.enum(cardActionKinds),
  label: texts,
  actor: z.object({ role: z.enum(['holder', 'agency', 'system']), label: texts }),
  at: z.string(),
  reason: reason.nullable(),
  note: z.string().nullable().describe("An agency's written reason, e.g. for a refusal"),
});

export const cardSchema = z
  .object({
    ...cardFields,
    cancellationReasons: z
      .array(
        reason.extend({
          handling: z.enum(['online', 'agency']),
          availableNow: z.boolean(),
          refusal: z.string().nullable().describe('Why it cannot be done online now'),
        }),
      )
      .describe('The reasons the holder may choose, and whether each works now'),
    timeline: z.array(timelineEntry).describe('Newest first'),
  })
  .meta({ id: 'Card' });

export const cardListSchema = z.object({ cards: z.array(cardSummarySchema) });
