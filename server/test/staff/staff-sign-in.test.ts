import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { currentTotpCode, DEMO_STAFF_PASSWORD } from '../../src/modules/staff/index.ts';
import { createTestApp } from '../helpers/test-app.ts';

describe('staff sign-in with password and TOTP', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp({ demoData: true });
  });
  afterAll(() => t.close());

  const totpOf = async (username: string, at = new Date()) => {
    const { rows } = await t.database.pool.query<{ secret: string }>(
      'select totp_secret_encrypted as secret from staff_accounts where username = $1',
      [username],
    );
    return currentTotpCode(t.cipher.decrypt(rows[0]!.secret), at);
  };
  // Each test signs in from its own address: the route allows 10 attempts a minute per address.
  let address = 0;
  beforeEach(() => {
    address += 1;
  });
  const signIn = (payload: Record<string, unknown>) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/staff/sign-in',
      payload,
      remoteAddress: `10.0.0.${address}`,
    });

  it('signs in with the right password and code, and the code cannot be used twice', async () => {
    const username = 'demo.440300.staff';
    const totpCode = await totpOf(username);
    const first = await signIn({ username, password: DEMO_STAFF_PASSWORD, totpCode });
    expect(first.statusCode).toBe(200);
    expect(first.json().account).toMatchObject({
      username,
      role: 'agency_staff',
      agency: { regionCode: '440300' },
      status: 'active',
    });
    const cookie = first.cookies.find((c) => c.name === 'shebao_session');
    expect(cookie?.httpOnly).toBe(true);
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/v1/staff/me',
      headers: { cookie: `shebao_session=${cookie!.value}` },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json().account.username).toBe(username);

    const replay = await signIn({ username, password: DEMO_STAFF_PASSWORD, totpCode });
    expect(replay.statusCode).toBe(401);
    expect(replay.json().code).toBe('STAFF_SIGN_IN_FAILED');
  });

  it('answers wrong password, wrong code and unknown user the same way', async () => {
    const username = 'demo.440100.staff';
    const answers = await Promise.all([
      signIn({ username, password: 'not the password at all', totpCode: await totpOf(username) }),
      signIn({ username, password: DEMO_STAFF_PASSWORD, totpCode: '000000' }),
      signIn({ username: 'nobody.here', password: DEMO_STAFF_PASSWORD, totpCode: '123456' }),
    ]);
    for (const answer of answers) {
      expect(answer.statusCode).toBe(401);
      expect(answer.json()).toMatchObject({ code: 'STAFF_SIGN_IN_FAILED' });
    }
  });

  it('locks the account after five wrong attempts, with Retry-After, even for the right password', async () => {
    const username = 'demo.110100.staff';
    for (let i = 0; i < 5; i += 1) {
      const wrong = await signIn({ username, password: `wrong password ${i}`, totpCode: '000000' });
      expect(wrong.statusCode).toBe(401);
    }
    const locked = await signIn({
      username,
      password: DEMO_STAFF_PASSWORD,
      totpCode: await totpOf(username),
    });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().code).toBe('STAFF_ACCOUNT_LOCKED');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(800);
    const { rows } = await t.database.pool.query<{ action: string }>(
      "select action from audit_log where action = 'staff.locked'",
    );
    expect(rows).toHaveLength(1);
  });

  it('refuses a body with unknown properties or a malformed code, listing the fields', async () => {
    const response = await signIn({
      username: 'x',
      password: '',
      totpCode: '12',
      role: 'sysadmin',
    });
    expect(response.statusCode).toBe(400);
    const paths = response.json().fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['password', 'totpCode']));
  });

  it('signs out: the cookie stops working at once', async () => {
    const username = 'demo.330100.staff';
    const signedIn = await signIn({
      username,
      password: DEMO_STAFF_PASSWORD,
      totpCode: await totpOf(username),
    });
    const cookie = `shebao_session=${signedIn.cookies.find((c) => c.name === 'shebao_session')!.value}`;
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/v1/staff/sign-out',
      headers: { cookie },
    });
    expect(out.statusCode).toBe(204);
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/staff/me', headers: { cookie } });
    expect(me.statusCode).toBe(401);
  });
});
