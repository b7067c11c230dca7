import type { CardState } from '../../../../domain/cards/index.ts';
import type { CardRow, NewCardRow } from './cards.repository.ts';

/** The domain's state of a card, read from its stored columns. */
export function cardStateOf(card: CardRow): CardState {
  return {
    status: card.status,
    locked: card.locked,
    pendingRequest: card.pendingRequest
      ? { kind: card.pendingRequest, reason: card.pendingReason }
      : null,
    offeredCancellation: card.offeredCancellation,
    cancellationReason: card.cancellationReason,
  };
}

/** The stored columns of a state. */
export function cardColumnsOf(
  state: CardState,
): Pick<
  NewCardRow,
  | 'status'
  | 'locked'
  | 'pendingRequest'
  | 'pendingReason'
  | 'offeredCancellation'
  | 'cancellationReason'
> {
  return {
    status: state.status,
    locked: state.locked,
    pendingRequest: state.pendingRequest?.kind ?? null,
    pendingReason: state.pendingRequest?.reason ?? null,
    offeredCancellation: state.offeredCancellation,
    cancellationReason: state.cancellationReason,
  };
}
