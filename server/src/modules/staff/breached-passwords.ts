import { createRequire } from 'node:module';

/**
 * The breached-password list: the ~49,000 most common passwords of public breaches, as collected
 * for zxcvbn (MIT). Loaded once, on the first check. Passwords are compared case-insensitively and
 * with surrounding whitespace removed, because "Password1234 " is no stronger than the original.
 */
let breached: Set<string> | undefined;

function breachedList(): Set<string> {
  if (!breached) {
    const require = createRequire(import.meta.url);
    const list = require('@zxcvbn-ts/language-common/src/passwords.json') as string[];
    breached = new Set(list.map((entry) => entry.toLowerCase()));
  }
  return breached;
}

export function isBreachedPassword(password: string): boolean {
  return breachedList().has(password.trim().toLowerCase());
}
