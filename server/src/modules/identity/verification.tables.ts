import {
  doublePrecision,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { citizenAccounts } from './identity.tables.ts';

/**
 * Consents to real-person authentication (实人认证), recorded before any face capture
 * (SECURITY.md; PIPL Art. 29: sensitive personal information needs separate consent).
 */
export const realPersonConsents = pgTable(
  'real_person_consents',
  {
    id: uuid('id').primaryKey(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => citizenAccounts.id),
    purpose: text('purpose', { enum: ['real-person authentication'] }).notNull(),
    method: text('method', { enum: ['face', 'counter-code'] }).notNull(),
    noticeVersion: text('notice_version').notNull(),
    channel: text('channel').notNull(),
    givenAt: timestamp('given_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('real_person_consents_account_idx').on(table.accountId, table.givenAt)],
);

/**
 * Real-person authentications: the method, the result, the provider's transaction id, its score
 * and the times — never a face image or template (SECURITY.md).
 */
export const realPersonVerifications = pgTable(
  'real_person_verifications',
  {
    id: uuid('id').primaryKey(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => citizenAccounts.id),
    personId: uuid('person_id').notNull(),
    consentId: uuid('consent_id')
      .notNull()
      .references(() => realPersonConsents.id),
    method: text('method', { enum: ['face', 'counter-code'] }).notNull(),
    result: text('result', { enum: ['pending', 'passed', 'failed'] }).notNull(),
    providerTransactionId: text('provider_transaction_id'),
    score: doublePrecision('score'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
  },
  (table) => [
    index('real_person_verifications_account_idx').on(table.accountId, table.completedAt),
  ],
);

/**
 * Counter codes (柜台核验码): the non-face path to the same assurance, issued by agency staff to a
 * person who showed their ID card. Stored as a keyed hash; thirty minutes, one use, five guesses.
 */
export const counterCodes = pgTable(
  'counter_codes',
  {
    id: uuid('id').primaryKey(),
    personId: uuid('person_id').notNull(),
    codeHash: text('code_hash').notNull(),
    issuedBy: text('issued_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    failedAttempts: integer('failed_attempts').notNull().default(0),
    consumedAt: timestamp('consumed_at', { withTimezone: true }),
  },
  (table) => [index('counter_codes_person_idx').on(table.personId, table.createdAt)],
);
