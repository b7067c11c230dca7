import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * Messages to a person inside the platform (站内消息): what happened to their application, in both
 * languages, with a link to the page that shows it. Created by event handlers, so one event gives
 * one message however often it is delivered (the unique source key).
 */
export const citizenNotifications = pgTable(
  'citizen_notifications',
  {
    id: uuid('id').primaryKey(),
    personId: uuid('person_id').notNull(),
    /** The event that caused it, e.g. `transfer-application.accepted:<event id>`. */
    sourceKey: text('source_key').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    titleZh: text('title_zh').notNull(),
    titleEn: text('title_en').notNull(),
    bodyZh: text('body_zh').notNull(),
    bodyEn: text('body_en').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('citizen_notifications_source_idx').on(table.sourceKey),
    index('citizen_notifications_person_idx').on(table.personId, table.createdAt),
  ],
);
