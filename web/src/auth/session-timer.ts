/**
 * How long before the idle deadline the session-timeout warning appears. SECURITY.md asks for at
 * least 20 seconds, so that someone slow to read or to move the pointer can still stay signed in.
 */
export const WARNING_SECONDS = 60;

/**
 * The server records activity at most once a minute, so its idle clock may have started up to a
 * minute before our last request: the deadline is counted from that earlier moment.
 */
export const ACTIVITY_RECORDING_SLACK_SECONDS = 60;

/** Screen readers hear the countdown in steps this long; the visible number changes every second. */
export const ANNOUNCEMENT_STEP_SECONDS = 15;

/** When the session ends without further activity (milliseconds, like `Date.now()`). */
export function idleDeadline(lastActivityAt: number, idleTimeoutSeconds: number): number {
  const slack = Math.min(ACTIVITY_RECORDING_SLACK_SECONDS, idleTimeoutSeconds / 4);
  return lastActivityAt + (idleTimeoutSeconds - slack) * 1000;
}

export type SessionPhase = 'active' | 'warning' | 'expired';

/** Whether the session is well within its time, due to end soon, or over. */
export function sessionPhase(now: number, deadline: number): SessionPhase {
  const left = deadline - now;
  if (left <= 0) return 'expired';
  return left <= WARNING_SECONDS * 1000 ? 'warning' : 'active';
}

/** Whole seconds left, rounded up: the visible countdown. */
export function secondsLeft(now: number, deadline: number): number {
  return Math.max(0, Math.ceil((deadline - now) / 1000));
}

/** The seconds left rounded up to a whole step: what the live region announces. */
export function announcedSeconds(now: number, deadline: number): number {
  const step = ANNOUNCEMENT_STEP_SECONDS;
  return Math.ceil(secondsLeft(now, deadline) / step) * step;
}
