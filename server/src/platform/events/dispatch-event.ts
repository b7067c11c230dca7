import type { Db } from '../db/database.ts';
import type { DomainEvent, EventSubscription } from './domain-event.ts';
import { eventInbox } from './events.tables.ts';

/**
 * Hands one event to every subscribed handler. Each handler runs in its own transaction that
 * first claims the (event, handler) inbox row; a claim that already exists means "already applied".
 * A failing handler throws, the job is retried with back-off, and handlers that succeeded are skipped.
 */
export async function dispatchEvent(
  db: Db,
  subscriptions: readonly EventSubscription[],
  event: DomainEvent,
): Promise<{ applied: string[]; skipped: string[] }> {
  const applied: string[] = [];
  const skipped: string[] = [];
  for (const subscription of subscriptions.filter((s) => s.event === event.name)) {
    const didApply = await db.transaction(async (tx) => {
      const claimed = await tx
        .insert(eventInbox)
        .values({ eventId: event.id, handler: subscription.handler })
        .onConflictDoNothing()
        .returning({ eventId: eventInbox.eventId });
      if (claimed.length === 0) return false;
      await subscription.handle(event, tx);
      return true;
    });
    (didApply ? applied : skipped).push(subscription.handler);
  }
  return { applied, skipped };
}
