import type { CardRow } from '../cards.repository.ts';
import { recordCardAction } from '../record-card-action.ts';
import { changeCardAsHolder, type HolderCardChange } from './holder-card-change.ts';

/** The holder keeps a card whose cancellation the platform offered after a move. */
export async function declineCancellationOffer(options: HolderCardChange): Promise<CardRow> {
  const { now = new Date() } = options;
  return changeCardAsHolder(options, (tx, card, actor) =>
    recordCardAction(tx, { card, actor, action: 'cancellation-offer-declined', now }),
  );
}
