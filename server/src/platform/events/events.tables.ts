import { json, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The inbox: which handler has applied which event. A handler's effect and its inbox row commit
 * together, so a redelivered event is recognised and has exactly one effect.
 */
export const eventInbox = pgTable(
  'event_inbox',
  {
    eventId: uuid('event_id').notNull(),
    handler: text('handler').notNull(),
    appliedAt: timestamp('applied_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.eventId, table.handler] })],
);

/**
 * The outbox: events written with the change that caused them, waiting to be handed to the job
 * queue by the relay (outbox-relay.ts). A plain insert here is what a command pays on its request;
 * graphile-worker's add_jobs (with its NOTIFY, which orders every notifying commit behind one
 * lock) runs in the relay, for hundreds of events at a time (DECISIONS.md 43).
 */
export const eventOutbox = pgTable('event_outbox', {
  /** Time-ordered (ids.ts): the relay hands events on in the order of their milliseconds. */
  id: uuid('id').primaryKey(),
  /** The event's name, for a person reading the table; the relay passes `event` on as written. */
  name: text('name').notNull(),
  /** The whole DomainEvent as the dispatch-event job's payload, kept as the text written. */
  event: json('event').notNull(),
});
