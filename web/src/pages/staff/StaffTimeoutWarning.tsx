import { useNavigate } from 'react-router';
import { TimeoutWarning } from '../../auth/TimeoutWarning.tsx';
import { staffPaths } from './staff-paths.ts';
import { useStaffSession } from './staff-session.tsx';

/**
 * The session-timeout warning of the staff pages: the same dialog, words and timer as the citizen
 * portal's; the staff sign-in page says why the session ended. The staff session keeps its state
 * when a refresh fails on the network, so a refused "stay" signs out here too.
 */
export function StaffTimeoutWarning() {
  const session = useStaffSession();
  const navigate = useNavigate();
  return (
    <TimeoutWarning
      session={session}
      leave={(notice) => void navigate(staffPaths.signIn, { state: { notice } })}
      signOutWhenRefused
    />
  );
}
