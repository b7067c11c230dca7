import { useLocation, useNavigate } from 'react-router';
import { safeReturnPath } from '../../auth/phone.ts';
import { accountPath } from '../sign-in/sign-in-state.ts';

/**
 * Router state of the pages that bind a person and prove it is them: the page of this site that
 * sent the person there (an application in progress), to go back to when done. Router state,
 * not the address, so that nobody can hand out a link that sends a person elsewhere.
 */
export interface IdentityPageState {
  returnTo: string;
}

/** What was just done, for the page the person comes back to. */
export type IdentityDone = 'person-bound' | 'real-person-authenticated';

/** Router state of the page the person comes back to. */
export interface ReturnedState {
  identityDone: IdentityDone;
}

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};

/** The state to give a link to the identity pages from `returnTo` (a path of this site). */
export const identityStateFrom = (returnTo: string): IdentityPageState => ({ returnTo });

/** What the page came back for (see `useIdentityReturn`), or null when it did not. */
export function readIdentityDone(state: unknown): IdentityDone | null {
  const { identityDone } = record(state);
  return identityDone === 'person-bound' || identityDone === 'real-person-authenticated'
    ? identityDone
    : null;
}

/**
 * Where an identity page goes when done: back to the page that sent the person (only a path of
 * this site), else the account page. `state` passes the way back on to the next identity page.
 */
export function useIdentityReturn(): {
  returnTo: string;
  state: IdentityPageState | undefined;
  /** The router state to go back with, saying what was done. */
  doneState: (done: IdentityDone) => ReturnedState | undefined;
  finish: (done: IdentityDone) => void;
} {
  const navigate = useNavigate();
  const returnTo = safeReturnPath(record(useLocation().state).returnTo);
  const doneState = (done: IdentityDone): ReturnedState | undefined =>
    returnTo ? { identityDone: done } : undefined;
  return {
    returnTo: returnTo ?? accountPath,
    state: returnTo ? identityStateFrom(returnTo) : undefined,
    doneState,
    finish: (done) => navigate(returnTo ?? accountPath, { state: doneState(done) }),
  };
}
