import { useState } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import { countUnreadNotifications } from '../api/notifications.ts';
import { useApi } from '../api/use-api.ts';
import { useAuth } from '../auth/auth-context.tsx';
import { Loading } from '../components/Loading.tsx';
import { usePageHeading } from '../components/use-page-heading.ts';
import { chinaTime } from '../i18n/china-moment.ts';
import { useT } from '../i18n/language-context.tsx';
import { applicationPaths } from './transfer-application/application-paths.ts';
import { cardPaths } from './cards/card-paths.ts';
import { identityPaths } from './identity/identity-paths.ts';
import { messagesPath } from './messages/messages-path.ts';
import { accountPath, signInPaths, type PhonePageState } from './sign-in/sign-in-state.ts';

/**
 * 我的账户: the signed-in citizen's phone and bound person (masked), the real-person authentication
 * and how long it lasts, the next step (bind, authenticate), and sign-out.
 */
export function AccountPage() {
  const t = useT();
  const auth = useAuth();
  const navigate = useNavigate();
  const heading = usePageHeading(t.account.title);
  const [drawnAt] = useState(() => Date.now());

  if (auth.status === 'checking') return <Loading />;
  if (!auth.account) {
    // Just signed out (here, in the header or by the timeout): say so; otherwise ask to sign in.
    const state: PhonePageState = auth.endedBecause
      ? { notice: auth.endedBecause }
      : { returnTo: accountPath, notice: 'sign-in-first' };
    return <Navigate to={signInPaths.phone} replace state={state} />;
  }
  const { account } = auth;
  // Still valid when the page was first drawn; the server checks again before any sensitive action.
  const authenticatedUntil =
    account.realPersonAuthenticatedUntil &&
    Date.parse(account.realPersonAuthenticatedUntil) > drawnAt
      ? account.realPersonAuthenticatedUntil
      : null;
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
        {account.person && (
          <>
            <dt>{t.account.name}</dt>
            <dd>{account.person.name}</dd>
            <dt>{t.account.citizenId}</dt>
            <dd>{account.person.citizenId}</dd>
            <dt>{t.account.realPerson}</dt>
            <dd>
              {authenticatedUntil
                ? t.account.realPersonValidUntil(chinaTime(authenticatedUntil))
                : t.account.realPersonNone}
            </dd>
          </>
        )}
      </dl>
      {!account.personBound && (
        <>
          <p>{t.account.bindNext}</p>
          <p>
            <Link className="button" to={identityPaths.bind}>
              {t.account.bindLink}
            </Link>
          </p>
        </>
      )}
      {account.personBound && !authenticatedUntil && (
        <>
          <p>{t.account.realPersonWhy}</p>
          <p>
            <Link className="button" to={identityPaths.verification}>
              {t.account.verifyLink}
            </Link>
          </p>
        </>
      )}
      {account.personBound && (
        <p>
          <Link to={applicationPaths.mine}>{t.account.applicationsLink}</Link>
        </p>
      )}
      {account.personBound && <MessagesLink />}
      {account.personBound && (
        <p>
          <Link to={cardPaths.mine}>{t.account.cardsLink}</Link>
        </p>
      )}
      <button type="button" className="button button--secondary" onClick={() => void signOut()}>
        {t.account.signOut}
      </button>
    </>
  );
}

/**
 * The way to 我的消息, with how many are unread: a new message (a review result, a step of the
 * transfer, a change to a card) shows here without opening the page. Without the count (it could
 * not be read), the link alone.
 */
function MessagesLink() {
  const t = useT();
  const { state } = useApi('unread-messages', (signal) => countUnreadNotifications(signal));
  const unread = state.status === 'ok' ? state.data : 0;
  return (
    <p>
      <Link to={messagesPath}>
        {t.account.messagesLink}
        {unread > 0 && (
          <>
            {' '}
            <strong className="tag">{t.messages.unread(unread)}</strong>
          </>
        )}
      </Link>
    </p>
  );
}
