import { sql } from 'drizzle-orm';
import { check, date, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The State Council's holiday arrangements (节假日安排) that operators loaded from a notice
 * (`npx shebao calendar load`), for the years the chinese-days package does not have yet. One row
 * per year; reference data, read by every process at start and after every load.
 */
export const holidayArrangements = pgTable(
  'holiday_arrangements',
  {
    id: uuid('id').primaryKey(),
    year: integer('year').notNull().unique(),
    /** The notice's title and number, as the operator gave them. */
    notice: text('notice').notNull(),
    /** SHA-256 (hex) of the arrangement as loaded: the audit entry names it. */
    digest: text('digest').notNull(),
    loadedAt: timestamp('loaded_at', { withTimezone: true }).notNull(),
    /** Who loaded it: the audit actor, e.g. `cli:operator`. */
    loadedBy: text('loaded_by').notNull(),
  },
  (table) => [check('holiday_arrangements_year_check', sql`${table.year} between 2004 and 2100`)],
);

/**
 * Every day an arrangement decides: a day off of a break (weekend days in it included) or a
 * weekend day worked to make up for one (调休上班). A day belongs to one arrangement only.
 */
export const holidayArrangementDays = pgTable(
  'holiday_arrangement_days',
  {
    id: uuid('id').primaryKey(),
    arrangementId: uuid('arrangement_id')
      .notNull()
      .references(() => holidayArrangements.id, { onDelete: 'cascade' }),
    date: date('date', { mode: 'string' }).notNull().unique(),
    kind: text('kind', { enum: ['day-off', 'working-day'] }).notNull(),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
  },
  (table) => [
    check(
      'holiday_arrangement_days_working_day_check',
      sql`${table.kind} <> 'working-day' or extract(isodow from ${table.date}) in (6, 7)`,
    ),
  ],
);
