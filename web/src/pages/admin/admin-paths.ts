import type { StaffRole } from '../../api/staff.ts';

/** Where the admin console's pages live. */
export const adminPaths = {
  console: '/admin',
  staffAccounts: '/admin/staff-accounts',
  newStaffAccount: '/admin/staff-accounts/new',
  openings: '/admin/openings',
  deadlines: '/admin/deadlines',
  security: '/admin/security',
  auditLog: '/admin/audit-log',
} as const;

export const regionOpeningsUrl = (regionCode: string) =>
  `${adminPaths.openings}/${encodeURIComponent(regionCode)}`;

export type AdminRole = Extract<StaffRole, 'sysadmin' | 'secadmin' | 'auditadmin'>;
export const adminRoles: readonly AdminRole[] = ['sysadmin', 'secadmin', 'auditadmin'];
export const isAdminRole = (role: StaffRole): role is AdminRole =>
  (adminRoles as readonly StaffRole[]).includes(role);

export type AdminSection = 'staffAccounts' | 'openings' | 'deadlines' | 'security' | 'auditLog';

/** Each role's sections (SECURITY.md: no administrator holds another's permissions). */
export const sectionsOf: Record<AdminRole, readonly AdminSection[]> = {
  sysadmin: ['staffAccounts', 'openings', 'deadlines'],
  secadmin: ['security'],
  auditadmin: ['auditLog'],
};
