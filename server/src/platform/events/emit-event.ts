import { sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../db/database.ts';
import { newId } from '../ids.ts';
import type { DomainEvent } from './domain-event.ts';

export const DISPATCH_EVENT_TASK = 'dispatch-event';

/**
 * Writes an event into the outbox inside the caller's transaction. The outbox is graphile-worker's
 * job table: the job exists exactly when the transaction commits, and survives a crash after it.
 */
export async function emitEvent(
  tx: Tx,
  event: { name: string; payload: Record<string, unknown> },
): Promise<DomainEvent> {
  const [emitted] = await emitEvents(tx, [event]);
  return emitted!;
}

/** Writes several events into the outbox in one statement (graphile-worker's add_jobs). */
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
 * larger statement (platform/db/one-statement.ts); it yields one row per event.
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
  const specs = domainEvents.map((payload) => ({
    identifier: DISPATCH_EVENT_TASK,
    payload,
    max_attempts: 25,
  }));
  const query = sql`select id from graphile_worker.add_jobs(array(
    select json_populate_recordset(null::graphile_worker.job_spec, ${JSON.stringify(specs)}::json)))`;
  return { domainEvents, query };
}
