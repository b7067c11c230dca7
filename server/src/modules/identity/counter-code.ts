import { randomInt } from 'node:crypto';

/** 柜台核验码: thirty minutes, one use, five guesses. */
export const COUNTER_CODE_LIFETIME_MS = 30 * 60_000;
export const COUNTER_CODE_MAX_FAILED_ATTEMPTS = 5;

/** Letters and digits that cannot be mistaken for one another when read aloud or copied (no I, O, 0, 1). */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** Eight random characters of the unambiguous alphabet (40 bits). */
export function newCounterCode(): string {
  return Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
}

/** A counter code as people type it — lower case, spaces or a hyphen — in its stored form. */
export function normalizeCounterCode(input: string): string | undefined {
  const code = input.replace(/[\s-]/g, '').toUpperCase();
  return /^[A-Z0-9]{8}$/.test(code) ? code : undefined;
}
