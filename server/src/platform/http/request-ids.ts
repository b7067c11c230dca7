import { randomBytes } from 'node:crypto';

/**
 * Request ids for log correlation: a random prefix per process plus a counter, e.g. `3f9a1c07-1b`.
 * Unique across processes and restarts without drawing random bytes for every request.
 */
export function requestIdGenerator(): () => string {
  const prefix = randomBytes(4).toString('hex');
  let next = 0;
  return () => `${prefix}-${(next++).toString(36)}`;
}
