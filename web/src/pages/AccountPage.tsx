import { Navigate, useNavigate } from 'react-router';
import { useAuth } from '../auth/auth-context.tsx';
import { Loading } from '../components/Loading.tsx';
import { usePageHeading } from '../components/use-page-heading.ts';
import { useT } from '../i18n/language-context.tsx';
import { accountPath, signInPaths, type PhonePageState } from './sign-in/sign-in-state.ts';

/** 我的账户: the signed-in citizen's phone (masked), whether the account is bound, and sign-out. */
export function AccountPage() {
  const t = useT();
  const auth = useAuth();
  const navigate = useNavigate();
  const heading = usePageHeading(t.account.title);

  if (auth.status === 'checking') return <Loading />;
  if (!auth.account) {
    // Just signed out (here, in the header or by the timeout): say so; otherwise ask to sign in.
    const state: PhonePageState = auth.endedBecause
      ? { notice: auth.endedBecause }
      : { returnTo: accountPath, notice: 'sign-in-first' };
    return <Navigate to={signInPaths.phone} replace state={state} />;
  }
  const { account } = auth;
  const signOut = async () => {
    await auth.signOut();
    const state: PhonePageState = { notice: 'signed-out' };
    navigate(signInPaths.phone, { state });
  };
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t.account.title}
      </h1>
      <dl className="summary-list account-details">
        <dt>{t.account.phone}</dt>
        <dd>{account.phone}</dd>
        <dt>{t.account.person}</dt>
        <dd>{account.personBound ? t.account.bound : t.account.notBound}</dd>
      </dl>
      {!account.personBound && <p>{t.account.bindNext}</p>}
      <button type="button" className="button button--secondary" onClick={() => void signOut()}>
        {t.account.signOut}
      </button>
    </>
  );
}
