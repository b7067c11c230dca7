import { sql } from 'drizzle-orm';
import {
  check,
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { familyRelations, MAX_FAMILY_MEMBERS } from '../../../../../domain/cards/family-members.ts';
import { cards } from '../cards.tables.ts';

/**
 * Electronic social security cards (电子社保卡): one per physical card, issued when the holder (or
 * a minor's guardian) applies. There is no state column: the e-card's state is the physical card's,
 * read when the e-card is used. Person-owned (distributed by `person_id` with `cards`).
 */
export const ecards = pgTable(
  'ecards',
  {
    id: uuid('id').notNull(),
    /** The card's holder. */
    personId: uuid('person_id').notNull(),
    cardId: uuid('card_id').notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    /** The account that applied: the holder's own, or a guardian's for a minor. */
    appliedByAccountId: uuid('applied_by_account_id').notNull(),
  },
  (table) => [
    primaryKey({ name: 'ecards_pk', columns: [table.personId, table.id] }),
    // One-to-one with the physical card.
    uniqueIndex('ecards_card_idx').on(table.personId, table.cardId),
    foreignKey({
      name: 'ecards_card_fk',
      columns: [table.personId, table.cardId],
      foreignColumns: [cards.personId, cards.id],
    }),
  ],
);

/**
 * The holder's explicit authorisation to use the e-card while the physical card is under a
 * temporary loss report (DOMAIN.md §6). It covers one report — the one ending at `lossEndsAt`,
 * fixed when the report was made — and ends at `expiresAt` (never after the report) or when
 * revoked. Rows are kept: they are the record of what the holder allowed.
 */
export const ecardLossAuthorisations = pgTable(
  'ecard_loss_authorisations',
  {
    id: uuid('id').notNull(),
    personId: uuid('person_id').notNull(),
    ecardId: uuid('ecard_id').notNull(),
    lossEndsAt: timestamp('loss_ends_at', { withTimezone: true }).notNull(),
    authorisedAt: timestamp('authorised_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    authorisedByAccountId: uuid('authorised_by_account_id').notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (table) => [
    primaryKey({ name: 'ecard_loss_authorisations_pk', columns: [table.personId, table.id] }),
    index('ecard_loss_authorisations_ecard_idx').on(table.personId, table.ecardId, table.expiresAt),
    foreignKey({
      name: 'ecard_loss_authorisations_ecard_fk',
      columns: [table.personId, table.ecardId],
      foreignColumns: [ecards.personId, ecards.id],
    }),
    check(
      'ecard_loss_authorisations_period_check',
      sql`${table.expiresAt} > ${table.authorisedAt} and ${table.expiresAt} <= ${table.lossEndsAt}`,
    ),
  ],
);

export const familyMemberStatuses = [
  'invited',
  'active',
  'declined',
  'expired',
  'removed',
  'left',
] as const;
export type FamilyMemberStatus = (typeof familyMemberStatuses)[number];

/**
 * A holder's family members (亲情服务), owned by the holder (`person_id`). A minor is `active` at
 * once; an adult is `invited` until they accept from their own account. Every member that is
 * invited or active holds one of the holder's eight places (`slot` 1–8, unique per holder): the
 * database itself refuses a ninth, whatever the concurrency. Ending a membership frees its place.
 */
export const ecardFamilyMembers = pgTable(
  'ecard_family_members',
  {
    id: uuid('id').notNull(),
    /** The holder who added the member. */
    personId: uuid('person_id').notNull(),
    memberPersonId: uuid('member_person_id').notNull(),
    relation: text('relation', { enum: familyRelations }).notNull(),
    kind: text('kind', { enum: ['minor', 'adult'] }).notNull(),
    /**
     * For a minor: the day they become an adult (from the ID number's birth date, which never
     * changes). The holder's access as guardian ends then; as an adult they must be invited.
     */
    adultFrom: date('adult_from', { mode: 'string' }),
    status: text('status', { enum: familyMemberStatuses }).notNull(),
    slot: smallint('slot'),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull(),
    addedByAccountId: uuid('added_by_account_id').notNull(),
    /** An adult's invitation lapses then (and frees its place). */
    invitationExpiresAt: timestamp('invitation_expires_at', { withTimezone: true }),
    /** The adult's own account that accepted or declined, after a real-person authentication. */
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    answeredByAccountId: uuid('answered_by_account_id'),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (table) => [
    primaryKey({ name: 'ecard_family_members_pk', columns: [table.personId, table.id] }),
    uniqueIndex('ecard_family_members_slot_idx').on(table.personId, table.slot),
    uniqueIndex('ecard_family_members_current_idx')
      .on(table.personId, table.memberPersonId)
      .where(sql`${table.status} in ('invited', 'active')`),
    // The adult's side: invitations to answer, families they are in.
    index('ecard_family_members_member_idx')
      .on(table.memberPersonId)
      .where(sql`${table.status} in ('invited', 'active')`),
    check(
      'ecard_family_members_slot_check',
      sql`${table.slot} between 1 and ${sql.raw(String(MAX_FAMILY_MEMBERS))}`,
    ),
    check(
      'ecard_family_members_place_check',
      sql`(${table.status} in ('invited', 'active')) = (${table.slot} is not null)`,
    ),
    check(
      'ecard_family_members_status_check',
      sql`${table.status} in ('invited', 'active', 'declined', 'expired', 'removed', 'left')`,
    ),
    check(
      'ecard_family_members_relation_check',
      sql`${table.relation} in (${sql.raw(familyRelations.map((r) => `'${r}'`).join(', '))})`,
    ),
    check(
      'ecard_family_members_kind_check',
      sql`${table.kind} in ('minor', 'adult') and (${table.kind} = 'adult' or ${table.status} not in ('invited', 'declined', 'expired', 'left'))`,
    ),
    check('ecard_family_members_self_check', sql`${table.memberPersonId} <> ${table.personId}`),
    check(
      'ecard_family_members_adult_from_check',
      sql`(${table.kind} = 'minor') = (${table.adultFrom} is not null)`,
    ),
    check(
      'ecard_family_members_invitation_check',
      sql`(${table.kind} = 'adult') = (${table.invitationExpiresAt} is not null)`,
    ),
  ],
);
