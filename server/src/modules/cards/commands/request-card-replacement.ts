import type { CardRow } from '../cards.repository.ts';
import { openCardTask } from '../open-card-task.ts';
import { recordCardAction } from '../record-card-action.ts';
import { changeCardAsHolder, type HolderCardChange } from './holder-card-change.ts';

/**
 * The holder asks for a replacement card (补换卡): for a damaged card in use, or one reported lost.
 * The agency of the issuing region gets a replacement-issuing task; issuing the new card cancels
 * this one with the reason "replacement".
 */
export async function requestCardReplacement(options: HolderCardChange): Promise<CardRow> {
  const { now = new Date() } = options;
  return changeCardAsHolder(options, async (tx, card, actor) => {
    // The state machine speaks first: a refused request must leave no task behind.
    const requested = await recordCardAction(tx, {
      card,
      actor,
      action: 'replacement-requested',
      now,
    });
    await openCardTask(tx, {
      card,
      actor,
      kind: 'replacement-issuing',
      reasonCode: 'replacement',
      now,
    });
    return requested;
  });
}
