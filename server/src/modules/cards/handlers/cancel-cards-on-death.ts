import type { Tx } from '../../../platform/db/database.ts';
import type { DomainEvent } from '../../../platform/events/index.ts';
import { selectCardForUpdate, selectCardsOfPerson } from '../cards.repository.ts';
import { recordCardAction } from '../record-card-action.ts';

/**
 * When a person is recorded as deceased (`person.died`, from public security's report or from
 * staff), every card of theirs not yet cancelled is cancelled with the reason "death", without any
 * action by the family (DOMAIN.md §6). The event inbox applies this once per event; a second
 * report of the same death finds the cards cancelled already and changes nothing either.
 */
export async function cancelCardsOnDeath(event: DomainEvent, tx: Tx): Promise<void> {
  const { personId } = event.payload as { personId: string };
  const now = new Date();
  for (const { id } of await selectCardsOfPerson(tx, personId)) {
    const card = await selectCardForUpdate(tx, personId, id);
    if (!card || card.status === 'cancelled') continue;
    await recordCardAction(tx, {
      card,
      actor: { type: 'system', id: 'person.died' },
      action: 'cancelled',
      reason: 'death',
      auditData: { eventId: event.id },
      now,
    });
  }
}
