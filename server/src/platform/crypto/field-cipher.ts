import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  hkdfSync,
  randomBytes,
} from 'node:crypto';

/**
 * Authenticated encryption of personal data at rest (ID numbers, phones, bank accounts) and the
 * keyed hash (blind index) used to find a row by such a value without storing it in clear.
 *
 * Stored form: `<algorithm>:<key id>:<iv>:<ciphertext+tag>` (base64url parts). The algorithm id
 * travels with every value so that SM4-GCM can later replace AES-256-GCM value by value, and the
 * key id names which key to decrypt with during a rotation.
 */
export interface FieldCipher {
  encrypt(plaintext: string): string;
  decrypt(stored: string): string;
  /** A purpose-bound keyed hash: the same value gives different indexes for different purposes. */
  blindIndex(purpose: string, normalizedValue: string): string;
  keyId: string;
}

const ALGORITHM = 'aes-256-gcm';
const ALGORITHM_ID = 'a256gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Derives separate encryption and indexing keys from one 32-byte master key. */
export function createFieldCipher(masterKey: Buffer): FieldCipher {
  if (masterKey.length !== 32) throw new Error('The data key must be exactly 32 bytes');
  const encryptionKey = Buffer.from(
    hkdfSync('sha256', masterKey, '', 'shebao field encryption v1', 32),
  );
  const indexKey = Buffer.from(hkdfSync('sha256', masterKey, '', 'shebao blind index v1', 32));
  const keyId = createHash('sha256').update(masterKey).digest('hex').slice(0, 8);

  return {
    keyId,
    encrypt(plaintext) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv(ALGORITHM, encryptionKey, iv);
      cipher.setAAD(Buffer.from(`${ALGORITHM_ID}:${keyId}`));
      const body = Buffer.concat([
        cipher.update(plaintext, 'utf8'),
        cipher.final(),
        cipher.getAuthTag(),
      ]);
      return [ALGORITHM_ID, keyId, iv.toString('base64url'), body.toString('base64url')].join(':');
    },
    decrypt(stored) {
      const [algorithm, storedKeyId, ivPart, bodyPart] = stored.split(':');
      if (algorithm !== ALGORITHM_ID || !ivPart || !bodyPart) {
        throw new Error(`Unsupported encrypted value (algorithm ${algorithm ?? 'missing'})`);
      }
      if (storedKeyId !== keyId) throw new Error(`Encrypted with another key (${storedKeyId})`);
      const body = Buffer.from(bodyPart, 'base64url');
      const decipher = createDecipheriv(ALGORITHM, encryptionKey, Buffer.from(ivPart, 'base64url'));
      decipher.setAAD(Buffer.from(`${ALGORITHM_ID}:${keyId}`));
      decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
      return Buffer.concat([
        decipher.update(body.subarray(0, body.length - TAG_BYTES)),
        decipher.final(),
      ]).toString('utf8');
    },
    blindIndex(purpose, normalizedValue) {
      return createHmac('sha256', indexKey)
        .update(`${purpose}\u0000${normalizedValue}`)
        .digest('base64url');
    },
  };
}
