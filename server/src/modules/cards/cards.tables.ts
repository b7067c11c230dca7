import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  cancellationReasonCodes,
  cardActionKinds,
  cardStatuses,
} from '../../../../domain/cards/index.ts';

const REGION_CODE = sql.raw(`'^[0-9]{6}$'`);

/**
 * Social security cards (社会保障卡), one row per card. Person-owned: distributed by `person_id`
 * under Citus, so the primary key includes it. The state columns are the domain's CardState
 * derived from the actions below, stored for lists and always written with the action that
 * changes them; `version` counts the actions (an action's `seq` is the version it produced).
 * The card number and the identification code are personal data: stored only encrypted, found
 * through `card_keys`.
 */
export const cards = pgTable(
  'cards',
  {
    id: uuid('id').notNull(),
    personId: uuid('person_id').notNull(),
    /** The agency (city-level GB/T 2260 code) that issued the card. */
    issuingRegionCode: text('issuing_region_code').notNull(),
    cardNumberEncrypted: text('card_number_encrypted').notNull(),
    identificationCodeEncrypted: text('identification_code_encrypted').notNull(),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    /** The last valid day: ten years after the issue (domain/cards/card-validity.ts). */
    expiresOn: date('expires_on', { mode: 'string' }).notNull(),
    /** The card this one replaces (补换卡), if any. */
    replacesCardId: uuid('replaces_card_id'),
    status: text('status', { enum: cardStatuses }).notNull(),
    locked: boolean('locked').notNull().default(false),
    pendingRequest: text('pending_request', { enum: ['replacement', 'renewal', 'cancellation'] }),
    pendingReason: text('pending_reason', { enum: cancellationReasonCodes }),
    offeredCancellation: text('offered_cancellation', { enum: cancellationReasonCodes }),
    cancellationReason: text('cancellation_reason', { enum: cancellationReasonCodes }),
    /** When a temporary loss report ends by itself (the expiry job restores the card then). */
    temporaryLossEndsAt: timestamp('temporary_loss_ends_at', { withTimezone: true }),
    version: integer('version').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    primaryKey({ name: 'cards_pk', columns: [table.personId, table.id] }),
    index('cards_person_idx').on(table.personId, table.issuedOn),
    index('cards_temporary_loss_ends_idx')
      .on(table.temporaryLossEndsAt)
      .where(sql`${table.status} = 'temporary-loss'`),
    check('cards_region_code_check', sql`${table.issuingRegionCode} ~ ${REGION_CODE}`),
    check(
      'cards_status_check',
      sql`${table.status} in ('sealed', 'normal', 'temporary-loss', 'formal-loss', 'cancelled')`,
    ),
    check('cards_dates_check', sql`${table.expiresOn} > ${table.issuedOn}`),
    check(
      'cards_temporary_loss_check',
      sql`(${table.status} = 'temporary-loss') = (${table.temporaryLossEndsAt} is not null)`,
    ),
    check(
      'cards_cancellation_check',
      sql`(${table.status} = 'cancelled') = (${table.cancellationReason} is not null)`,
    ),
    check(
      'cards_pending_check',
      sql`(${table.pendingReason} is null or ${table.pendingRequest} = 'cancellation') and (${table.pendingRequest} <> 'cancellation' or ${table.pendingReason} is not null)`,
    ),
    check('cards_version_check', sql`${table.version} >= 1`),
  ],
);

/**
 * The lookup of cards by their identifiers, keyed and (under Citus) distributed by the key: the
 * blind index of `<issuing region>:<card number>` (a card number is unique within its region) and
 * of the identification code (unique everywhere). Written with the card in one transaction; the
 * primary key is what makes both unique.
 */
export const cardKeys = pgTable('card_keys', {
  key: text('key').primaryKey(),
  kind: text('kind', { enum: ['card-number', 'identification-code'] }).notNull(),
  personId: uuid('person_id').notNull(),
  cardId: uuid('card_id').notNull(),
});

/**
 * The append-only history of each card (a trigger refuses UPDATE and DELETE): who did what, when,
 * why. The state is derived from it; the holder's timeline, the staff view and every channel read
 * it.
 */
