import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { insuranceSchemes } from '../../../../domain/schemes.ts';
import {
  transferApplicationActionKinds,
  transferApplicationStatuses,
} from '../../../../domain/transfer/application-status.ts';

/**
 * Online transfer applications (关系转移申请), one row per case. The status is derived from the
 * actions below and stored only so that lists and the one-open-application index can use it; it
 * changes in the same transaction as the action that changes it. Personal data: the contact and
 * agent phones are encrypted; the address, post code and former personal number are the
 * applicant's own form answers.
 */
export const transferApplications = pgTable(
  'transfer_applications',
  {
    id: uuid('id').primaryKey(),
    personId: uuid('person_id').notNull(),
    scheme: text('scheme', { enum: insuranceSchemes }).notNull(),
    fromRegionCode: text('from_region_code').notNull(),
    /** The transfer-in agency's (city-level) region. */
    toRegionCode: text('to_region_code').notNull(),
    status: text('status', { enum: transferApplicationStatuses }).notNull(),
    contactPhoneEncrypted: text('contact_phone_encrypted').notNull(),
    address: text('address').notNull(),
    postCode: text('post_code').notNull(),
    formerPersonalNumber: text('former_personal_number'),
    agentName: text('agent_name'),
    agentPhoneEncrypted: text('agent_phone_encrypted'),
    channel: text('channel', { enum: ['web', 'app', 'ecard'] }).notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
    /**
     * The amounts the transfer-out agency computed with the calculator's rules from the recorded
     * history, set in the transaction that posts them to the fund ledger; null until then. The
     * ledger verifier checks the posted rows against them.
     */
    pooledFundFen: bigint('pooled_fund_fen', { mode: 'bigint' }),
    individualAccountFen: bigint('individual_account_fen', { mode: 'bigint' }),
    /** The last day of the open step's legal period (copied from its latest action). */
    nextDeadlineOn: date('next_deadline_on', { mode: 'string' }),
    /** Set by the deadline watch: how the open step stands against its deadline. */
    deadlineState: text('deadline_state', { enum: ['on-time', 'due-soon', 'overdue'] }),
    deadlineCheckedOn: date('deadline_checked_on', { mode: 'string' }),
  },
  (table) => [
    // SECURITY.md: at most one open application per person and scheme, enforced here.
    uniqueIndex('transfer_applications_one_open_idx')
      .on(table.personId, table.scheme)
      .where(sql`${table.status} in ('submitted', 'accepted', 'out-done')`),
    index('transfer_applications_person_idx').on(table.personId, table.submittedAt),
    index('transfer_applications_to_region_idx').on(table.toRegionCode, table.status),
    index('transfer_applications_from_region_idx').on(table.fromRegionCode, table.status),
    index('transfer_applications_open_deadline_idx')
      .on(table.nextDeadlineOn)
      .where(sql`${table.status} in ('submitted', 'accepted', 'out-done')`),
    check(
      'transfer_applications_regions_check',
      sql`${table.fromRegionCode} ~ '^[0-9]{6}$' and ${table.toRegionCode} ~ '^[0-9]{6}$'`,
    ),
  ],
);

/**
 * The append-only history of each application: who did what, when, why, and the legal deadline
 * of the next step (in working days, DOMAIN.md §5). The status is derived from this list.
 */
export const transferApplicationActions = pgTable(
  'transfer_application_actions',
  {
    id: uuid('id').primaryKey(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => transferApplications.id),
    personId: uuid('person_id').notNull(),
    seq: integer('seq').notNull(),
    action: text('action', { enum: transferApplicationActionKinds }).notNull(),
    actorType: text('actor_type', { enum: ['citizen', 'staff', 'system'] }).notNull(),
    actorId: text('actor_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    reasonCode: text('reason_code'),
    note: text('note'),
    /** The last day of the next step's legal period; null when there is no next step. */
    deadlineOn: date('deadline_on', { mode: 'string' }),
    /** The agency (city-level region code) on whose behalf staff acted; null otherwise. */
    agencyRegionCode: text('agency_region_code'),
  },
  (table) => [
    uniqueIndex('transfer_application_actions_seq_idx').on(table.applicationId, table.seq),
    // Supervisors' handling times read one agency's steps over a window.
    index('transfer_application_actions_agency_idx').on(table.agencyRegionCode, table.at),
  ],
);

/**
 * The official documents of a transfer (DOMAIN.md §3): the contact letter (联系函) the transfer-in
 * agency sends, the information table (信息表) the transfer-out agency returns, and the completion
 * notice (告知书) to the person — one of each per application, with a number of its own. Their
 * fields carry the full ID number (official documents may, SECURITY.md), so they are stored
 * encrypted as one JSON document and rendered to PDF on request.
 */
const transferDocumentKinds = ['contact-letter', 'information-table', 'completion-notice'] as const;

export const transferDocuments = pgTable(
  'transfer_documents',
  {
    id: uuid('id').primaryKey(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => transferApplications.id),
    kind: text('kind', { enum: transferDocumentKinds }).notNull(),
    number: text('number').notNull().unique(),
    issuedByRegionCode: text('issued_by_region_code').notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    contentEncrypted: text('content_encrypted').notNull(),
  },
  (table) => [
    uniqueIndex('transfer_documents_one_per_kind_idx').on(table.applicationId, table.kind),
  ],
);

/**
 * The last number each agency gave a document of each kind in each year (`<agency>-LXH-2026-`
 * 000041 → 41). A document's number is taken by raising its counter in the issuing transaction,
 * which holds the row until it commits: numbers follow each other without a gap or a repeat.
 */
export const transferDocumentCounters = pgTable(
  'transfer_document_counters',
  {
    agencyRegionCode: text('agency_region_code').notNull(),
    kind: text('kind', { enum: transferDocumentKinds }).notNull(),
    year: integer('year').notNull(),
    lastSeq: integer('last_seq').notNull(),
  },
  (table) => [
    primaryKey({
      name: 'transfer_document_counters_pk',
      columns: [table.agencyRegionCode, table.kind, table.year],
    }),
  ],
);
