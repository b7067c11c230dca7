import { sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../db/database.ts';
import { newId } from '../ids.ts';
import type { DomainEvent } from './domain-event.ts';

/** graphile-worker's task that delivers one event (start-worker.ts). */
export const DISPATCH_EVENT_TASK = 'dispatch-event';

/**
 * Writes an event into the outbox inside the caller's transaction: the event exists exactly when
 * the transaction commits, and survives a crash after it. The relay (outbox-relay.ts) hands it to
 * the job queue, whose dispatch-event job delivers it to the subscribed handlers.
 */
export async function emitEvent(
  tx: Tx,
  event: { name: string; payload: Record<string, unknown> },
): Promise<DomainEvent> {
  const [emitted] = await emitEvents(tx, [event]);
  return emitted!;
}

/** Writes several events into the outbox in one statement. */
export async function emitEvents(
  tx: Tx,
  events: readonly { name: string; payload: Record<string, unknown> }[],
): Promise<DomainEvent[]> {
  if (events.length === 0) return [];
  const { domainEvents, query } = emitEventsQuery(events);
  await tx.execute(query);
  return domainEvents;
}

/**
 * The query that writes events into the outbox, for a caller that writes them as part of a
 * larger statement (platform/db/one-statement.ts); it yields one row per event. The events go as
 * one JSON parameter, so the text is the same for any number of them.
 */
export function emitEventsQuery(
  events: readonly { name: string; payload: Record<string, unknown> }[],
): { domainEvents: DomainEvent[]; query: SQL } {
  const occurredAt = new Date().toISOString();
  const domainEvents = events.map((event): DomainEvent => ({
    id: newId(),
    name: event.name,
    occurredAt,
    payload: event.payload,
  }));
  const rows = domainEvents.map((event) => ({ id: event.id, name: event.name, event }));
  const query = sql`insert into event_outbox (id, name, event)
    select id, name, event from json_to_recordset(${JSON.stringify(rows)}::json)
      as e(id uuid, name text, event json)
    returning id`;
  return { domainEvents, query };
}
