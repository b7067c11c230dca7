import type { ApiFailure } from '../../api/api-failure.ts';
import type { StaffMessages } from './staff-messages.zh-CN.ts';

/** "15 分钟", "45 seconds": how long to wait after a 429, from its Retry-After. */
export function staffWaitText(failure: ApiFailure, t: StaffMessages): string {
  const seconds = failure.retryAfterSeconds;
  if (seconds === undefined) return t.signIn.aMoment;
  return seconds < 90
    ? t.signIn.seconds(Math.max(1, Math.ceil(seconds)))
    : t.signIn.minutes(Math.ceil(seconds / 60));
}
