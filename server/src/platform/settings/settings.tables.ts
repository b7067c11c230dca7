import { integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Operating parameters that administrators change at run time (deadline warnings, the password
 * rotation policy…), one row per key with its JSON value. Each key's shape is validated by its
 * owner's Zod schema; every change is audited and bumps the version (stale edits answer 409).
 */
export const platformSettings = pgTable('platform_settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  updatedBy: text('updated_by').notNull(),
});
