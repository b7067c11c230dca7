import { randomInt } from 'node:crypto';

/**
 * The activation code a sysadmin hands to a new staff member (on paper or in person): 12
 * characters from an alphabet without look-alikes (no 0/O, 1/I/L), ~58 bits, valid for 72 hours,
 * stored only as a scrypt hash like a password.
 */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const ACTIVATION_VALID_HOURS = 72;

export function newActivationCode(): string {
  let code = '';
  for (let i = 0; i < 12; i += 1) code += ALPHABET[randomInt(ALPHABET.length)];
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

/** Accepts the code with or without dashes, in either case. */
export function normalizeActivationCode(input: string): string {
  const bare = input.toUpperCase().replace(/[^0-9A-Z]/g, '');
  return bare.length === 12 ? `${bare.slice(0, 4)}-${bare.slice(4, 8)}-${bare.slice(8)}` : bare;
}
