import { sql } from 'drizzle-orm';
import { check, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { staffRoles } from './staff-roles.ts';

/**
 * Accounts of agency staff and administrators. A sysadmin creates the account and hands the
 * activation code over in person; the staff member then chooses a password and enrols the TOTP
 * second factor. Only a scrypt hash of the password and of the activation code is kept, and the
 * TOTP secret is encrypted with the data key.
 */
export const staffAccounts = pgTable(
  'staff_accounts',
  {
    id: uuid('id').primaryKey(),
    /** The sign-in name, lower case. */
    username: text('username').notNull().unique(),
    displayName: text('display_name').notNull(),
    role: text('role', { enum: staffRoles }).notNull(),
    /** The agency (city-level region code) of agency staff and supervisors; null for admins. */
    agencyRegionCode: text('agency_region_code'),
    passwordHash: text('password_hash'),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
    totpSecretEncrypted: text('totp_secret_encrypted').notNull(),
    /** The last TOTP time step accepted: a code is never accepted twice. */
    totpLastStep: integer('totp_last_step'),
    activationCodeHash: text('activation_code_hash'),
    activationExpiresAt: timestamp('activation_expires_at', { withTimezone: true }),
    activatedAt: timestamp('activated_at', { withTimezone: true }),
    failedSignIns: integer('failed_sign_ins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: text('created_by').notNull(),
    version: integer('version').notNull().default(1),
  },
  (table) => [
    check('staff_accounts_username_check', sql`${table.username} ~ '^[a-z0-9][a-z0-9._-]{2,39}$'`),
    check(
      'staff_accounts_agency_check',
      sql`(${table.role} in ('agency_staff', 'agency_supervisor')) = (${table.agencyRegionCode} is not null) and (${table.agencyRegionCode} is null or ${table.agencyRegionCode} ~ '^[0-9]{6}$')`,
    ),
    check(
      'staff_accounts_activation_check',
      sql`(${table.activatedAt} is null) or (${table.passwordHash} is not null and ${table.activationCodeHash} is null)`,
    ),
  ],
);
