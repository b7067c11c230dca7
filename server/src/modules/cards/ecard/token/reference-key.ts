import type { FieldCipher } from '../../../../platform/crypto/index.ts';

/**
 * The 32-byte key that makes a token's e-card reference opaque, derived from the platform's data
 * key through the field cipher's keyed hash (HMAC-SHA-256, its own purpose): every server of the
 * platform derives the same key, and none is stored.
 */
export function ecardReferenceKey(cipher: FieldCipher): Buffer {
  return Buffer.from(cipher.blindIndex('ecard-token-reference-key', 'v1'), 'base64url');
}
