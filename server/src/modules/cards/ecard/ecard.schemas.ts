import { z } from 'zod';
import { ecardRefusals } from '../../../../../domain/cards/ecard-usability.ts';
import { familyRelations } from '../../../../../domain/cards/family-members.ts';
import { cardStatuses } from '../../../../../domain/cards/index.ts';

const texts = z.object({ zh: z.string(), en: z.string() });
const region = z.object({ code: z.string(), name: z.string() });

export const ecardParamsSchema = z.strictObject({ id: z.uuid() });
export const cardParamsSchema = z.strictObject({ id: z.uuid() });
export const familyMemberCardBodySchema = z.strictObject({
  cardId: z.uuid().describe("One of the minor member's cards (from GET /me/family-members)"),
});
export const lossAuthorisationBodySchema = z.strictObject({
  minutes: z
    .int()
    .min(5)
    .max(24 * 60)
    .describe('How long the e-card may be used during the loss report; never past its end'),
});

export const ecardSchema = z
  .object({
    id: z.string(),
    cardId: z.string(),
    relation: z
      .enum(['self', 'guardian', 'family'])
      .describe("Whose e-card: mine, a minor family member's, an adult family member's"),
    holderName: z.string().describe('Masked'),
    cardNumber: z.string().describe('Masked: first character and last two'),
    cardState: z.enum(cardStatuses).describe("The physical card's state now"),
    cardStateLabel: texts,
    issuingRegion: region,
    issuedAt: z.string(),
    usable: z.boolean().describe('Whether a QR code can be shown now'),
    refusal: z.enum(ecardRefusals).nullable().describe('Why not, when not'),
    temporaryLossEndsAt: z.string().nullable(),
    lossAuthorisedUntil: z
      .string()
      .nullable()
      .describe("Until when the holder's authorisation covers the temporary loss report"),
    canManage: z
      .boolean()
      .describe('Whether this account may authorise use during a loss report (holder, guardian)'),
  })
  .meta({ id: 'Ecard' });

export const ecardListSchema = z.object({ ecards: z.array(ecardSchema) });

export const ecardQrSchema = z
  .object({
    ecardId: z.string(),
    token: z.string().describe('What the QR code encodes (base64url, under 200 characters)'),
    issuedAt: z.string(),
    expiresAt: z.string(),
    lifetimeSeconds: z.int(),
  })
  .meta({ id: 'EcardQrCode' });

export const lossAuthorisationSchema = z
  .object({ ecardId: z.string(), authorisedAt: z.string(), expiresAt: z.string() })
  .meta({ id: 'EcardLossAuthorisation' });

export const revokedSchema = z.object({ revoked: z.int() });

export const verifyBodySchema = z.strictObject({
  token: z.string().min(1).max(400).describe('The text of the QR code'),
});

export const verificationSchema = z
  .object({
    valid: z.boolean(),
    reason: z
      .enum([
        'malformed',
        'unknown-key',
        'bad-signature',
        'expired',
        'card-cancelled',
        'card-not-usable',
      ])
      .optional()
      .describe('Why the code is refused (valid: false only)'),
    holderName: z.string().optional().describe('Masked (张*); valid: true only'),
    cardState: z
      .enum(cardStatuses)
      .nullable()
      .describe('The physical card state now; null when the code itself is refused'),
    cardStateLabel: texts.nullable(),
    regionName: z.string().optional().describe('The issuing region; valid: true only'),
    expiresAt: z.string().optional().describe('When the code expires; valid: true only'),
  })
  .meta({ id: 'EcardVerification' });

export const publicKeysSchema = z
  .object({
    keys: z.array(
      z.object({
        kty: z.literal('OKP'),
        crv: z.literal('Ed25519'),
        x: z.string(),
        kid: z.string().describe("RFC 7638 thumbprint; a token's bytes 1–8 are its first 8 bytes"),
        use: z.literal('sig'),
        alg: z.literal('EdDSA'),
      }),
    ),
  })
  .meta({ id: 'EcardPublicKeys' });

export const addFamilyMemberBodySchema = z.strictObject({
  name: z.string().trim().min(1).max(50),
  citizenId: z.string().min(15).max(40).describe('As typed: spaces and lower-case x accepted'),
  relation: z.enum(familyRelations),
});

const memberCard = z.object({
  cardId: z.string(),
  cardNumber: z.string().describe('Masked'),
  cardState: z.enum(cardStatuses),
  cardStateLabel: texts,
  issuingRegion: region,
});

export const familyMemberSchema = z
  .object({
    id: z.string(),
    name: z.string().describe('Masked'),
    relation: z.enum(familyRelations),
    kind: z.enum(['minor', 'adult']),
    status: z.enum(['invited', 'active']),
    addedAt: z.string(),
    invitationExpiresAt: z.string().nullable(),
    ecards: z.array(ecardSchema).describe('The e-cards the holder may show for this member'),
    cardsWithoutEcard: z
      .array(memberCard)
      .describe("A minor's cards that have no e-card yet: the guardian may apply"),
  })
  .meta({ id: 'FamilyMember' });

export const familySchema = z.object({
  members: z.array(familyMemberSchema),
  limit: z.int(),
  placesLeft: z.int(),
});

export const membershipSchema = z
  .object({
    id: z.string(),
    holderName: z.string().describe('Masked: who invited me'),
    relation: z.enum(familyRelations).describe('What I am to them, as they said'),
    status: z.enum(['invited', 'active']),
    addedAt: z.string(),
    invitationExpiresAt: z.string().nullable(),
  })
  .meta({ id: 'FamilyMembership' });

export const membershipListSchema = z.object({ memberships: z.array(membershipSchema) });
