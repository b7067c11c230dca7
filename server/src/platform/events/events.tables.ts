import { pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

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
