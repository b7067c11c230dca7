import type {
  Card,
  CardSummary,
  HolderCancellationReason,
  HolderCardAction,
} from '../../api/cards.ts';

/** The order in which a card page lists what the holder may do. */
const order: readonly HolderCardAction[] = [
  'enable',
  'unblock',
  'report-temporary-loss',
  'request-renewal',
  'request-replacement',
  'cancel',
];

/**
 * Whether a renewal could be asked for if only the date allowed it: a card in use with nothing
 * pending (domain/cards REQUEST_STATUSES). The page then names the first allowed day, and the
 * server decides on the day the person asks.
 */
export const renewalPossibleLater = (card: CardSummary): boolean =>
  card.status === 'normal' && card.pendingRequest === null && !card.renewal.openNow;

/**
 * The actions a card page offers, in a fixed order: those the server says are open now, and
 * renewal of a card in use before its window opens (with the date from which it may be asked).
 * Declining a cancellation offer has its own panel, so it is not in this list.
 */
export function offeredActions(card: CardSummary): HolderCardAction[] {
  return order.filter(
    (action) =>
      card.availableActions.includes(action) ||
      (action === 'request-renewal' && renewalPossibleLater(card)),
  );
}

/** Whether the page of `action` may be shown for the card as it is now. */
export const actionPageOpen = (card: CardSummary, action: HolderCardAction): boolean =>
  card.availableActions.includes(action) ||
  (action === 'request-renewal' && renewalPossibleLater(card));

/** The cancellation reasons of the legal list the holder may give (death never is theirs). */
export function holderReasons(card: Card): Card['cancellationReasons'] {
  return card.cancellationReasons.filter((reason) => reason.code !== 'death');
}

/** A reason code from the address, when it is one the holder may give for this card. */
export function parseReason(card: Card, value: string | null): HolderCancellationReason | null {
  const found = holderReasons(card).find((reason) => reason.code === value);
  return found ? (found.code as HolderCancellationReason) : null;
}
