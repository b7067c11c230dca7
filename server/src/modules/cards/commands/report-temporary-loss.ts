import type { CardRow } from '../cards.repository.ts';
import { recordCardAction } from '../record-card-action.ts';
import { changeCardAsHolder, type HolderCardChange } from './holder-card-change.ts';

/**
 * The holder reports the card lost for now (临时挂失, online): the card stops working until they
 * unblock it, and the report ends by itself after `temporaryLossDays` (CARD_TEMPORARY_LOSS_DAYS),
 * when the expiry job restores the card. Only a card in normal use can be reported.
 */
export async function reportTemporaryLoss(
  options: HolderCardChange & { temporaryLossDays: number },
): Promise<CardRow> {
  const { temporaryLossDays, now = new Date() } = options;
  return changeCardAsHolder(options, (tx, card, actor) =>
    recordCardAction(tx, {
      card,
      actor,
      action: 'temporary-loss-reported',
      temporaryLossEndsAt: new Date(now.getTime() + temporaryLossDays * 86_400_000),
      now,
    }),
  );
}
