import { randomInt, timingSafeEqual } from 'node:crypto';

/** SECURITY.md: at most ten minutes, five guesses. */
export const CODE_LIFETIME_MS = 10 * 60_000;
export const MAX_FAILED_ATTEMPTS = 5;
/** Per phone: one code a minute, five an hour. */
export const SEND_INTERVAL_MS = 60_000;
export const SENDS_PER_HOUR = 5;

/** Six random digits. */
export function newOneTimeCode(): string {
  return randomInt(0, 1_000_000).toString().padStart(6, '0');
}

/** Compares two hashes in constant time. */
export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
