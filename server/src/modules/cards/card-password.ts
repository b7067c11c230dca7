import { timingSafeEqual } from 'node:crypto';
import type { FieldCipher } from '../../platform/crypto/index.ts';

// A six-digit password has a million values: no slow hash keeps them apart once its hashes and
// salts leak (a million scrypts is hours, not years), and a slow hash would cost every e-card
// check. What protects it is what protects a bank PIN: a key the database does not hold, and the
// lock after six wrong tries. So the stored form is a keyed hash (HMAC-SHA-256 under the platform's
// blind-index key, purpose `card-password`) of the password bound to the card: a database dump
// alone cannot be searched at all, and the same password on two cards gives two values.
const KIND = 'hmac1';

const keyedHash = (cipher: FieldCipher, cardId: string, password: string) =>
  cipher.blindIndex('card-password', `${cardId}:${password}`);

/** The stored form of a card's password: `hmac1$<keyed hash>`. */
export function hashCardPassword(cipher: FieldCipher, cardId: string, password: string): string {
  return `${KIND}$${keyedHash(cipher, cardId, password)}`;
}

/** Whether `password` is the card's password, in time independent of where it differs. */
export function verifyCardPassword(
  cipher: FieldCipher,
  cardId: string,
  password: string,
  stored: string,
): boolean {
  const [kind, value] = stored.split('$');
  if (kind !== KIND || !value) return false;
  const expected = Buffer.from(value, 'base64url');
  const actual = Buffer.from(keyedHash(cipher, cardId, password), 'base64url');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
