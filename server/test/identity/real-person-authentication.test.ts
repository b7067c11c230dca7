import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireFreshRealPersonAuthentication } from '../../src/modules/identity/index.ts';
import { DEMO_PERSONS } from '../../src/modules/persons/index.ts';
import { signInBound, signInCitizen } from '../helpers/citizen.ts';
import { createTestApp } from '../helpers/test-app.ts';

const consent = { noticeVersion: '2026-01', accepted: true };

describe('real-person authentication with the development face verifier', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp({ demoData: true });
  });
  afterAll(() => t?.close());

  const start = (cookie: string, payload: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: '/api/v1/me/verification', headers: { cookie }, payload });

  it('asks for consent first and starts nothing without it', async () => {
    const { cookie } = await signInBound(t, '13900002001', DEMO_PERSONS[1]!);
    for (const payload of [
      { method: 'face' },
      { method: 'face', consent: { noticeVersion: '2026-01', accepted: false } },
    ]) {
      const response = await start(cookie, payload);
      expect(response.statusCode).toBe(422);
      expect(response.json().code).toBe('CONSENT_REQUIRED');
    }
    const { rows } = await t.database.pool.query(
      'select (select count(*)::int from real_person_consents) as consents, (select count(*)::int from real_person_verifications) as verifications',
    );
    expect(rows[0]).toEqual({ consents: 0, verifications: 0 });
  });

  it('needs the account bound to a person first', async () => {
    const { cookie } = await signInCitizen(t, '13900002002');
    const response = await start(cookie, { method: 'face', consent });
    expect(response.statusCode).toBe(422);
    expect(response.json().code).toBe('PERSON_NOT_BOUND');
  });

  it('records the consent, passes on the development confirmation, and /me shows until when it counts', async () => {
    const { cookie, accountId } = await signInBound(t, '13900002003', DEMO_PERSONS[2]!);
    const confirmEarly = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/verification/development-confirm',
      headers: { cookie },
    });
    expect(confirmEarly.json().code).toBe('VERIFICATION_NOT_STARTED');

    const started = await start(cookie, { method: 'face', consent, channel: 'app' });
    expect(started.statusCode).toBe(201);
    expect(started.json()).toEqual({ next: 'development-confirm', redirectUrl: null });
    const consents = await t.database.pool.query(
      'select purpose, method, notice_version, channel from real_person_consents where account_id = $1',
      [accountId],
    );
    expect(consents.rows).toEqual([
      {
        purpose: 'real-person authentication',
        method: 'face',
        notice_version: '2026-01',
        channel: 'app',
      },
    ]);

    const before = Date.now();
    const confirmed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/verification/development-confirm',
      headers: { cookie },
    });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json().result).toBe('passed');
    const me = (await t.app.inject({ url: '/api/v1/me', headers: { cookie } })).json();
    const until = Date.parse(me.realPersonAuthenticatedUntil);
    expect(until - before).toBeGreaterThan(14 * 60_000);
    expect(until - before).toBeLessThanOrEqual(15 * 60_000 + 5_000);

    // Fresh now, not after fifteen minutes.
    await expect(
      requireFreshRealPersonAuthentication({ db: t.database.db, accountId, withinMinutes: 15 }),
    ).resolves.toMatchObject({ authenticatedUntil: new Date(until) });
    await expect(
      requireFreshRealPersonAuthentication({
        db: t.database.db,
        accountId,
        withinMinutes: 15,
        now: new Date(until + 1000),
      }),
    ).rejects.toMatchObject({ code: 'REAL_PERSON_AUTHENTICATION_REQUIRED', status: 403 });
  });

  it('refuses freshness to an account that never authenticated', async () => {
    const { accountId } = await signInBound(t, '13900002004', DEMO_PERSONS[3]!);
    await expect(
      requireFreshRealPersonAuthentication({ db: t.database.db, accountId, withinMinutes: 15 }),
    ).rejects.toMatchObject({ code: 'REAL_PERSON_AUTHENTICATION_REQUIRED' });
  });

  it('keeps no column that could hold a face image or template', async () => {
    const { rows } = await t.database.pool.query<{ column_name: string; data_type: string }>(
      `select column_name, data_type from information_schema.columns
        where table_schema = current_schema() and table_name = 'real_person_verifications'
        order by ordinal_position`,
    );
    expect(rows.map((row) => row.column_name)).toEqual([
      'id',
      'account_id',
      'person_id',
      'consent_id',
      'method',
      'result',
      'provider_transaction_id',
      'score',
      'started_at',
      'completed_at',
    ]);
    expect(rows.filter((row) => ['bytea', 'json', 'jsonb'].includes(row.data_type))).toEqual([]);
  });
});
