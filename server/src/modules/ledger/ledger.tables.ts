import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { insuranceSchemes } from '../../../../domain/schemes.ts';
import { fundAccountKinds, journalEntryKinds } from './fund-accounts.ts';

/**
 * The fund ledger (基金账簿): double-entry rows for money that moves between regional funds.
 * Migration 0007 makes all three tables append-only (a trigger refuses UPDATE, DELETE and
 * TRUNCATE for every role) and checks at commit that every entry balances.
 */

/** One account per (city-level) region, scheme and fund kind, created on first use. */
export const ledgerAccounts = pgTable(
  'ledger_accounts',
  {
    id: uuid('id').primaryKey(),
    /** The region of the agency that holds the fund. */
    regionCode: text('region_code').notNull(),
    scheme: text('scheme', { enum: insuranceSchemes }).notNull(),
    kind: text('kind', { enum: fundAccountKinds }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    unique('ledger_accounts_fund_key').on(table.regionCode, table.scheme, table.kind),
    check('ledger_accounts_region_check', sql`${table.regionCode} ~ '^[0-9]{6}$'`),
  ],
);

/**
 * Journal entries (记账凭证), hash-chained like the audit log: each entry's hash covers the
 * previous entry's hash, its own fields and all its lines.
 */
export const ledgerEntries = pgTable(
  'ledger_entries',
  {
    id: uuid('id').primaryKey(),
    /** Chain order: entries are appended under an advisory lock, so seq order is chain order. */
    seq: bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity().notNull().unique(),
    postedAt: timestamp('posted_at', { withTimezone: true, mode: 'date' }).notNull(),
    kind: text('kind', { enum: journalEntryKinds }).notNull(),
    /** What the entry records, e.g. `transfer-application` and that application's id. */
    referenceType: text('reference_type').notNull(),
    referenceId: text('reference_id').notNull(),
    description: text('description').notNull(),
    actorType: text('actor_type').notNull(),
    actorId: text('actor_id').notNull(),
    prevHash: text('prev_hash'),
    hash: text('hash').notNull(),
  },
  (table) => [
    // A transfer is posted once: one entry per kind and reference.
    unique('ledger_entries_reference_key').on(table.kind, table.referenceType, table.referenceId),
    // Two entries can never link to the same predecessor, so the chain cannot fork even when a
    // caller's snapshot is older than the last append.
    unique('ledger_entries_prev_hash_key').on(table.prevHash).nullsNotDistinct(),
  ],
);

/**
 * Journal lines (分录). Sign convention: `amount_fen` > 0 is a debit, money arriving in the
 * account's fund; < 0 is a credit, money leaving it. A fund's balance is the sum of its lines, and
 * the lines of every entry sum to zero, so the sum of all balances is always zero.
 */
export const ledgerLines = pgTable(
  'ledger_lines',
  {
    id: uuid('id').primaryKey(),
    entryId: uuid('entry_id')
      .notNull()
      .references(() => ledgerEntries.id),
    /** Order of the line within its entry; the entry's hash covers the lines in this order. */
    lineNo: integer('line_no').notNull(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => ledgerAccounts.id),
    amountFen: bigint('amount_fen', { mode: 'bigint' }).notNull(),
  },
  (table) => [
    unique('ledger_lines_entry_line_key').on(table.entryId, table.lineNo),
    index('ledger_lines_account_idx').on(table.accountId),
    check('ledger_lines_amount_check', sql`${table.amountFen} <> 0`),
  ],
);
