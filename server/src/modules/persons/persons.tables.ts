import { sql } from 'drizzle-orm';
import {
  bigint,
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

const REGION_CODE = sql.raw(`'^[0-9]{6}$'`);
const YEAR_MONTH = sql.raw(`'^[0-9]{4}-(0[1-9]|1[0-2])$'`);

/**
 * Insured persons (参保人). Distributed by `id` under Citus: it is the `person_id` of every
 * person-owned table. The citizen ID number and the phone are stored only encrypted, with a blind
 * index to find a row by them (SECURITY.md "Personal information").
 *
 * The name is stored in clear: people and staff need it on every page, it is not one of the values
 * SECURITY.md requires to be encrypted, and it is useless for finding someone without the ID
 * number. It must never be logged or written to the audit log, and presenters mask it (`张*`).
 */
export const persons = pgTable(
  'persons',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    /** The normalized 18-character ID number, encrypted with the field cipher. */
    citizenIdEncrypted: text('citizen_id_encrypted').notNull(),
    /** Blind index, purpose `citizen-id`, over the normalized 18-character ID number. */
    citizenIdIndex: text('citizen_id_index').notNull(),
    /** The mobile phone used to sign in (11 digits, no country code), encrypted. */
    phoneEncrypted: text('phone_encrypted'),
    /** Blind index, purpose `phone`, over the 11-digit mobile number. */
    phoneIndex: text('phone_index'),
    /** From the ID number (sequence digit odd = male); kept in clear so rules need no decryption. */
    sex: text('sex', { enum: ['male', 'female'] }).notNull(),
    birthDate: date('birth_date', { mode: 'string' }).notNull(),
    /** Where the household registration (户籍所在地) is now, GB/T 2260. */
    hukouRegionCode: text('hukou_region_code').notNull(),
    status: text('status', { enum: ['alive', 'deceased'] }).notNull(),
    deceasedOn: date('deceased_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** Optimistic concurrency: every update bumps it and names the version it read. */
    version: integer('version').notNull().default(1),
  },
  (table) => [
    uniqueIndex('persons_citizen_id_index_unique').on(table.citizenIdIndex),
    uniqueIndex('persons_phone_index_unique').on(table.phoneIndex),
    check('persons_sex_check', sql`${table.sex} in ('male', 'female')`),
    check('persons_status_check', sql`${table.status} in ('alive', 'deceased')`),
    check(
      'persons_deceased_on_check',
      sql`(${table.status} = 'deceased') = (${table.deceasedOn} is not null) and (${table.deceasedOn} is null or ${table.deceasedOn} >= ${table.birthDate})`,
    ),
    check('persons_hukou_region_code_check', sql`${table.hukouRegionCode} ~ ${REGION_CODE}`),
    check(
      'persons_phone_check',
      sql`(${table.phoneEncrypted} is null) = (${table.phoneIndex} is null)`,
    ),
    check('persons_version_check', sql`${table.version} >= 1`),
  ],
);

export const relationshipStatuses = [
  'contributing',
  'suspended',
  'terminated',
  'drawing-pension',
] as const;

/**
 * Insurance relationships (参保关系): a person's account with the agency of one city-level region
 * for one scheme. Distributed by `person_id`, so the primary key and every unique index include it.
 * A person can hold several at once — a suspended one at the old place and a contributing one at
 * the new place is exactly the state a transfer starts from — but only one live (not terminated)
 * relationship per scheme with one agency, and only one pension being drawn per scheme.
 */
export const insuranceRelationships = pgTable(
  'insurance_relationships',
  {
    id: uuid('id').notNull(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    scheme: text('scheme', { enum: ['employee-pension', 'resident-pension', 'medical'] }).notNull(),
    /** The destination-level region whose agency holds the relationship. */
    regionCode: text('region_code').notNull(),
    status: text('status', { enum: relationshipStatuses }).notNull(),
    /** A normal account, or a temporary contribution account (50/40 rule, 66号 Art. 5). */
    accountKind: text('account_kind', { enum: ['normal', 'temporary'] }).notNull(),
    /** Premiums owed and not paid (欠费), in fen. */
    arrearsFen: bigint('arrears_fen', { mode: 'number' }).notNull().default(0),
    /** The personal number (个人编号) the agency used for the person, when it had its own. */
    personalNumber: text('personal_number'),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    /** The day the relationship ended (transferred out, merged, or the holder died). */
    endedOn: date('ended_on', { mode: 'string' }),
  },
  (table) => [
    primaryKey({ name: 'insurance_relationships_pk', columns: [table.personId, table.id] }),
    uniqueIndex('insurance_relationships_one_live_per_agency')
      .on(table.personId, table.scheme, table.regionCode)
      .where(sql`${table.status} <> 'terminated'`),
    uniqueIndex('insurance_relationships_one_pension_drawn')
      .on(table.personId, table.scheme)
      .where(sql`${table.status} = 'drawing-pension'`),
    check(
      'insurance_relationships_scheme_check',
      sql`${table.scheme} in ('employee-pension', 'resident-pension', 'medical')`,
    ),
    check(
      'insurance_relationships_status_check',
      sql`${table.status} in ('contributing', 'suspended', 'terminated', 'drawing-pension')`,
    ),
    check(
      'insurance_relationships_account_kind_check',
      sql`${table.accountKind} = 'normal' or (${table.accountKind} = 'temporary' and ${table.scheme} = 'employee-pension')`,
    ),
    check('insurance_relationships_region_code_check', sql`${table.regionCode} ~ ${REGION_CODE}`),
    check('insurance_relationships_arrears_check', sql`${table.arrearsFen} >= 0`),
    check(
      'insurance_relationships_ended_on_check',
      sql`(${table.status} = 'terminated') = (${table.endedOn} is not null) and (${table.endedOn} is null or ${table.endedOn} >= ${table.startedOn})`,
    ),
  ],
);

/**
 * Contribution periods (缴费记录): consecutive months on the same terms, in the shape of the
 * transfer calculator's `ContributionPeriod` (domain/transfer/types.ts). A period belongs to the
 * relationship that holds it now; `region_code` is where it was paid.
 */
export const contributionPeriods = pgTable(
  'contribution_periods',
  {
    id: uuid('id').notNull(),
    personId: uuid('person_id').notNull(),
    relationshipId: uuid('relationship_id').notNull(),
    regionCode: text('region_code').notNull(),
    fromMonth: text('from_month').notNull(),
    toMonth: text('to_month').notNull(),
    monthlyBaseFen: bigint('monthly_base_fen', { mode: 'number' }).notNull(),
    /** The employer's rate in basis points (1600 = 16%); for individuals the pooled part. */
    employerRateBp: integer('employer_rate_bp').notNull(),
    insuredAs: text('insured_as', { enum: ['employee', 'individual'] }).notNull(),
    accountKind: text('account_kind', { enum: ['normal', 'temporary'] }).notNull(),
    /** Months deemed paid (视同缴费): they count as years but carry no money. */
    deemed: boolean('deemed').notNull().default(false),
    /** The day a lump-sum back payment (补缴) of these months was made; null when paid on time. */
    backPaidOn: date('back_paid_on', { mode: 'string' }),
  },
  (table) => [
    primaryKey({ name: 'contribution_periods_pk', columns: [table.personId, table.id] }),
    foreignKey({
      name: 'contribution_periods_relationship_fk',
      columns: [table.personId, table.relationshipId],
      foreignColumns: [insuranceRelationships.personId, insuranceRelationships.id],
    }),
    index('contribution_periods_person_idx').on(table.personId, table.relationshipId),
    check('contribution_periods_region_code_check', sql`${table.regionCode} ~ ${REGION_CODE}`),
    check(
      'contribution_periods_months_check',
      sql`${table.fromMonth} ~ ${YEAR_MONTH} and ${table.toMonth} ~ ${YEAR_MONTH} and ${table.fromMonth} <= ${table.toMonth}`,
    ),
    check(
      'contribution_periods_base_check',
      sql`${table.monthlyBaseFen} > 0 or (${table.deemed} and ${table.monthlyBaseFen} = 0)`,
    ),
    check('contribution_periods_rate_check', sql`${table.employerRateBp} between 0 and 10000`),
    check(
      'contribution_periods_insured_as_check',
      sql`${table.insuredAs} in ('employee', 'individual')`,
    ),
    check(
      'contribution_periods_account_kind_check',
      sql`${table.accountKind} in ('normal', 'temporary')`,
    ),
  ],
);
