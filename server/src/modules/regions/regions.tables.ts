import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';

/** GB/T 2260 administrative divisions (行政区划): provinces, cities and counties. Reference data. */
export const regions = pgTable(
  'regions',
  {
    id: uuid('id').primaryKey(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    level: text('level', { enum: ['province', 'city', 'county'] }).notNull(),
    parentCode: text('parent_code'),
  },
  (table) => [index('regions_parent_idx').on(table.parentCode)],
);

/** Social insurance agencies (社会保险经办机构): one per city-level region. */
export const agencies = pgTable(
  'agencies',
  {
    id: uuid('id').primaryKey(),
    regionCode: text('region_code')
      .notNull()
      .unique()
      .references(() => regions.code),
    name: text('name').notNull(),
    address: text('address').notNull(),
    phone: text('phone').notNull(),
    /**
     * The post code (邮政编码) of the address, six digits; null while the agency has not registered
     * one, and the transfer documents then print 未登记.
     */
    postCode: text('post_code'),
    /** Demo agencies carry made-up names and addresses and say so. */
    isDemo: boolean('is_demo').notNull(),
  },
  (table) => [check('agencies_post_code_check', sql`${table.postCode} ~ '^[0-9]{6}$'`)],
);

/**
 * Which city-level regions have opened online transfer applications, per scheme, from which date.
 * A row exists while the region is open; closing removes it (the audit log keeps the history).
 */
export const onlineTransferOpenings = pgTable(
  'online_transfer_openings',
  {
    id: uuid('id').primaryKey(),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    scheme: text('scheme', { enum: ['employee-pension', 'resident-pension', 'medical'] }).notNull(),
    openSince: date('open_since', { mode: 'string' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [unique('online_transfer_openings_region_scheme').on(table.regionCode, table.scheme)],
);
