// The electronic social security card (电子社保卡), DOMAIN.md §6: one-to-one with a physical card
// that is not cancelled, and its state is the physical card's. A cancelled card stops the holder's
// e-card services; while the card is under a temporary loss report (临时挂失) the e-card works only
// with the holder's explicit authorisation; a card not enabled yet (封存) or formally reported
// lost (正式挂失, a replacement follows) cannot be used at all. The service-password lock does not
// touch the e-card's QR code: it refuses only the password.
import type { CardStatus } from './card-status.ts';

/** Why an e-card cannot be used now. */
export const ecardRefusals = [
  'card-cancelled',
  'card-not-usable',
  'loss-authorisation-required',
] as const;
export type EcardRefusal = (typeof ecardRefusals)[number];

export type EcardUsability = { usable: true } | { usable: false; refusal: EcardRefusal };

/**
 * Whether the e-card of a card in `status` may be shown and accepted now; `lossAuthorised`: the
 * holder's authorisation for the current temporary loss report is live.
 */
export function ecardUsability(status: CardStatus, lossAuthorised: boolean): EcardUsability {
  switch (status) {
    case 'normal':
      return { usable: true };
    case 'temporary-loss':
      return lossAuthorised
        ? { usable: true }
        : { usable: false, refusal: 'loss-authorisation-required' };
    case 'cancelled':
      return { usable: false, refusal: 'card-cancelled' };
    case 'sealed':
    case 'formal-loss':
      return { usable: false, refusal: 'card-not-usable' };
  }
}

/** Whether an e-card may be issued for a card in `status`: any card that is not cancelled. */
export function canIssueEcard(status: CardStatus): boolean {
  return status !== 'cancelled';
}
