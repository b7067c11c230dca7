import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * A citizen's account: a phone number (encrypted, found through its blind index), later bound to
 * a person of the population registry by name and ID number.
 */
export const citizenAccounts = pgTable('citizen_accounts', {
  id: uuid('id').primaryKey(),
  phoneIndex: text('phone_index').notNull().unique(),
  phoneEncrypted: text('phone_encrypted').notNull(),
  /** The person this account acts as; one account per person. */
  personId: uuid('person_id').unique(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  boundAt: timestamp('bound_at', { withTimezone: true }),
});

/**
 * One-time codes sent by SMS (SECURITY.md): stored as a keyed hash, bound to a purpose, valid for
 * ten minutes, good for one use and at most five guesses.
 */
export const oneTimeCodes = pgTable(
  'one_time_codes',
  {
    id: uuid('id').primaryKey(),
    phoneIndex: text('phone_index').notNull(),
    purpose: text('purpose', { enum: ['sign-in'] }).notNull(),
    codeHash: text('code_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    failedAttempts: integer('failed_attempts').notNull().default(0),
    consumedAt: timestamp('consumed_at', { withTimezone: true }),
  },
  (table) => [
    index('one_time_codes_phone_idx').on(table.phoneIndex, table.purpose, table.createdAt),
  ],
);
