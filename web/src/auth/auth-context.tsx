import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { toApiFailure } from '../api/api-failure.ts';
import * as authApi from '../api/auth.ts';
import type { CitizenAccount } from '../api/client.ts';
import { idleDeadline } from './session-timer.ts';
import { sessionHint } from './session-hint.ts';

export type AuthStatus = 'checking' | 'signed-in' | 'signed-out';
export type SignOutReason = 'signed-out' | 'session-ended';

export interface Auth {
  status: AuthStatus;
  account: CitizenAccount | null;
  /** When the session ends without further activity (`Date.now()` milliseconds). */
  deadline: number | null;
  /** After a successful sign-in: the answer of `POST /auth/sign-in`. */
  signedIn: (account: CitizenAccount) => void;
  /** Asks the server again (this counts as activity); false when the session has ended. */
  refresh: () => Promise<boolean>;
  /** Ends the session on the server, then here; `timedOut` when the idle time ran out. */
  signOut: (why?: SignOutReason) => Promise<void>;
  /** Why the last session of this page ended, for the sign-in page to say. */
  endedBecause: SignOutReason | null;
}

const AuthContext = createContext<Auth | null>(null);

// Apart from the staff member's: one browser may hold both sessions.
const hint = sessionHint('shebao.signedIn');

interface State {
  status: AuthStatus;
  account: CitizenAccount | null;
  lastActivityAt: number | null;
  endedBecause?: SignOutReason;
}

const signedOut: State = { status: 'signed-out', account: null, lastActivityAt: null };
const signedInAs = (account: CitizenAccount): State => ({
  status: 'signed-in',
  account,
  lastActivityAt: Date.now(),
});

/** The signed-in citizen, checked once when the app loads, and the idle deadline of the session. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<State>(() =>
    hint.has() ? { status: 'checking', account: null, lastActivityAt: null } : signedOut,
  );

  const refresh = useCallback(
    (signal?: AbortSignal): Promise<boolean> =>
      authApi.getMe(signal).then(
        (account) => {
          hint.set(true);
          setState(signedInAs(account));
          return true;
        },
        (error: unknown) => {
          if (signal?.aborted) return false;
          if (toApiFailure(error).status === 401) hint.set(false);
          setState(signedOut);
          return false;
        },
      ),
    [],
  );

  useEffect(() => {
    if (!hint.has()) return;
    const controller = new AbortController();
    authApi.getMe(controller.signal).then(
      (account) => setState(signedInAs(account)),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        if (toApiFailure(error).status === 401) hint.set(false);
        setState(signedOut);
      },
    );
    return () => controller.abort();
  }, []);

  // Signing out in another tab signs out this one too.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === hint.key && event.newValue === null) setState(signedOut);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  const signedIn = useCallback((account: CitizenAccount) => {
    hint.set(true);
    setState(signedInAs(account));
  }, []);

  const signOut = useCallback(async (why: SignOutReason = 'signed-out') => {
    try {
      await authApi.signOut();
    } catch {
      // Already ended on the server (401), or unreachable: the page forgets the session anyway.
    }
    hint.set(false);
    setState({ ...signedOut, endedBecause: why });
  }, []);

  const auth = useMemo<Auth>(
    () => ({
      status: state.status,
      account: state.account,
      deadline:
        state.account && state.lastActivityAt !== null
          ? idleDeadline(state.lastActivityAt, state.account.session.idleTimeoutSeconds)
          : null,
      signedIn,
      refresh: () => refresh(),
      signOut,
      endedBecause: state.endedBecause ?? null,
    }),
    [state, signedIn, refresh, signOut],
  );
  return <AuthContext value={auth}>{children}</AuthContext>;
}

/** The signed-in citizen, and sign-in and sign-out. */
export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside <AuthProvider>');
  return auth;
}
