import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Sessions of every kind of account. Only a hash of the token is stored: a database dump
 * cannot be replayed as a cookie.
 */
export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey(),
    tokenHash: text('token_hash').notNull().unique(),
    accountKind: text('account_kind', { enum: ['citizen', 'staff'] }).notNull(),
    accountId: uuid('account_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
    /** The absolute end: no activity extends a session past it. */
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (table) => [index('sessions_account_idx').on(table.accountKind, table.accountId)],
);
