import { todayInChina } from '../../../domain/china-time.ts';

let today = '';
let validUntil = 0;

/**
 * Today's date in China, as `YYYY-MM-DD`, recomputed only when China's midnight has passed: hot
 * routes ask for it on every request.
 */
export function chinaToday(now: number = Date.now()): string {
  if (now >= validUntil || now < validUntil - 86_400_000) {
    today = todayInChina(new Date(now));
    // The next midnight in UTC+8 is 16:00 UTC of the current UTC+8 date.
    validUntil = Date.parse(`${today}T00:00:00+08:00`) + 86_400_000;
  }
  return today;
}
