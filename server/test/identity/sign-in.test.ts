import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/test-app.ts';

const PHONE = '13812345678';

describe('citizen sign-in with a phone number and a one-time code', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  const sendCode = (phone: string) =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in-code', payload: { phone } });
  const signIn = (phone: string, code: string) =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { phone, code } });
  const lastCode = () => /验证码是 (\d{6})/.exec(t.sms.messages()[0]?.text ?? '')?.[1] ?? '';
  const cookieOf = (response: { cookies: { name: string; value: string }[] }) => {
    const cookie = response.cookies.find((c) => c.name === 'shebao_session');
    return `shebao_session=${cookie?.value}`;
  };

  it('sends a six-digit code, signs in, and opens a session cookie that is HttpOnly, Secure and SameSite=Strict', async () => {
    const sent = await sendCode('138 1234 5678');
    expect(sent.statusCode).toBe(202);
    expect(sent.json()).toEqual({ expiresInSeconds: 600, resendAfterSeconds: 60 });
    expect(t.sms.messages()[0]?.to).toBe(PHONE);

    const response = await signIn(PHONE, lastCode());
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ phone: '138****5678', personBound: false });
    const setCookie = String(response.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/Secure/);
    expect(setCookie).toMatch(/SameSite=Strict/);

    const me = await t.app.inject({ url: '/api/v1/me', headers: { cookie: cookieOf(response) } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      phone: '138****5678',
      session: { idleTimeoutSeconds: 1800 },
    });
    expect(me.headers['cache-control']).toBe('no-store');
  });

  it('uses a code once only', async () => {
    await sendCode('13900000001');
    const code = lastCode();
    expect((await signIn('13900000001', code)).statusCode).toBe(200);
    const again = await signIn('13900000001', code);
    expect(again.statusCode).toBe(422);
    expect(again.json().code).toBe('CODE_INVALID');
  });

  it('allows five guesses, then the code is dead even when the right one is typed', async () => {
    await sendCode('13900000002');
    const code = lastCode();
    const wrong = code === '000000' ? '111111' : '000000';
    const remaining: unknown[] = [];
    for (let i = 0; i < 4; i++)
      remaining.push((await signIn('13900000002', wrong)).json().details?.remainingAttempts);
    expect(remaining).toEqual([4, 3, 2, 1]);
    expect((await signIn('13900000002', wrong)).json().code).toBe('CODE_LOCKED');
    expect((await signIn('13900000002', code)).json().code).toBe('CODE_LOCKED');
  });

  it('refuses a second code within a minute with 429 and Retry-After', async () => {
    await sendCode('13900000003');
    const again = await sendCode('13900000003');
    expect(again.statusCode).toBe(429);
    expect(again.json().code).toBe('RATE_LIMITED');
    expect(Number(again.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('refuses a number that is not a mainland mobile number, naming the field', async () => {
    const response = await sendCode('12345');
    expect(response.statusCode).toBe(400);
    expect(response.json().fields).toEqual([
      expect.objectContaining({ path: 'phone', location: 'body' }),
    ]);
    const extra = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { phone: PHONE, code: '123456', accountId: 'someone-else' },
    });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().fields[0].path).toBe('accountId');
  });

  it('answers 401 without a session, and ends the session at sign-out', async () => {
    expect((await t.app.inject({ url: '/api/v1/me' })).statusCode).toBe(401);
    await sendCode('13900000004');
    const cookie = cookieOf(await signIn('13900000004', lastCode()));
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-out',
      headers: { cookie },
    });
    expect(out.statusCode).toBe(204);
    const me = await t.app.inject({ url: '/api/v1/me', headers: { cookie } });
    expect(me.statusCode).toBe(401);
    expect(me.json().code).toBe('AUTHENTICATION_REQUIRED');
  });

  it('refuses a cookie-authenticated write from another site', async () => {
    await sendCode('13900000005');
    const cookie = cookieOf(await signIn('13900000005', lastCode()));
    const fromElsewhere = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-out',
      headers: { cookie, origin: 'https://evil.example' },
    });
    expect(fromElsewhere.statusCode).toBe(403);
    expect(fromElsewhere.json().code).toBe('CROSS_SITE_REQUEST');
    const crossSite = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-out',
      headers: { cookie, 'sec-fetch-site': 'cross-site' },
    });
    expect(crossSite.statusCode).toBe(403);
    // The session is still alive: nothing was done.
    expect((await t.app.inject({ url: '/api/v1/me', headers: { cookie } })).statusCode).toBe(200);
  });

  it('stores no phone number and no code in clear', async () => {
    await sendCode('13900000006');
    const code = lastCode();
    await signIn('13900000006', code);
    const { rows } = await t.database.pool.query(
      `select (select json_agg(a) from citizen_accounts a)::text || (select json_agg(c) from one_time_codes c)::text || (select json_agg(s) from sessions s)::text as dump`,
    );
    expect(rows[0].dump).not.toContain('13900000006');
    expect(rows[0].dump).not.toContain(`"${code}"`);
  });

  it('shows sent codes on the development page, with the phone masked', async () => {
    const page = await t.app.inject({ url: '/dev/sms' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('139****0006');
    expect(page.body).toMatch(/验证码是 \d{6}/);
  });
});

describe('sign-in limits per address', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  it('answers 429 with Retry-After past ten code requests a minute from one address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const phone = `1370000${String(i).padStart(4, '0')}`;
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-in-code',
        payload: { phone },
      });
      statuses.push(response.statusCode);
    }
    expect(statuses.slice(0, 10).every((s) => s === 202)).toBe(true);
    expect(statuses[10]).toBe(429);
  });
});
