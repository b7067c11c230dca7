import { createCipheriv, randomBytes, sign, verify, type KeyObject } from 'node:crypto';

/**
 * The e-card QR token (电子社保卡二维码), version 1: bytes in this order, then base64url without
 * padding (docs/INTEGRATIONS.md shows how to verify one offline):
 *
 * | offset | bytes | field                                                                 |
 * | ------ | ----- | --------------------------------------------------------------------- |
 * | 0      | 1     | version, 0x01                                                         |
 * | 1      | 8     | key id: the first 8 bytes of the signing key's RFC 7638 thumbprint    |
 * | 9      | 4     | issued at, seconds since 1970 (unsigned, big-endian)                  |
 * | 13     | 4     | expires at, likewise                                                  |
 * | 17     | 12    | nonce                                                                 |
 * | 29     | 32    | the e-card reference, encrypted (AES-256-CTR under the platform's key) |
 * | 61     | 1     | n, the length of the masked name                                      |
 * | 62     | n     | the holder's masked name (张*), UTF-8                                  |
 * | 62 + n | 64    | Ed25519 signature over every byte before it                           |
 *
 * The reference (person id and e-card id, 16 bytes each) is encrypted so that the code says
 * nothing a photograph of it could link to other codes of the same person; the signature, checked
 * first, is what makes every byte authentic, so the encryption needs no tag of its own. The masked
 * name is in clear: a verifier without the platform (offline) can show it.
 */
export const ECARD_TOKEN_VERSION = 1;
const HEADER = 61;
const SIGNATURE = 64;
const MAX_NAME_BYTES = 40;
const KEY_ID = 8;
/** A token issued up to this far in the future (servers' clocks differ a little) is accepted. */
const CLOCK_SKEW_SECONDS = 30;

/** Where a token points: the e-card and the person it belongs to (the table's key). */
export interface EcardReference {
  personId: string;
  ecardId: string;
}

/** A signing key with its key id (the first 8 bytes of its RFC 7638 thumbprint). */
export interface EcardSigningKey {
  keyId: Buffer;
  privateKey: KeyObject;
}

export type TokenRefusal = 'malformed' | 'unknown-key' | 'bad-signature' | 'expired';

export type TokenCheck =
  | {
      ok: true;
      reference: EcardReference;
      maskedName: string;
      issuedAt: Date;
      expiresAt: Date;
    }
  | { ok: false; reason: TokenRefusal };

/** Signs a token for `reference`, valid `lifetimeSeconds` from `now` (rounded down to a second). */
export function signEcardToken({
  key,
  referenceKey,
  reference,
  maskedName,
  lifetimeSeconds,
  now,
}: {
  key: EcardSigningKey;
  /** 32 bytes: the key that makes the reference opaque. */
  referenceKey: Buffer;
  reference: EcardReference;
  maskedName: string;
  lifetimeSeconds: number;
  now: Date;
}): { token: string; issuedAt: Date; expiresAt: Date } {
  const name = Buffer.from(maskedName, 'utf8');
  if (name.length > MAX_NAME_BYTES) throw new Error('a masked name longer than the token allows');
  const issuedAt = Math.floor(now.getTime() / 1000);
  const expiresAt = issuedAt + lifetimeSeconds;
  const signed = Buffer.alloc(HEADER + 1 + name.length);
  signed.writeUInt8(ECARD_TOKEN_VERSION, 0);
  key.keyId.copy(signed, 1, 0, KEY_ID);
  signed.writeUInt32BE(issuedAt, 9);
  signed.writeUInt32BE(expiresAt, 13);
  const nonce = randomBytes(12);
  nonce.copy(signed, 17);
  crypt(referenceKey, nonce, referenceBytes(reference)).copy(signed, 29);
  signed.writeUInt8(name.length, HEADER);
  name.copy(signed, HEADER + 1);
  const signature = sign(null, signed, key.privateKey);
  return {
    token: Buffer.concat([signed, signature]).toString('base64url'),
    issuedAt: new Date(issuedAt * 1000),
    expiresAt: new Date(expiresAt * 1000),
  };
}

/**
 * Checks a token: its shape, its key (`publicKeyOf` the key id: the current key or one kept after
 * a rotation), its signature, then its time. Only a token whose signature holds is read further,
 * so a forged token learns nothing about what a genuine one would say.
 */
export function checkEcardToken({
  token,
  publicKeyOf,
  referenceKey,
  now,
}: {
  token: string;
  publicKeyOf: (keyId: Buffer) => KeyObject | undefined;
  referenceKey: Buffer;
  now: Date;
}): TokenCheck {
  const bytes = decodeCanonical(token);
  if (bytes === undefined || bytes.length < HEADER + 1 + SIGNATURE) return refused('malformed');
  const nameLength = bytes.readUInt8(HEADER);
  const signedLength = HEADER + 1 + nameLength;
  if (
    bytes.readUInt8(0) !== ECARD_TOKEN_VERSION ||
    nameLength > MAX_NAME_BYTES ||
    bytes.length !== signedLength + SIGNATURE
  )
    return refused('malformed');
  const publicKey = publicKeyOf(bytes.subarray(1, 1 + KEY_ID));
  if (publicKey === undefined) return refused('unknown-key');
  const signed = bytes.subarray(0, signedLength);
  if (!verify(null, signed, publicKey, bytes.subarray(signedLength)))
    return refused('bad-signature');
  const issuedAt = bytes.readUInt32BE(9);
  const expiresAt = bytes.readUInt32BE(13);
  const nowSeconds = now.getTime() / 1000;
  if (expiresAt <= issuedAt || issuedAt > nowSeconds + CLOCK_SKEW_SECONDS)
    return refused('malformed');
  if (nowSeconds >= expiresAt) return refused('expired');
  const reference = crypt(referenceKey, bytes.subarray(17, 29), bytes.subarray(29, HEADER));
  return {
    ok: true,
    reference: {
      personId: uuidOf(reference.subarray(0, 16)),
      ecardId: uuidOf(reference.subarray(16, 32)),
    },
    maskedName: bytes.subarray(HEADER + 1, signedLength).toString('utf8'),
    issuedAt: new Date(issuedAt * 1000),
    expiresAt: new Date(expiresAt * 1000),
  };
}

const refused = (reason: TokenRefusal): TokenCheck => ({ ok: false, reason });

const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** The bytes of a base64url text, only when it is their one canonical spelling. */
function decodeCanonical(token: string): Buffer | undefined {
  if (token.length > 400 || !BASE64URL.test(token)) return undefined;
  const bytes = Buffer.from(token, 'base64url');
  return bytes.toString('base64url') === token ? bytes : undefined;
}

/** AES-256-CTR, the counter starting at nonce ‖ 0: the same call encrypts and decrypts. */
function crypt(key: Buffer, nonce: Buffer, data: Buffer): Buffer {
  const iv = Buffer.concat([nonce, Buffer.alloc(4)]);
  const cipher = createCipheriv('aes-256-ctr', key, iv);
  return Buffer.concat([cipher.update(data), cipher.final()]);
}

function referenceBytes({ personId, ecardId }: EcardReference): Buffer {
  return Buffer.concat([uuidBytes(personId), uuidBytes(ecardId)]);
}

function uuidBytes(uuid: string): Buffer {
  const hex = uuid.replaceAll('-', '');
  if (!/^[0-9a-f]{32}$/i.test(hex)) throw new Error('not a UUID');
  return Buffer.from(hex, 'hex');
}

function uuidOf(bytes: Buffer): string {
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
