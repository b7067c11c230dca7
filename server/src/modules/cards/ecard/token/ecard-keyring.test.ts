import { createHash, generateKeyPairSync } from 'node:crypto';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../../platform/config.ts';
import { loadEcardKeyring } from './ecard-keyring.ts';

const pair = () => generateKeyPairSync('ed25519');
const pem = (key: ReturnType<typeof pair>['privateKey']) =>
  key.export({ type: 'pkcs8', format: 'pem' }).toString();

describe('the e-card keyring', () => {
  it('signs with ECARD_SIGNING_KEY (PEM or base64) and names it by its RFC 7638 thumbprint', async () => {
    const { privateKey, publicKey } = pair();
    const x = publicKey.export({ format: 'jwk' }).x!;
    const thumbprint = createHash('sha256')
      .update(`{"crv":"Ed25519","kty":"OKP","x":"${x}"}`)
      .digest('base64url');
    for (const text of [
      pem(privateKey),
      privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64'),
    ]) {
      const ring = await loadEcardKeyring(loadConfig({ ECARD_SIGNING_KEY: text }));
      expect(ring.jwks).toEqual([
        { kty: 'OKP', crv: 'Ed25519', x, kid: thumbprint, use: 'sig', alg: 'EdDSA' },
      ]);
      expect(ring.signing.keyId).toEqual(Buffer.from(thumbprint, 'base64url').subarray(0, 8));
      expect(ring.publicKeyOf(ring.signing.keyId)?.equals(publicKey)).toBe(true);
    }
  });

  it('publishes retired keys after the current one, from PEM blocks or base64 SPKI', async () => {
    const [a, b] = [pair().publicKey, pair().publicKey];
    const spki = (key: typeof a) => key.export({ type: 'spki', format: 'der' }).toString('base64');
    const pems = [a, b].map((key) => key.export({ type: 'spki', format: 'pem' })).join('\n');
    for (const retired of [pems, `${spki(a)}, ${spki(b)}`]) {
      const ring = await loadEcardKeyring(
        loadConfig({
          ECARD_SIGNING_KEY: pem(pair().privateKey),
          ECARD_RETIRED_PUBLIC_KEYS: retired,
        }),
      );
      expect(ring.jwks.map((jwk) => jwk.x)).toEqual([
        ring.jwks[0]!.x,
        a.export({ format: 'jwk' }).x,
        b.export({ format: 'jwk' }).x,
      ]);
    }
  });

  it('refuses a key that is not Ed25519, and a missing key in production', async () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey;
    await expect(loadEcardKeyring(loadConfig({ ECARD_SIGNING_KEY: pem(rsa) }))).rejects.toThrow(
      /ECARD_SIGNING_KEY/,
    );
    await expect(
      loadEcardKeyring(
        loadConfig({ ECARD_SIGNING_KEY: pem(pair().privateKey), ECARD_RETIRED_PUBLIC_KEYS: 'abc' }),
      ),
    ).rejects.toThrow(/ECARD_RETIRED_PUBLIC_KEYS/);
    const production = { ...loadConfig({}), isProduction: true, env: 'production' as const };
    await expect(loadEcardKeyring(production)).rejects.toThrow(/ECARD_SIGNING_KEY: required/);
  });

  it('generates the development key once into the data folder, readable by its owner only', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'shebao-ecard-key-'));
    try {
      const config = { ...loadConfig({ SHEBAO_DATA_DIR: dataDir }) };
      const [first, second] = await Promise.all([
        loadEcardKeyring(config),
        loadEcardKeyring(config),
      ]);
      const third = await loadEcardKeyring(config);
      expect(second.jwks).toEqual(first.jwks);
      expect(third.jwks).toEqual(first.jwks);
      const file = path.join(dataDir, 'development-ecard-signing-key.pem');
      expect(await readFile(file, 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----/);
      expect((await stat(file)).mode & 0o777).toBe(0o600);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
