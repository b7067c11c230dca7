import { z } from 'zod';

/**
 * The version of a record that a page showed, sent back with a change so that a stale change
 * answers 409 instead of overwriting another (SECURITY.md). Versions are PostgreSQL `integer`s: a
 * larger number could never match, and is refused with the other bad fields (400) rather than
 * reaching SQL, where it would fail as out of range.
 */
export function versionField(description: string, options: { minimum: 0 | 1 } = { minimum: 1 }) {
  return z.int32().min(options.minimum).describe(description);
}
