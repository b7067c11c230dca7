import type { Db } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { selectCardForUpdate, selectEndedTemporaryLosses } from '../cards.repository.ts';
import { recordCardAction } from '../record-card-action.ts';

const BATCH = 500;

/**
 * Restores every card whose temporary loss report has ended (DOMAIN.md §6: it expires by itself
 * after the configured period): the `temporary-loss-expired` action, by the system, one card per
 * transaction. A card the holder unblocked or reported formally lost in the meantime is left alone.
 * How many cards were restored.
 */
export async function expireTemporaryLosses({
  db,
  now = new Date(),
}: {
  db: Db;
  now?: Date;
}): Promise<{ restored: number }> {
  let restored = 0;
  for (;;) {
    const ended = await selectEndedTemporaryLosses(db, now, BATCH);
    const before = restored;
    for (const { personId, id } of ended) {
      const done = await db.transaction(async (tx) => {
        const card = await selectCardForUpdate(tx, personId, id);
        if (card?.status !== 'temporary-loss' || !card.temporaryLossEndsAt) return false;
        if (card.temporaryLossEndsAt > now) return false;
        try {
          await recordCardAction(tx, {
            card,
            actor: { type: 'system', id: 'card-temporary-loss-expiry' },
            action: 'temporary-loss-expired',
            now,
          });
        } catch (error) {
          if (error instanceof AppError) return false;
          throw error;
        }
        return true;
      });
      if (done) restored++;
    }
    // A full batch of which none could be restored would be read again: stop instead.
    if (ended.length < BATCH || restored === before) return { restored };
  }
}
