import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../helpers/test-app.ts';
import { runCommand } from '../../helpers/run-command.ts';
import { citizenOf, ecardClient, movableClock, type TestApp } from './ecard-helpers.ts';

/**
 * docs/INTEGRATIONS.md: a verifier without a connection checks a QR code with the published keys
 * and `scripts/verify-ecard-token.mjs`, run here as its own process as a hospital would run it.
 */
describe('verifying an e-card QR code offline', () => {
  const clock = movableClock();
  let t: TestApp;
  let holder: ReturnType<typeof ecardClient>;
  let ecardId: string;
  let folder: string;
  let keysFile: string;
  beforeAll(async () => {
    t = await createTestApp({ demoData: true, clock: clock.now });
    holder = ecardClient(t, await citizenOf(t, 'first-job', { authenticated: true }));
    ecardId = await holder.ecardOfFirstCard();
    folder = await mkdtemp(path.join(tmpdir(), 'shebao-ecard-keys-'));
    keysFile = path.join(folder, 'keys.json');
    const keys = await t.app.inject({ method: 'GET', url: '/api/v1/ecard/public-keys' });
    await writeFile(keysFile, keys.body);
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
    await t?.close();
  });

  const offline = async (token: string, keysAt = keysFile) => {
    const { code, stdout } = await runCommand(
      ['scripts/verify-ecard-token.mjs', token, keysAt],
      {},
    );
    return { code, answer: JSON.parse(stdout) as Record<string, unknown> };
  };

  it('accepts a fresh code with the saved keys and shows the masked name', async () => {
    const { token, expiresAt } = (await holder.qr(ecardId)).json();
    expect(await offline(token)).toEqual({
      code: 0,
      answer: { valid: true, reason: null, holderName: '林*', expiresAt },
    });
  });

  it('fetches the keys from the platform itself', async () => {
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = t.app.server.address() as AddressInfo;
    const { token } = (await holder.qr(ecardId)).json();
    const { code, answer } = await offline(
      token,
      `http://127.0.0.1:${port}/api/v1/ecard/public-keys`,
    );
    expect(code).toBe(0);
    expect(answer.valid).toBe(true);
  });

  it('refuses an expired code, an altered one and one of another key', async () => {
    clock.advance(-120_000);
    const expired = (await holder.qr(ecardId)).json().token as string;
    clock.advance(120_000);
    expect(await offline(expired)).toMatchObject({
      code: 1,
      answer: { valid: false, reason: 'expired' },
    });

    const bytes = Buffer.from((await holder.qr(ecardId)).json().token, 'base64url');
    bytes[20] = bytes[20]! ^ 0x01;
    expect(await offline(bytes.toString('base64url'))).toMatchObject({
      code: 1,
      answer: { valid: false, reason: 'bad-signature', holderName: null },
    });
    bytes[3] = bytes[3]! ^ 0x01;
    expect((await offline(bytes.toString('base64url'))).answer.reason).toBe('unknown-key');
    expect((await offline('bm90IGEgdG9rZW4')).answer.reason).toBe('malformed');
  });
});
