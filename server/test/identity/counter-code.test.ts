import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueCounterCode } from '../../src/modules/identity/index.ts';
import { DEMO_PERSONS } from '../../src/modules/persons/index.ts';
import { signInBound } from '../helpers/citizen.ts';
import { repositoryRoot, runCommand } from '../helpers/run-command.ts';
import { createTestApp } from '../helpers/test-app.ts';

const consent = { noticeVersion: '2026-01', accepted: true };

describe('real-person authentication with a counter code (柜台核验码)', () => {
  const dataKey = randomBytes(32);
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp({ demoData: true, dataKey });
  });
  afterAll(() => t?.close());

  const redeem = (cookie: string, code: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/me/verification/counter-code',
      headers: { cookie },
      payload: { code },
    });
  const consentTo = (cookie: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/me/verification',
      headers: { cookie },
      payload: { method: 'counter-code', consent },
    });

  it('is issued by the CLI, works once after consent, and reaches the same freshness', async () => {
    const person = DEMO_PERSONS[6]!;
    const { cookie } = await signInBound(t, '13900004001', person);
    const issued = await runCommand(
      [
        `${repositoryRoot}/bin/shebao.mjs`,
        'verification',
        'issue-counter-code',
        person.citizenId.toLowerCase(),
      ],
      { DATABASE_URL: t.database.url, SHEBAO_DATA_KEY: dataKey.toString('base64') },
    );
    expect(issued.stderr).toBe('');
    expect(issued.code).toBe(0);
    expect(issued.stdout).not.toContain(person.citizenId);
    const code = /: ([A-Z2-9]{8})\n/.exec(issued.stdout)?.[1] ?? '';
    expect(code).toHaveLength(8);
    const { rows } = await t.database.pool.query('select code_hash from counter_codes');
    expect(rows).toHaveLength(1);
    expect(rows[0].code_hash).not.toContain(code);

    const withoutConsent = await redeem(cookie, code);
    expect(withoutConsent.json().code).toBe('CONSENT_REQUIRED');
    const started = await consentTo(cookie);
    expect(started.json()).toEqual({ next: 'counter-code', redirectUrl: null });

    const typed = `${code.slice(0, 4).toLowerCase()}-${code.slice(4)}`;
    const passed = await redeem(cookie, typed);
    expect(passed.statusCode).toBe(200);
    expect(passed.json().result).toBe('passed');
    const me = await t.app.inject({ url: '/api/v1/me', headers: { cookie } });
    expect(me.json().realPersonAuthenticatedUntil).toBe(passed.json().realPersonAuthenticatedUntil);
    expect(me.json().realPersonAuthenticatedUntil).not.toBeNull();

    const again = await redeem(cookie, code);
    expect(again.statusCode).toBe(422);
    expect(again.json().code).toBe('CODE_INVALID');
  });

  it('dies after five wrong guesses, even when the right code follows', async () => {
    const person = DEMO_PERSONS[7]!;
    const { cookie } = await signInBound(t, '13900004002', person);
    await consentTo(cookie);
    const { code } = await issueCounterCode({
      db: t.database.db,
      cipher: t.cipher,
      citizenId: person.citizenId,
      issuedBy: { type: 'cli', id: 'test' },
    });
    const wrong = code === 'AAAAAAAA' ? 'BBBBBBBB' : 'AAAAAAAA';
    const remaining: unknown[] = [];
    for (let i = 0; i < 4; i++)
      remaining.push((await redeem(cookie, wrong)).json().details?.remainingAttempts);
    expect(remaining).toEqual([4, 3, 2, 1]);
    expect((await redeem(cookie, wrong)).json().code).toBe('CODE_LOCKED');
    expect((await redeem(cookie, code)).json().code).toBe('CODE_LOCKED');
    const me = await t.app.inject({ url: '/api/v1/me', headers: { cookie } });
    expect(me.json().realPersonAuthenticatedUntil).toBeNull();
  });

  it('expires after thirty minutes', async () => {
    const person = DEMO_PERSONS[8]!;
    const { cookie } = await signInBound(t, '13900004003', person);
    await consentTo(cookie);
    const { code, expiresAt } = await issueCounterCode({
      db: t.database.db,
      cipher: t.cipher,
      citizenId: person.citizenId,
      issuedBy: { type: 'cli', id: 'test' },
      now: new Date(Date.now() - 31 * 60_000),
    });
    expect(expiresAt.getTime()).toBeLessThan(Date.now());
    expect((await redeem(cookie, code)).json().code).toBe('CODE_INVALID');
  });
});
