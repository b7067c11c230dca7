import { sql } from 'drizzle-orm';
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
  const domainEvent: DomainEvent = {
    id: newId(),
    name: event.name,
    occurredAt: new Date().toISOString(),
    payload: event.payload,
  };
  await tx.execute(
    sql`select graphile_worker.add_job(${DISPATCH_EVENT_TASK}, ${JSON.stringify(domainEvent)}::json, max_attempts => 25)`,
  );
  return domainEvent;
}
