import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { toApiFailure } from '../../api/api-failure.ts';
import { getStaffMe, signOutStaff, type SignedInStaffMember } from '../../api/staff.ts';
import { idleDeadline } from '../../auth/session-timer.ts';
import { sessionHint } from '../../auth/session-hint.ts';

export type StaffSessionState =
  | { status: 'checking' }
  /** `endedBecause`: the session of this page ended by signing out or by the idle timeout. */
  | { status: 'signed-out'; endedBecause?: StaffSignOutReason }
  | { status: 'signed-in'; member: SignedInStaffMember; lastActivityAt: number };

export type StaffSignOutReason = 'signed-out' | 'session-ended';

export interface StaffSession {
  state: StaffSessionState;
  /** When the session ends without further activity (`Date.now()` milliseconds). */
  deadline: number | null;
  /** After a sign-in or a password change: the server's answer. */
  signedIn: (member: SignedInStaffMember) => void;
  /** Asks the server again (activity that extends the session); false once it has ended. */
  refresh: () => Promise<boolean>;
  /** Ends the session on the server, then here, for the sign-in page to say why. */
  signOut: (why?: StaffSignOutReason) => Promise<void>;
}

const StaffSessionContext = createContext<StaffSession | null>(null);

// Apart from the citizen's: one browser may hold both sessions.
const hint = sessionHint('shebao.staffSignedIn');

/**
 * The signed-in member of staff for the staff pages: asked of the server when the pages load and
 * again after each navigation (which the server counts as activity), so the idle deadline the
 * timeout warning counts down stays close to the server's.
 */
export function StaffSessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<StaffSessionState>(() =>
    hint.has() ? { status: 'checking' } : { status: 'signed-out' },
  );

  const refresh = useCallback(
    (signal?: AbortSignal): Promise<boolean> =>
      getStaffMe(signal).then(
        (member) => {
          hint.set(true);
          setState({ status: 'signed-in', member, lastActivityAt: Date.now() });
          return true;
        },
        (error: unknown) => {
          if (signal?.aborted) return false;
          if (toApiFailure(error).status === 401) {
            hint.set(false);
            setState({ status: 'signed-out' });
          } else {
            // A network failure keeps what is known; a first check that failed counts as out.
            setState((current) =>
              current.status === 'checking' ? { status: 'signed-out' } : current,
            );
          }
          return false;
        },
      ),
    [],
  );

  useEffect(() => {
    if (!hint.has()) return;
    const controller = new AbortController();
    void refresh(controller.signal);
    return () => controller.abort();
  }, [refresh]);

  const signedIn = useCallback((member: SignedInStaffMember) => {
    hint.set(true);
    setState({ status: 'signed-in', member, lastActivityAt: Date.now() });
  }, []);

  const signOut = useCallback(async (why: StaffSignOutReason = 'signed-out') => {
    try {
      await signOutStaff();
    } catch {
      // Already ended on the server, or unreachable: the page forgets the session anyway.
    }
    hint.set(false);
    setState({ status: 'signed-out', endedBecause: why });
  }, []);

  const session = useMemo<StaffSession>(
    () => ({
      state,
      deadline:
        state.status === 'signed-in'
          ? idleDeadline(state.lastActivityAt, state.member.session.idleTimeoutSeconds)
          : null,
      signedIn,
      refresh: () => refresh(),
      signOut,
    }),
    [state, signedIn, refresh, signOut],
  );
  return <StaffSessionContext value={session}>{children}</StaffSessionContext>;
}

/** The staff session of the staff pages. */
export function useStaffSession(): StaffSession {
  const session = useContext(StaffSessionContext);
  if (!session) throw new Error('useStaffSession outside <StaffSessionProvider>');
  return session;
}
