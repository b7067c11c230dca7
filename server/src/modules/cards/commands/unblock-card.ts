import type { CardRow } from '../cards.repository.ts';
import { recordCardAction } from '../record-card-action.ts';
import { changeCardAsHolder, type HolderCardChange } from './holder-card-change.ts';

/** The holder ends their temporary loss report (解挂); allowed only from a temporary loss report. */
export async function unblockCard(options: HolderCardChange): Promise<CardRow> {
  const { now = new Date() } = options;
  return changeCardAsHolder(options, (tx, card, actor) =>
    recordCardAction(tx, { card, actor, action: 'temporary-loss-unblocked', now }),
  );
}
