import { Link, useNavigate } from 'react-router';
import { useAuth } from '../auth/auth-context.tsx';
import { useT } from '../i18n/language-context.tsx';
import { applicationPaths } from '../pages/transfer-application/application-paths.ts';
import { accountPath, signInPaths, type PhonePageState } from '../pages/sign-in/sign-in-state.ts';

/** 登录 when signed out; 我的账户 and 退出登录 when signed in; nothing while it is being checked. */
export function AccountLinks() {
  const t = useT();
  const auth = useAuth();
  const navigate = useNavigate();
  if (auth.status === 'checking') return null;
  if (auth.status === 'signed-out')
    return (
      <Link className="header-button header-link" to={signInPaths.phone}>
        {t.header.signIn}
      </Link>
    );
  const signOut = async () => {
    await auth.signOut();
    const state: PhonePageState = { notice: 'signed-out' };
    navigate(signInPaths.phone, { state });
  };
  return (
    <nav className="header-switch" aria-label={t.header.accountGroup}>
      <Link className="header-button header-link" to={accountPath}>
        {t.header.account}
      </Link>
      <Link className="header-button header-link" to={applicationPaths.mine}>
        {t.header.applications}
      </Link>
      <button type="button" className="header-button" onClick={() => void signOut()}>
        {t.header.signOut}
      </button>
    </nav>
  );
}
