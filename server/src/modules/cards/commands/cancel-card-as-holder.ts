import {
  cancellationRefusal,
  explainCancellationReason,
  type CancellationReasonCode,
} from '../../../../../domain/cards/index.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { selectCardsOfPerson, type CardRow } from '../cards.repository.ts';
import { openCardTask } from '../open-card-task.ts';
import { recordCardAction } from '../record-card-action.ts';
import { changeCardAsHolder, type HolderCardChange } from './holder-card-change.ts';

/**
 * The holder cancels a card (注销) with a reason from the legal list. A duplicate card in another
 * region and a replaced card are cancelled at once, online, when the platform holds the proof
 * (another live card; 422 CANCELLATION_REFUSED naming what is missing otherwise). The other reasons
 * need the counter: the card shows a pending cancellation request and the agency of the issuing
 * region gets a task. Death is never the holder's reason to give.
 */
export async function cancelCardAsHolder(
  options: HolderCardChange & { reason: CancellationReasonCode },
): Promise<CardRow> {
  const { reason, now = new Date() } = options;
  const handling = explainCancellationReason(reason).handling;
  return changeCardAsHolder(options, async (tx, card, actor) => {
    if (handling === 'agency') {
      const requested = await recordCardAction(tx, {
        card,
        actor,
        action: 'cancellation-requested',
        reason,
        now,
      });
      await openCardTask(tx, { card, actor, kind: 'cancellation', reasonCode: reason, now });
      return requested;
    }
    const held = (await selectCardsOfPerson(tx, card.personId)).map((c) => ({
      id: c.id,
      issuingRegionCode: c.issuingRegionCode,
      issuedOn: c.issuedOn,
      status: c.status,
    }));
    const self = held.find((c) => c.id === card.id)!;
    const refusal = cancellationRefusal(reason, self, held);
    // The state machine speaks first: a card already cancelled answers 409, not 422.
    const cancelled = await recordCardAction(tx, { card, actor, action: 'cancelled', reason, now });
    if (refusal !== null)
      throw new AppError('CANCELLATION_REFUSED', { details: { refusal, reason } });
    return cancelled;
  });
}
