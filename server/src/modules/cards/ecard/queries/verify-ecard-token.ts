import { ecardUsability } from '../../../../../../domain/cards/ecard-usability.ts';
import type { CardStatus } from '../../../../../../domain/cards/index.ts';
import type { Executor } from '../../../../platform/db/database.ts';
import { selectVerificationState } from '../ecards.repository.ts';
import type { EcardKeyring } from '../token/ecard-keyring.ts';
import { checkEcardToken, type TokenRefusal } from '../token/ecard-token.ts';

export type VerificationRefusal = TokenRefusal | 'card-cancelled' | 'card-not-usable';

/** What a hospital or an office learns from a QR code: the masked name and the card's state. */
export type EcardVerification =
  | {
      valid: true;
      holderName: string;
      cardState: CardStatus;
      issuingRegionCode: string;
      expiresAt: Date;
    }
  | { valid: false; reason: VerificationRefusal; cardState: CardStatus | null };

/**
 * Verifies an e-card QR code: the signature and the time in memory (a forged, altered, unknown-key
 * or expired code never reaches the database), then one read by primary key for the physical
 * card's state now — so a card cancelled or reported lost a second after the code was shown is
 * refused. A card under a temporary loss report is accepted only with the holder's live
 * authorisation, and then says so (`cardState: temporary-loss`).
 */
export async function verifyEcardToken({
  db,
  keyring,
  referenceKey,
  token,
  now = new Date(),
}: {
  db: Executor;
  keyring: EcardKeyring;
  referenceKey: Buffer;
  token: string;
  now?: Date;
}): Promise<EcardVerification> {
  const checked = checkEcardToken({ token, publicKeyOf: keyring.publicKeyOf, referenceKey, now });
  if (!checked.ok) return { valid: false, reason: checked.reason, cardState: null };
  const state = await selectVerificationState(db, checked.reference, now);
  // Signed by us for an e-card that is not there: only a database restored to an earlier day.
  if (!state) return { valid: false, reason: 'card-not-usable', cardState: null };
  const usability = ecardUsability(state.cardStatus, state.lossAuthorisedUntil !== null);
  if (!usability.usable)
    return {
      valid: false,
      reason: usability.refusal === 'card-cancelled' ? 'card-cancelled' : 'card-not-usable',
      cardState: state.cardStatus,
    };
  return {
    valid: true,
    holderName: checked.maskedName,
    cardState: state.cardStatus,
    issuingRegionCode: state.issuingRegionCode,
    expiresAt: checked.expiresAt,
  };
}
