import { canApplyCardAction } from '../../../../../domain/cards/index.ts';
import type { Tx } from '../../../platform/db/database.ts';
import type { DomainEvent } from '../../../platform/events/index.ts';
import { cardStateOf } from '../card-row-state.ts';
import { selectCardForUpdate, selectCardsOfPerson } from '../cards.repository.ts';
import { recordCardAction } from '../record-card-action.ts';

/**
 * When a transfer moves a person's insurance relationship out of a province, the holder is offered
 * the cancellation of each live card issued in that province (reason "moved out of the province"):
 * the card shows the offer until they ask for the cancellation or decline it. Nothing is cancelled
 * without them — a card also serves outside its province. A move within one province offers
 * nothing.
 */
export async function offerCancellationAfterMove(event: DomainEvent, tx: Tx): Promise<void> {
  const { personId, fromRegionCode, toRegionCode } = event.payload as {
    personId: string;
    fromRegionCode: string;
    toRegionCode: string;
  };
  const leftProvince = fromRegionCode.slice(0, 2);
  if (leftProvince === toRegionCode.slice(0, 2)) return;
  const offer = { action: 'cancellation-offered', reason: 'moved-out-of-province' } as const;
  for (const { id } of await selectCardsOfPerson(tx, personId)) {
    const card = await selectCardForUpdate(tx, personId, id);
    if (!card || card.issuingRegionCode.slice(0, 2) !== leftProvince) continue;
    if (!canApplyCardAction(cardStateOf(card), offer) || card.pendingRequest === 'cancellation')
      continue;
    await recordCardAction(tx, {
      card,
      actor: { type: 'system', id: 'transfer-application.completed' },
      ...offer,
      auditData: { eventId: event.id },
    });
  }
}
