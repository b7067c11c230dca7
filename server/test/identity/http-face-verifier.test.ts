import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpFaceVerifier } from '../../src/modules/identity/index.ts';
import { DEMO_PERSONS } from '../../src/modules/persons/index.ts';
import { canonicalJson } from '../../src/platform/audit/index.ts';
import { signInBound } from '../helpers/citizen.ts';
import { createTestApp } from '../helpers/test-app.ts';

const TOKEN = 'face-provider-test-token';

/** A face-verification provider on a local port: opens sessions and remembers what it was sent. */
async function startProvider(): Promise<{ server: Server; url: string; received: unknown[] }> {
  const received: unknown[] = [];
  let next = 0;
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += String(chunk)));
    request.on('end', () => {
      if (request.url !== '/sessions' || request.headers.authorization !== `Bearer ${TOKEN}`) {
        response.writeHead(401).end();
        return;
      }
      received.push(JSON.parse(body));
      const transactionId = `tx-${++next}`;
      response
        .writeHead(200, { 'content-type': 'application/json' })
        .end(
          JSON.stringify({ transactionId, redirectUrl: `https://face.example/${transactionId}` }),
        );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received };
}

function signedResult(
  privateKey: KeyObject,
  fields: { transactionId: string; outcome: 'pass' | 'fail'; score: number; completedAt: string },
) {
  const signature = sign(null, Buffer.from(canonicalJson(fields)), privateKey).toString('base64');
  return { ...fields, signature };
}

describe('real-person authentication through the HTTP face-verification provider', () => {
  const provider = generateKeyPairSync('ed25519');
  const forger = generateKeyPairSync('ed25519');
  let p: Awaited<ReturnType<typeof startProvider>>;
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    p = await startProvider();
    t = await createTestApp({
      demoData: true,
      faceVerifier: createHttpFaceVerifier({
        url: p.url,
        token: TOKEN,
        publicKey: provider.publicKey,
      }),
    });
  });
  afterAll(async () => {
    await t?.close();
    p?.server.close();
  });

  const person = DEMO_PERSONS[4]!;
  const hand = (cookie: string, payload: unknown) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/me/verification/face-result',
      headers: { cookie },
      payload: payload as Record<string, unknown>,
    });
  const results = async () =>
    (
      await t.database.pool.query(
        'select result, provider_transaction_id, score from real_person_verifications order by started_at',
      )
    ).rows;

  it('sends the provider the name and ID number, refuses forged, altered, stale and foreign results, and passes a good one', async () => {
    const { cookie } = await signInBound(t, '13900003001', person);
    const started = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/verification',
      headers: { cookie },
      payload: { method: 'face', consent: { noticeVersion: '2026-01', accepted: true } },
    });
    expect(started.statusCode).toBe(201);
    expect(started.json()).toEqual({ next: 'provider', redirectUrl: 'https://face.example/tx-1' });
    expect(p.received).toEqual([
      expect.objectContaining({ name: person.name, citizenId: person.citizenId }),
    ]);
    expect(
      t.app.hasRoute({ method: 'POST', url: '/api/v1/me/verification/development-confirm' }),
    ).toBe(false);

    const now = new Date().toISOString();
    const good = { transactionId: 'tx-1', outcome: 'pass' as const, score: 97.5, completedAt: now };
    const refused = [
      signedResult(forger.privateKey, good),
      { ...signedResult(provider.privateKey, { ...good, outcome: 'fail' }), outcome: 'pass' },
      { ...signedResult(provider.privateKey, good), score: 99 },
      signedResult(provider.privateKey, {
        ...good,
        completedAt: new Date(Date.now() - 6 * 60_000).toISOString(),
      }),
      signedResult(provider.privateKey, { ...good, transactionId: 'tx-other' }),
      { ...signedResult(provider.privateKey, good), signature: 'not base64 at all' },
    ];
    for (const result of refused) {
      const response = await hand(cookie, result);
      expect(response.statusCode).toBe(422);
      expect(response.json().code).toBe('VERIFICATION_RESULT_INVALID');
    }
    expect(await results()).toEqual([
      { result: 'pending', provider_transaction_id: 'tx-1', score: null },
    ]);
    const me = await t.app.inject({ url: '/api/v1/me', headers: { cookie } });
    expect(me.json().realPersonAuthenticatedUntil).toBeNull();

    const passed = await hand(cookie, signedResult(provider.privateKey, good));
    expect(passed.statusCode).toBe(200);
    expect(passed.json()).toMatchObject({ result: 'passed' });
    expect(Date.parse(passed.json().realPersonAuthenticatedUntil)).toBe(
      Date.parse(now) + 15 * 60_000,
    );
    expect(await results()).toEqual([
      { result: 'passed', provider_transaction_id: 'tx-1', score: 97.5 },
    ]);

    const replayed = await hand(cookie, signedResult(provider.privateKey, good));
    expect(replayed.json().code).toBe('VERIFICATION_NOT_STARTED');
  });

  it('records a failed outcome as failed, without freshness', async () => {
    const { cookie } = await signInBound(t, '13900003002', DEMO_PERSONS[5]!);
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/verification',
      headers: { cookie },
      payload: { method: 'face', consent: { noticeVersion: '2026-01', accepted: true } },
    });
    const failed = await hand(
      cookie,
      signedResult(provider.privateKey, {
        transactionId: 'tx-2',
        outcome: 'fail',
        score: 12,
        completedAt: new Date().toISOString(),
      }),
    );
    expect(failed.json()).toEqual({ result: 'failed', realPersonAuthenticatedUntil: null });
  });

  it('reports an unreachable provider as a provider error (the route answers 503 VERIFICATION_UNAVAILABLE)', async () => {
    const unreachable = createHttpFaceVerifier({
      url: 'http://127.0.0.1:9',
      token: TOKEN,
      publicKey: provider.publicKey,
      timeoutMs: 500,
    });
    await expect(
      unreachable.start({ person: { name: 'x', citizenId: 'y' }, returnTo: 'https://a.example/' }),
    ).rejects.toMatchObject({ name: 'VerificationProviderError' });
  });
});
