import type { EcardRefusal } from '../../../../../domain/cards/ecard-usability.ts';
import type { CardStatus } from '../../../../../domain/cards/index.ts';
import { AppError } from '../../../platform/errors/app-error.ts';

const codes = {
  'card-cancelled': 'ECARD_CARD_CANCELLED',
  'card-not-usable': 'ECARD_CARD_NOT_USABLE',
  'loss-authorisation-required': 'ECARD_LOSS_AUTHORISATION_REQUIRED',
} as const;

/** The error a holder gets for an e-card that cannot be used now, with the card's status. */
export function ecardRefusalError(refusal: EcardRefusal, status: CardStatus): AppError {
  return new AppError(codes[refusal], { details: { status } });
}
