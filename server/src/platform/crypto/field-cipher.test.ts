import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFieldCipher } from './field-cipher.ts';

describe('field cipher', () => {
  const cipher = createFieldCipher(randomBytes(32));

  it('round-trips any text and never stores it in clear', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (plaintext) => {
        const stored = cipher.encrypt(plaintext);
        expect(stored.startsWith(`a256gcm:${cipher.keyId}:`)).toBe(true);
        expect(stored.includes(plaintext) && plaintext.length > 3).toBe(false);
        expect(cipher.decrypt(stored)).toBe(plaintext);
      }),
    );
  });

  it('gives a different ciphertext each time (random IV)', () => {
    expect(cipher.encrypt('11010519491231002X')).not.toBe(cipher.encrypt('11010519491231002X'));
  });

  it('refuses a tampered ciphertext, another key and an unknown algorithm', () => {
    const stored = cipher.encrypt('13812345678');
    const parts = stored.split(':');
    const body = Buffer.from(parts[3]!, 'base64url');
    body[0] = body[0]! ^ 1;
    parts[3] = body.toString('base64url');
    expect(() => cipher.decrypt(parts.join(':'))).toThrow();
    expect(() => createFieldCipher(randomBytes(32)).decrypt(stored)).toThrow(/another key/);
    expect(() => cipher.decrypt(stored.replace('a256gcm', 'sm4gcm'))).toThrow(/Unsupported/);
  });

  it('makes a stable, purpose-bound, keyed blind index', () => {
    const other = createFieldCipher(randomBytes(32));
    const id = '11010519491231002X';
    expect(cipher.blindIndex('citizen-id', id)).toBe(cipher.blindIndex('citizen-id', id));
    expect(cipher.blindIndex('citizen-id', id)).not.toBe(cipher.blindIndex('phone', id));
    expect(cipher.blindIndex('citizen-id', id)).not.toBe(other.blindIndex('citizen-id', id));
    expect(cipher.blindIndex('citizen-id', id)).not.toContain(id);
  });

  it('refuses a key of the wrong length', () => {
    expect(() => createFieldCipher(randomBytes(16))).toThrow(/32 bytes/);
  });
});
