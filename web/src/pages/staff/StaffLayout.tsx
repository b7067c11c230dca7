import { useEffect, useEffectEvent } from 'react';
import { Outlet, useLocation } from 'react-router';
import { Footer } from '../../layout/Footer.tsx';
import { SkipLink } from '../../layout/SkipLink.tsx';
import { StaffHeader } from './StaffHeader.tsx';
import { StaffSessionProvider, useStaffSession } from './staff-session.tsx';
import { StaffTimeoutWarning } from './StaffTimeoutWarning.tsx';
import './staff.css';

/** The frame of the staff pages (sign-in, activation, the admin console): a staff header. */
export function StaffLayout() {
  return (
    <StaffSessionProvider>
      <SkipLink />
      <StaffHeader />
      <main className="site-main" id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <Footer />
      <StaffTimeoutWarning />
      <RefreshOnNavigation />
    </StaffSessionProvider>
  );
}

/** Each new page asks who is signed in again: the session may have ended meanwhile. */
function RefreshOnNavigation() {
  const { key } = useLocation();
  const session = useStaffSession();
  const refresh = useEffectEvent(() => {
    if (session.state.status === 'signed-in') void session.refresh();
  });
  useEffect(() => refresh(), [key]);
  return null;
}
