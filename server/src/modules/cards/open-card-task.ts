import type { Tx } from '../../platform/db/database.ts';
import { newId } from '../../platform/ids.ts';
import type { CardActor } from './card-actor.ts';
import { insertCardTask, type CardRow, type CardTaskRow } from './cards.repository.ts';
import type { CardTaskKind } from './cards.tables.ts';

/**
 * Puts work for the agency of the card's issuing region in its queue, in the caller's transaction
 * (the action that asked for it is written there too). The database keeps one open task per card.
 */
export async function openCardTask(
  tx: Tx,
  {
    card,
    actor,
    kind,
    reasonCode,
    now,
  }: { card: CardRow; actor: CardActor; kind: CardTaskKind; reasonCode: string; now: Date },
): Promise<CardTaskRow> {
  return insertCardTask(tx, {
    id: newId(now.getTime()),
    personId: card.personId,
    cardId: card.id,
    kind,
    reasonCode,
    agencyRegionCode: card.issuingRegionCode,
    status: 'open',
    requestedAt: now,
    requestedByType: actor.type,
    requestedById: actor.id,
  });
}
