import type { StaffRole } from './staff-roles.ts';

/** Who a signed-in staff member is, as every staff route sees it. */
export interface StaffPrincipal {
  id: string;
  username: string;
  displayName: string;
  role: StaffRole;
  /** The agency's city-level region code; null for administrators. */
  agencyRegionCode: string | null;
  /** The password is past the rotation period: only changing it is allowed (password-rotation.ts). */
  passwordChangeRequired: boolean;
}
