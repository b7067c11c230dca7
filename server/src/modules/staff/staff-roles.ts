/**
 * Staff roles (SECURITY.md "Who may do what"). Agency staff and supervisors are bound to one
 * agency, named by its city-level region code. The three administrators are separated: none holds
 * another's permissions, and none of them handles cases.
 */
export const staffRoles = [
  'agency_staff',
  'agency_supervisor',
  'sysadmin',
  'secadmin',
  'auditadmin',
] as const;
export type StaffRole = (typeof staffRoles)[number];

export const agencyRoles = ['agency_staff', 'agency_supervisor'] as const;
export type AgencyRole = (typeof agencyRoles)[number];

export function isAgencyRole(role: StaffRole): role is AgencyRole {
  return (agencyRoles as readonly StaffRole[]).includes(role);
}
