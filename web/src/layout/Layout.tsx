import { Outlet } from 'react-router';
import { SessionTimeoutWarning } from '../auth/SessionTimeoutWarning.tsx';
import { Footer } from './Footer.tsx';
import { Header } from './Header.tsx';
import { SkipLink } from './SkipLink.tsx';

/** The frame of every page: skip link, header, the page itself, footer. */
export function Layout() {
  return (
    <>
      <SkipLink />
      <Header />
      <main className="site-main" id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <Footer />
      <SessionTimeoutWarning />
    </>
  );
}
