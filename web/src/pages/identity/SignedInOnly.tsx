import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import type { CitizenAccount } from '../../api/client.ts';
import { useAuth } from '../../auth/auth-context.tsx';
import { Loading } from '../../components/Loading.tsx';
import { signInPaths, type PhonePageState } from '../sign-in/sign-in-state.ts';

/** Shows its page to a signed-in citizen; anyone else is asked to sign in and comes back here. */
export function SignedInOnly(props: {
  returnTo: string;
  children: (account: CitizenAccount) => ReactNode;
}) {
  const auth = useAuth();
  if (auth.status === 'checking') return <Loading />;
  if (!auth.account) {
    const state: PhonePageState = auth.endedBecause
      ? { notice: auth.endedBecause }
      : { returnTo: props.returnTo, notice: 'sign-in-first' };
    return <Navigate to={signInPaths.phone} replace state={state} />;
  }
  return props.children(auth.account);
}
