import type { ApiFailure } from '../../api/api-failure.ts';
import { safeReturnPath } from '../../auth/phone.ts';
import type { Messages } from '../../i18n/messages.zh-CN.ts';

export const signInPaths = { phone: '/sign-in', code: '/sign-in/code' } as const;
export const accountPath = '/account';

export type SignInNotice = 'session-ended' | 'signed-out' | 'sign-in-first';

/** What the phone page is told by the page that sent the person there (router state). */
export interface PhonePageState {
  returnTo?: string;
  notice?: SignInNotice;
}

/**
 * What the code page needs (router state, never the address: the number is personal data).
 * `resendAt` is a `Date.now()` time, so that a reload keeps the countdown.
 */
export interface CodePageState {
  phone: string;
  resendAt: number;
  returnTo?: string;
}

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};

export function readPhonePageState(value: unknown): PhonePageState {
  const { returnTo, notice } = record(value);
  return {
    returnTo: safeReturnPath(returnTo) ?? undefined,
    notice:
      notice === 'session-ended' || notice === 'signed-out' || notice === 'sign-in-first'
        ? notice
        : undefined,
  };
}

export function readCodePageState(value: unknown): CodePageState | null {
  const { phone, resendAt, returnTo } = record(value);
  if (typeof phone !== 'string' || typeof resendAt !== 'number') return null;
  return { phone, resendAt, returnTo: safeReturnPath(returnTo) ?? undefined };
}

/** "in 45 seconds", "in 12 minutes": how long to wait after a 429. */
export function waitText(failure: ApiFailure, t: Messages): string {
  const seconds = failure.retryAfterSeconds;
  if (seconds === undefined) return t.signIn.aMoment;
  return seconds < 90
    ? t.signIn.seconds(Math.max(1, Math.ceil(seconds)))
    : t.signIn.minutes(Math.ceil(seconds / 60));
}
