import type { EventSubscription } from '../../platform/events/index.ts';
import { cancelCardsOnDeath } from './handlers/cancel-cards-on-death.ts';
import { offerCancellationAfterMove } from './handlers/offer-cancellation-after-move.ts';

/** The cards module's reactions to other modules' events, each applied once per event. */
export function cardSubscriptions(): EventSubscription[] {
  return [
    { handler: 'cards.cancel-on-death', event: 'person.died', handle: cancelCardsOnDeath },
    {
      handler: 'cards.offer-cancellation-after-move',
      event: 'transfer-application.completed',
      handle: offerCancellationAfterMove,
    },
  ];
}
