// What a holder may do with a card online, as a pure function of its state and dates, so that every
// channel offers the same buttons and the server refuses the same things.
import type { IsoDate } from '../calendar/iso-date.ts';
import { explainCancellationReason, type CancellationReasonCode } from './cancellation-reasons.ts';
import { canApplyCardAction, type CardActionKind, type CardState } from './card-status.ts';
import { renewalWindow } from './card-validity.ts';

export const holderCardActions = [
  'enable',
  'report-temporary-loss',
  'unblock',
  'request-renewal',
  'request-replacement',
  'cancel',
  'decline-cancellation-offer',
] as const;
export type HolderCardAction = (typeof holderCardActions)[number];

/** The card action each holder action records (a cancellation: the request or the cancellation). */
const recordedAs: Record<Exclude<HolderCardAction, 'cancel'>, CardActionKind> = {
  enable: 'enabled',
  'report-temporary-loss': 'temporary-loss-reported',
  unblock: 'temporary-loss-unblocked',
  'request-renewal': 'renewal-requested',
  'request-replacement': 'replacement-requested',
  'decline-cancellation-offer': 'cancellation-offer-declined',
};

/**
 * The actions the holder may take now. A renewal is offered only inside its window; a cancellation
 * whenever the card is not cancelled and no other request is pending (which reasons then work is
 * for cancellationRefusal).
 */
export function holderActions(
  state: CardState,
  dates: { expiresOn: IsoDate; today: IsoDate },
): HolderCardAction[] {
  return holderCardActions.filter((action) => {
    if (action === 'cancel')
      return canApplyCardAction(state, { action: 'cancellation-requested', reason: 'replacement' });
    if (action === 'request-renewal' && !renewalWindow(dates.expiresOn, dates.today).openNow)
      return false;
    return canApplyCardAction(state, { action: recordedAs[action] });
  });
}

/** The card action a holder action records, for the actions other than cancel. */
export function cardActionOf(action: Exclude<HolderCardAction, 'cancel'>): CardActionKind {
  return recordedAs[action];
}

/** Another card of the same holder, as the online cancellation rules need to see it. */
export interface HeldCard {
  readonly id: string;
  readonly issuingRegionCode: string;
  readonly issuedOn: IsoDate;
  readonly status: CardState['status'];
}

/** Why a holder's cancellation for `reason` is refused, or null when it may go ahead. */
export type CancellationRefusal =
  'NOT_BY_HOLDER' | 'NO_LIVE_CARD_IN_ANOTHER_REGION' | 'NO_NEWER_LIVE_CARD';

/**
 * Whether the holder may cancel `card` for `reason`. Online reasons need proof the platform holds:
 * a duplicate needs another live card issued in another region (the holder keeps that one); a
 * replacement needs a live card the same region issued after this one (e.g. made at once at a bank
 * branch). Reasons handled by an agency are checked there, and death is never the holder's to give.
 */
export function cancellationRefusal(
  reason: CancellationReasonCode,
  card: HeldCard,
  otherCards: readonly HeldCard[],
): CancellationRefusal | null {
  const handling = explainCancellationReason(reason).handling;
  if (handling === 'not-by-holder') return 'NOT_BY_HOLDER';
  if (handling === 'agency') return null;
  const live = otherCards.filter((other) => other.id !== card.id && other.status !== 'cancelled');
  if (reason === 'duplicate-card-in-another-region')
    return live.some((other) => other.issuingRegionCode !== card.issuingRegionCode)
      ? null
      : 'NO_LIVE_CARD_IN_ANOTHER_REGION';
  return live.some(
    (other) => other.issuingRegionCode === card.issuingRegionCode && other.issuedOn > card.issuedOn,
  )
    ? null
    : 'NO_NEWER_LIVE_CARD';
}
