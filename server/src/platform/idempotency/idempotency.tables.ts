import { integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Idempotency keys of creating requests (SECURITY.md "Integrity and reliability"), scoped to the
 * caller. A key is written with its request's change and first response, in one transaction
 * (run-idempotently.ts): every row has its response.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    /** Who sent the key, e.g. `citizen:<account id>`: keys never cross callers. */
    scope: text('scope').notNull(),
    key: text('key').notNull(),
    /** SHA-256 of the method, route and canonical body. */
    requestHash: text('request_hash').notNull(),
    responseStatus: integer('response_status').notNull(),
    /** The first response's JSON body, as text so that it replays unchanged. */
    responseBody: text('response_body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.scope, table.key] })],
);
