import type { z } from 'zod';
import { ecardUsability } from '../../../../../domain/cards/ecard-usability.ts';
import { maskCardNumber, maskName } from '../../../../../domain/identifiers/index.ts';
import type { FieldCipher } from '../../../platform/crypto/index.ts';
import { cardStatusLabels } from '../cards.presenter.ts';
import type { CardRow } from '../cards.repository.ts';
import type {
  ecardQrSchema,
  ecardSchema,
  familyMemberSchema,
  membershipSchema,
  verificationSchema,
} from './ecard.schemas.ts';
import type { EcardQrCode } from './commands/issue-ecard-qr.ts';
import type { FamilyMemberRow } from './family.repository.ts';
import type { FamilyMemberView } from './queries/get-family.ts';
import type { EcardView } from './queries/list-ecards.ts';
import type { EcardVerification } from './queries/verify-ecard-token.ts';

/** What the presenters need beside the rows. */
export interface EcardContext {
  cipher: FieldCipher;
  regionName: (code: string) => string;
}

const regionOf = (code: string, context: EcardContext) => ({
  code,
  name: context.regionName(code),
});

/** An e-card as the signed-in citizen sees it: name and card number masked, the card's state now. */
export function presentEcard(view: EcardView, context: EcardContext): z.infer<typeof ecardSchema> {
  const { ecard, card, lossAuthorisedUntil } = view;
  const usability = ecardUsability(card.status, lossAuthorisedUntil !== null);
  return {
    id: ecard.id,
    cardId: ecard.cardId,
    relation: view.relation,
    holderName: maskName(view.holderName),
    cardNumber: maskCardNumber(context.cipher.decrypt(card.cardNumberEncrypted)),
    cardState: card.status,
    cardStateLabel: cardStatusLabels[card.status],
    issuingRegion: regionOf(card.issuingRegionCode, context),
    issuedAt: ecard.issuedAt.toISOString(),
    usable: usability.usable,
    refusal: usability.usable ? null : usability.refusal,
    temporaryLossEndsAt: card.temporaryLossEndsAt?.toISOString() ?? null,
    lossAuthorisedUntil: lossAuthorisedUntil?.toISOString() ?? null,
    canManage: view.relation !== 'family',
  };
}

export function presentQrCode(
  code: EcardQrCode,
  lifetimeSeconds: number,
): z.infer<typeof ecardQrSchema> {
  return {
    ecardId: code.ecardId,
    token: code.token,
    issuedAt: code.issuedAt.toISOString(),
    expiresAt: code.expiresAt.toISOString(),
    lifetimeSeconds,
  };
}

/**
 * A verification answer: the masked name, the card's state and its region when the code is
 * accepted; the reason (and the card's state, when the code itself was genuine) when it is not.
 * Never the ID number, the card number or anything else about the holder.
 */
export function presentVerification(
  verification: EcardVerification,
  context: Pick<EcardContext, 'regionName'>,
): z.infer<typeof verificationSchema> {
  if (!verification.valid)
    return {
      valid: false,
      reason: verification.reason,
      cardState: verification.cardState,
      cardStateLabel: verification.cardState ? cardStatusLabels[verification.cardState] : null,
    };
  return {
    valid: true,
    holderName: verification.holderName,
    cardState: verification.cardState,
    cardStateLabel: cardStatusLabels[verification.cardState],
    regionName: context.regionName(verification.issuingRegionCode),
    expiresAt: verification.expiresAt.toISOString(),
  };
}

function presentMemberCard(card: CardRow, context: EcardContext) {
  return {
    cardId: card.id,
    cardNumber: maskCardNumber(context.cipher.decrypt(card.cardNumberEncrypted)),
    cardState: card.status,
    cardStateLabel: cardStatusLabels[card.status],
    issuingRegion: regionOf(card.issuingRegionCode, context),
  };
}

/** A family member as the holder sees them. */
export function presentFamilyMember(
  view: FamilyMemberView,
  context: EcardContext,
): z.infer<typeof familyMemberSchema> {
  const { row } = view;
  return {
    id: row.id,
    name: maskName(view.name),
    relation: row.relation,
    kind: row.kind,
    status: currentStatus(row),
    addedAt: row.addedAt.toISOString(),
    invitationExpiresAt: row.status === 'invited' ? invitationEnd(row) : null,
    ecards: view.ecards.map((ecard) => presentEcard(ecard, context)),
    cardsWithoutEcard: view.cardsWithoutEcard.map((card) => presentMemberCard(card, context)),
  };
}

/** A membership as the invited or joined adult sees it. */
export function presentMembership(found: {
  row: FamilyMemberRow;
  holderName: string;
}): z.infer<typeof membershipSchema> {
  const { row } = found;
  return {
    id: row.id,
    holderName: maskName(found.holderName),
    relation: row.relation,
    status: currentStatus(row),
    addedAt: row.addedAt.toISOString(),
    invitationExpiresAt: row.status === 'invited' ? invitationEnd(row) : null,
  };
}

function currentStatus(row: FamilyMemberRow): 'invited' | 'active' {
  if (row.status !== 'invited' && row.status !== 'active')
    throw new Error(`a family membership that ended (${row.status}) is not presented`);
  return row.status;
}

const invitationEnd = (row: FamilyMemberRow) => row.invitationExpiresAt?.toISOString() ?? null;
