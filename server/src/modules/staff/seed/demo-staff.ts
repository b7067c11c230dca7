import { DEMO_PERSONS } from '../../persons/index.ts';
import type { StaffRole } from '../staff-roles.ts';

/**
 * DEMO ONLY. Every demo account shares this password, published in the README so that a newcomer
 * can sign in; the TOTP codes are on the development page `/dev/totp`. Demo data is refused in
 * production, so none of these accounts can exist there.
 */
export const DEMO_STAFF_PASSWORD = 'shebao demo staff 2026';

export interface DemoStaffAccount {
  username: string;
  displayName: string;
  role: StaffRole;
  agencyRegionCode: string | null;
}

/**
 * Staff and a supervisor for every agency a demo person's move touches (both ends), and the three
 * administrators. User names say what they are: `demo.440300.staff`, `demo.sysadmin`.
 */
export function demoStaffAccounts(): DemoStaffAccount[] {
  const agencies = new Set<string>();
  for (const person of DEMO_PERSONS) {
    if (!person.move) continue;
    agencies.add(person.move.from);
    agencies.add(person.move.to);
  }
  const agencyAccounts = [...agencies].sort().flatMap((code): DemoStaffAccount[] => [
    {
      username: `demo.${code}.staff`,
      displayName: `演示经办员 ${code}`,
      role: 'agency_staff',
      agencyRegionCode: code,
    },
    {
      username: `demo.${code}.supervisor`,
      displayName: `演示科长 ${code}`,
      role: 'agency_supervisor',
      agencyRegionCode: code,
    },
  ]);
  const admins: DemoStaffAccount[] = [
    {
      username: 'demo.sysadmin',
      displayName: '演示系统管理员',
      role: 'sysadmin',
      agencyRegionCode: null,
    },
    {
      username: 'demo.secadmin',
      displayName: '演示安全管理员',
      role: 'secadmin',
      agencyRegionCode: null,
    },
    {
      username: 'demo.auditadmin',
      displayName: '演示审计管理员',
      role: 'auditadmin',
      agencyRegionCode: null,
    },
  ];
  return [...agencyAccounts, ...admins];
}