export const cardActions = pgTable(
  'card_actions',
  {
    id: uuid('id').notNull(),
    personId: uuid('person_id').notNull(),
    cardId: uuid('card_id').notNull(),
    seq: integer('seq').notNull(),
    action: text('action', { enum: cardActionKinds }).notNull(),
    actorType: text('actor_type', { enum: ['citizen', 'staff', 'system'] }).notNull(),
    actorId: text('actor_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    /** A cancellation (or cancellation request, or offer) reason. */
    reasonCode: text('reason_code', { enum: cancellationReasonCodes }),
    note: text('note'),
    /** The agency (city-level region code) on whose behalf staff acted; null otherwise. */
    agencyRegionCode: text('agency_region_code'),
  },
  (table) => [
    primaryKey({ name: 'card_actions_pk', columns: [table.personId, table.id] }),
    uniqueIndex('card_actions_seq_idx').on(table.personId, table.cardId, table.seq),
    foreignKey({
      name: 'card_actions_card_fk',
      columns: [table.personId, table.cardId],
      foreignColumns: [cards.personId, cards.id],
    }),
  ],
);

/**
 * The card's service password (服务密码): a keyed hash of the password bound to the card
 * (card-password.ts), so that a database dump alone cannot be searched through the million
 * six-digit passwords, and how many wrong ones came in a row (six lock the card,
 * domain/cards/password-lock.ts).
 */
export const cardPasswords = pgTable(
  'card_passwords',
  {
    personId: uuid('person_id').notNull(),
    cardId: uuid('card_id').notNull(),
    passwordHash: text('password_hash').notNull(),
    wrongInARow: integer('wrong_in_a_row').notNull().default(0),
    lockedAt: timestamp('locked_at', { withTimezone: true }),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    primaryKey({ name: 'card_passwords_pk', columns: [table.personId, table.cardId] }),
    foreignKey({
      name: 'card_passwords_card_fk',
      columns: [table.personId, table.cardId],
      foreignColumns: [cards.personId, cards.id],
    }),
    check('card_passwords_wrong_check', sql`${table.wrongInARow} between 0 and 6`),
  ],
);

export const cardTaskKinds = ['formal-loss', 'cancellation', 'replacement-issuing'] as const;
export type CardTaskKind = (typeof cardTaskKinds)[number];

/**
 * The agency side's work on cards (经办任务): a cancellation the holder asked for that needs the
 * counter, a replacement or renewal card to issue, a formal loss report to record. One open task
 * per card; the agency of the card's issuing region works it.
 */
export const cardTasks = pgTable(
  'card_tasks',
  {
    id: uuid('id').notNull(),
    personId: uuid('person_id').notNull(),
    cardId: uuid('card_id').notNull(),
    kind: text('kind', { enum: cardTaskKinds }).notNull(),
    /** For a cancellation: the reason the holder chose; for an issue: renewal or replacement. */
    reasonCode: text('reason_code').notNull(),
    agencyRegionCode: text('agency_region_code').notNull(),
    /** `obsolete`: the card was cancelled otherwise (death, online) before the task was worked. */
    status: text('status', { enum: ['open', 'done', 'refused', 'obsolete'] }).notNull(),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
    requestedByType: text('requested_by_type', { enum: ['citizen', 'staff', 'system'] }).notNull(),
    requestedById: text('requested_by_id').notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedById: text('closed_by_id'),
    /** Why a task was refused (shown to the holder), or the agency's note. */
    note: text('note'),
    /** The card issued by a replacement-issuing task. */
    newCardId: uuid('new_card_id'),
    version: integer('version').notNull().default(1),
  },
  (table) => [
    primaryKey({ name: 'card_tasks_pk', columns: [table.personId, table.id] }),
    foreignKey({
      name: 'card_tasks_card_fk',
      columns: [table.personId, table.cardId],
      foreignColumns: [cards.personId, cards.id],
    }),
    uniqueIndex('card_tasks_one_open_idx')
      .on(table.personId, table.cardId)
      .where(sql`${table.status} = 'open'`),
    index('card_tasks_queue_idx')
      .on(table.agencyRegionCode, table.requestedAt)
      .where(sql`${table.status} = 'open'`),
    check('card_tasks_closed_check', sql`(${table.status} = 'open') = (${table.closedAt} is null)`),
  ],
);
