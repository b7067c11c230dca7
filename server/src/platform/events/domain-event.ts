import type { Tx } from '../db/database.ts';

/** A fact that happened, written with the change that caused it and handled after commit. */
export interface DomainEvent<Payload = Record<string, unknown>> {
  id: string;
  name: string;
  occurredAt: string;
  payload: Payload;
}

/** A module's reaction to an event; it runs in its own transaction, at most once per event. */
export interface EventSubscription {
  /** Stable and unique: it keys the inbox, so renaming it re-applies old events. */
  handler: string;
  event: string;
  handle(event: DomainEvent, tx: Tx): Promise<void>;
}
