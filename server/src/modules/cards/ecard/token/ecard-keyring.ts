import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  randomUUID,
  type KeyObject,
} from 'node:crypto';
import { existsSync } from 'node:fs';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError, type Config } from '../../../../platform/config.ts';
import type { EcardSigningKey } from './ecard-token.ts';

/** A public key as `GET /ecard/public-keys` publishes it (RFC 8037 JWK). */
export interface EcardPublicJwk {
  kty: 'OKP';
  crv: 'Ed25519';
  x: string;
  /** The RFC 7638 thumbprint, base64url; a token carries its first 8 bytes. */
  kid: string;
  use: 'sig';
  alg: 'EdDSA';
}

/** The key that signs new tokens, and every key whose tokens are still accepted. */
export interface EcardKeyring {
  signing: EcardSigningKey;
  /** The public key for a token's key id, if it is one of ours (the current or a retired one). */
  publicKeyOf(keyId: Buffer): KeyObject | undefined;
  /** The current key first, then the retired ones. */
  jwks: readonly EcardPublicJwk[];
}

/** The keyring of a signing key and the public keys of the keys it replaced. */
export function ecardKeyringOf({
  signingKey,
  retiredPublicKeys = [],
}: {
  signingKey: KeyObject;
  retiredPublicKeys?: readonly KeyObject[];
}): EcardKeyring {
  const current = createPublicKey(signingKey);
  const published = [current, ...retiredPublicKeys].map((publicKey) => {
    const jwk = jwkOf(publicKey);
    return { publicKey, jwk, keyId: Buffer.from(jwk.kid, 'base64url').subarray(0, 8) };
  });
  const byKeyId = new Map(published.map((key) => [key.keyId.toString('hex'), key.publicKey]));
  return {
    signing: { keyId: published[0]!.keyId, privateKey: signingKey },
    publicKeyOf: (keyId) => byKeyId.get(keyId.toString('hex')),
    jwks: published.map((key) => key.jwk),
  };
}

/** An Ed25519 public key as a JWK with its RFC 7638 thumbprint as `kid`. */
function jwkOf(publicKey: KeyObject): EcardPublicJwk {
  const { x } = publicKey.export({ format: 'jwk' });
  if (publicKey.asymmetricKeyType !== 'ed25519' || typeof x !== 'string')
    throw new Error('an e-card key must be Ed25519');
  // RFC 7638: the required members, sorted, without spaces.
  const thumbprint = createHash('sha256')
    .update(JSON.stringify({ crv: 'Ed25519', kty: 'OKP', x }))
    .digest('base64url');
  return { kty: 'OKP', crv: 'Ed25519', x, kid: thumbprint, use: 'sig', alg: 'EdDSA' };
}

/**
 * The keyring from the configuration: `ECARD_SIGNING_KEY` (required in production) and
 * `ECARD_RETIRED_PUBLIC_KEYS`. Without a key, development generates one once into the data
 * folder (git ignores it), so that codes stay valid across restarts and no key is committed; tests
 * make one per process.
 */
export async function loadEcardKeyring(
  config: Pick<Config, 'ecard' | 'dataDir' | 'isProduction' | 'env'>,
): Promise<EcardKeyring> {
  const retiredPublicKeys = parseRetiredPublicKeys(config.ecard.retiredPublicKeys);
  if (config.ecard.signingKey)
    return ecardKeyringOf({
      signingKey: parseSigningKey(config.ecard.signingKey),
      retiredPublicKeys,
    });
  if (config.isProduction)
    throw new ConfigError(
      'Invalid configuration:\n  ECARD_SIGNING_KEY: required in production (the development key is never used there)',
    );
  if (config.env === 'test')
    return ecardKeyringOf({
      signingKey: generateKeyPairSync('ed25519').privateKey,
      retiredPublicKeys,
    });
  return ecardKeyringOf({
    signingKey: createPrivateKey(await developmentSigningKeyPem(config.dataDir)),
    retiredPublicKeys,
  });
}

/** The development key's PEM, created once; two processes starting together agree on one. */
async function developmentSigningKeyPem(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'development-ecard-signing-key.pem');
  if (!existsSync(file)) {
    await mkdir(dataDir, { recursive: true });
    const pem = generateKeyPairSync('ed25519')
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString();
    // Written whole under a name of its own, then linked into place: a reader never sees half a
    // key, and when another process got there first its key wins (link refuses an existing name).
    const draft = `${file}.${randomUUID()}.tmp`;
    await writeFile(draft, pem, { mode: 0o600 });
    await link(draft, file).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
    await unlink(draft);
  }
  return readFile(file, 'utf8');
}

/** An Ed25519 private key, PEM or base64 PKCS#8 DER. */
function parseSigningKey(text: string): KeyObject {
  let key: KeyObject | undefined;
  try {
    key = text.includes('-----BEGIN')
      ? createPrivateKey(text)
      : createPrivateKey({ key: Buffer.from(text, 'base64'), format: 'der', type: 'pkcs8' });
  } catch {
    key = undefined;
  }
  if (key?.asymmetricKeyType !== 'ed25519')
    throw new ConfigError(
      'Invalid configuration:\n  ECARD_SIGNING_KEY: must be an Ed25519 private key, PEM or base64 PKCS#8',
    );
  return key;
}

/** Public keys of earlier signing keys: PEM blocks, or base64 SPKI separated by commas or spaces. */
function parseRetiredPublicKeys(text: string | undefined): KeyObject[] {
  if (!text) return [];
  const parts = text.includes('-----BEGIN')
    ? (text.match(/-----BEGIN PUBLIC KEY-----[\s\S]*?-----END PUBLIC KEY-----/g) ?? [])
    : text.split(/[\s,]+/).filter((part) => part !== '');
  return parts.map((part) => {
    let key: KeyObject | undefined;
    try {
      key = part.startsWith('-----BEGIN')
        ? createPublicKey(part)
        : createPublicKey({ key: Buffer.from(part, 'base64'), format: 'der', type: 'spki' });
    } catch {
      key = undefined;
    }
    if (key?.asymmetricKeyType !== 'ed25519')
      throw new ConfigError(
        'Invalid configuration:\n  ECARD_RETIRED_PUBLIC_KEYS: each must be an Ed25519 public key, PEM or base64 SPKI',
      );
    return key;
  });
}
