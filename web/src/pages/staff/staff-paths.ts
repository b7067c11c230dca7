import type { StaffRole } from '../../api/staff.ts';

/** Where the staff pages live. */
export const staffPaths = {
  signIn: '/staff/sign-in',
  activate: '/staff/activate',
  password: '/staff/password',
  admin: '/admin',
  agency: '/agency',
} as const;

/** Where a member of staff starts after signing in: the admin console or the work queues. */
export const homeOf = (role: StaffRole): string =>
  role === 'agency_staff' || role === 'agency_supervisor' ? staffPaths.agency : staffPaths.admin;

export type StaffSignInNotice = 'signed-out' | 'session-ended' | 'sign-in-first';

/** What the sign-in page is told by the page that sent the person there (router state). */
export function readSignInNotice(state: unknown): StaffSignInNotice | undefined {
  const notice = (state as { notice?: unknown } | null)?.notice;
  return notice === 'signed-out' || notice === 'session-ended' || notice === 'sign-in-first'
    ? notice
    : undefined;
}
