import { createPublicKey, generateKeyPairSync, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ecardKeyringOf } from './ecard-keyring.ts';
import { checkEcardToken, signEcardToken } from './ecard-token.ts';

const keyring = ecardKeyringOf({ signingKey: generateKeyPairSync('ed25519').privateKey });
const referenceKey = randomBytes(32);
const reference = {
  personId: '01906c05-3900-75c4-9f58-0820e77fdb9a',
  ecardId: '01a21bcb-e870-7dcb-9259-e83c8ab7eeeb',
};
const now = new Date('2026-11-27T08:00:00.400Z');
const issue = (options: { name?: string; at?: Date; key?: typeof keyring } = {}) =>
  signEcardToken({
    key: (options.key ?? keyring).signing,
    referenceKey,
    reference,
    maskedName: options.name ?? '欧阳**',
    lifetimeSeconds: 60,
    now: options.at ?? now,
  }).token;
const check = (token: string, at = now, ring = keyring) =>
  checkEcardToken({ token, publicKeyOf: ring.publicKeyOf, referenceKey, now: at });
/** The token with one byte changed. */
const altered = (token: string, offset: number) => {
  const bytes = Buffer.from(token, 'base64url');
  bytes[offset] = bytes[offset]! ^ 0x01;
  return bytes.toString('base64url');
};

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** The same bytes spelled another way: the last character's unused low bit set. */
const nonCanonical = (token: string) => {
  const last = ALPHABET.indexOf(token.at(-1)!);
  const other = `${token.slice(0, -1)}${ALPHABET[last ^ 1]}`;
  expect(Buffer.from(other, 'base64url').equals(Buffer.from(token, 'base64url'))).toBe(true);
  return other;
};

describe('e-card QR tokens', () => {
  it('round-trips the reference, the masked name and the times, and fits a small QR code', () => {
    const token = issue();
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(token.length).toBeLessThan(200);
    expect(check(token)).toEqual({
      ok: true,
      reference,
      maskedName: '欧阳**',
      issuedAt: new Date('2026-11-27T08:00:00Z'),
      expiresAt: new Date('2026-11-27T08:01:00Z'),
    });
  });

  it('hides the reference: two codes of one e-card share no reference bytes', () => {
    const [a, b] = [issue(), issue()].map((t) => Buffer.from(t, 'base64url').subarray(17, 61));
    expect(a!.equals(b!)).toBe(false);
    const ids = Buffer.from(reference.personId.replaceAll('-', ''), 'hex');
    expect(Buffer.from(issue(), 'base64url').includes(ids)).toBe(false);
  });

  it('expires at its end, to the second', () => {
    const token = issue();
    expect(check(token, new Date('2026-11-27T08:00:59.999Z')).ok).toBe(true);
    expect(check(token, new Date('2026-11-27T08:01:00Z'))).toEqual({
      ok: false,
      reason: 'expired',
    });
  });

  it('refuses any altered byte, header, reference, name or signature, as a bad signature', () => {
    const token = issue();
    const length = Buffer.from(token, 'base64url').length;
    for (const offset of [9, 13, 20, 40, 62, length - 1])
      expect(check(altered(token, offset))).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('refuses a token signed with another key: unknown when its key id is another, bad when it claims ours', () => {
    const stranger = ecardKeyringOf({ signingKey: generateKeyPairSync('ed25519').privateKey });
    const foreign = issue({ key: stranger });
    expect(check(foreign)).toEqual({ ok: false, reason: 'unknown-key' });
    const claimingOurs = Buffer.from(foreign, 'base64url');
    keyring.signing.keyId.copy(claimingOurs, 1);
    expect(check(claimingOurs.toString('base64url'))).toEqual({
      ok: false,
      reason: 'bad-signature',
    });
  });

  it('refuses what is not a token as malformed', () => {
    const token = issue();
    for (const bad of [
      '',
      'not a token',
      token.slice(0, -4),
      `${token}AAAA`,
      altered(token, 0), // another version
      `${token}=`,
      nonCanonical(token),
    ])
      expect(check(bad)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('accepts a token of a retired key that the keyring still lists', () => {
    const old = ecardKeyringOf({ signingKey: generateKeyPairSync('ed25519').privateKey });
    const rotated = ecardKeyringOf({
      signingKey: generateKeyPairSync('ed25519').privateKey,
      // The public half of the old key: what an operator puts in ECARD_RETIRED_PUBLIC_KEYS.
      retiredPublicKeys: [createPublicKey(old.signing.privateKey)],
    });
    expect(check(issue({ key: old }), now, rotated).ok).toBe(true);
    expect(rotated.jwks.map((k) => k.kid)).toEqual([rotated.jwks[0]!.kid, old.jwks[0]!.kid]);
  });
});
