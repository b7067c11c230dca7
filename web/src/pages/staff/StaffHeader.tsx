import { Link, NavLink, useNavigate } from 'react-router';
import { useT } from '../../i18n/language-context.tsx';
import { ElderModeSwitch } from '../../layout/ElderModeSwitch.tsx';
import { LanguageSwitch } from '../../layout/LanguageSwitch.tsx';
import { homeOf, staffPaths } from './staff-paths.ts';
import { useStaffSession } from './staff-session.tsx';
import { useStaffT } from './use-staff-t.ts';

/**
 * The staff pages' header: the site, the reader's display choices, who is signed in, and their
 * account's links: changing the password (whenever the member wishes, not only when rotation
 * asks for it) and signing out.
 */
export function StaffHeader() {
  const t = useT();
  const s = useStaffT();
  const session = useStaffSession();
  const navigate = useNavigate();
  const { state } = session;
  const home = state.status === 'signed-in' ? homeOf(state.member.account.role) : staffPaths.signIn;
  const signOut = async () => {
    await session.signOut();
    void navigate(staffPaths.signIn, { state: { notice: 'signed-out' } });
  };
  return (
    <header className="site-header site-header--staff">
      <div className="site-header__inner">
        <Link className="site-header__name" to={home} aria-label={s.header.homeLink}>
          {t.siteName}
          <span className="site-header__area">{s.header.area}</span>
        </Link>
        <div className="site-header__tools">
          <LanguageSwitch />
          <ElderModeSwitch />
          {state.status === 'signed-in' && (
            <nav className="header-switch" aria-label={s.header.accountGroup}>
              <span className="site-header__who">
                {s.header.signedInAs(state.member.account.displayName)}
              </span>
              <NavLink className="header-button header-link" to={staffPaths.password}>
                {s.header.changePassword}
              </NavLink>
              <button type="button" className="header-button" onClick={() => void signOut()}>
                {s.header.signOut}
              </button>
            </nav>
          )}
        </div>
      </div>
    </header>
  );
}
