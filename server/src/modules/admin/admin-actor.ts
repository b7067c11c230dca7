import type { Actor } from '../../platform/audit/index.ts';
import type { StaffIdentity } from '../../platform/auth/authenticate.ts';

/** An administrator as the audit log records them: the staff account behind the session. */
export function adminActor(staff: StaffIdentity | undefined): Actor {
  // The route's policy admitted an administrator before this runs; no staff here is a bug.
  if (!staff) throw new Error('administrator route reached without a signed-in administrator');
  return { type: 'admin', id: staff.id };
}
