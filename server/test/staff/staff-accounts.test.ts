import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentTotpCode } from '../../src/modules/staff/index.ts';
import { staffSession } from '../helpers/staff.ts';
import { createTestApp } from '../helpers/test-app.ts';

describe('staff accounts: created by the sysadmin, activated by the staff member, disabled', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let admin: string;
  beforeAll(async () => {
    t = await createTestApp({ demoData: true });
    admin = (await staffSession(t.database, 'demo.sysadmin')).cookie;
  });
  afterAll(() => t.close());

  const post = (url: string, payload: unknown, cookie?: string) =>
    t.app.inject({
      method: 'POST',
      url,
      payload: payload as object,
      headers: cookie ? { cookie } : {},
    });

  it('creates an account, shows the activation code once, and the staff member activates it', async () => {
    const created = await post(
      '/api/v1/admin/staff-accounts',
      {
        username: 'Li.Ming',
        displayName: '李明',
        role: 'agency_staff',
        agencyRegionCode: '440300',
      },
      admin,
    );
    expect(created.statusCode).toBe(201);
    const { account, activationCode } = created.json();
    expect(account).toMatchObject({
      username: 'li.ming',
      status: 'pending-activation',
      agency: { regionCode: '440300' },
    });
    expect(activationCode).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    const { rows } = await t.database.pool.query(
      'select activation_code_hash, totp_secret_encrypted from staff_accounts where username = $1',
      ['li.ming'],
    );
    expect(JSON.stringify(rows)).not.toContain(activationCode);

    const wrong = await post('/api/v1/staff/activation/start', {
      username: 'li.ming',
      activationCode: 'AAAA-BBBB-CCCC',
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().code).toBe('ACTIVATION_INVALID');

    const started = await post('/api/v1/staff/activation/start', {
      username: 'li.ming',
      activationCode: activationCode.toLowerCase().replaceAll('-', ''),
    });
    expect(started.statusCode).toBe(200);
    const { totpUri, totpSecret } = started.json();
    expect(totpUri).toMatch(/^otpauth:\/\/totp\/Shebao:li\.ming\?/);

    const weak = await post('/api/v1/staff/activation', {
      username: 'li.ming',
      activationCode,
      password: 'password1234',
      totpCode: '000000',
    });
    expect(weak.statusCode).toBe(400);
    expect(
      weak
        .json()
        .fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['password', 'totpCode']);
    expect(weak.json().fields[0].messageEn).toMatch(/breached/);

    const short = await post('/api/v1/staff/activation', {
      username: 'li.ming',
      activationCode,
      password: 'short one',
      totpCode: currentTotpCode(totpSecret),
    });
    expect(short.json().fields[0].messageEn).toMatch(/at least 12/);

    const done = await post('/api/v1/staff/activation', {
      username: 'li.ming',
      activationCode,
      password: 'a long phrase only I know',
      totpCode: currentTotpCode(totpSecret),
    });
    expect(done.statusCode).toBe(204);
    const again = await post('/api/v1/staff/activation/start', {
      username: 'li.ming',
      activationCode,
    });
    expect(again.statusCode).toBe(422);

    const signedIn = await post('/api/v1/staff/sign-in', {
      username: 'li.ming',
      password: 'a long phrase only I know',
      // The activation used the current step: sign-in takes the next one, never the same code.
      totpCode: currentTotpCode(totpSecret, new Date(Date.now() + 30_000)),
    });
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json().account.status).toBe('active');
  });

  it('refuses a taken user name and roles without or with a wrong agency, listing the field', async () => {
    const taken = await post(
      '/api/v1/admin/staff-accounts',
      { username: 'demo.sysadmin', displayName: 'x', role: 'auditadmin' },
      admin,
    );
    expect(taken.statusCode).toBe(409);
    expect(taken.json().code).toBe('STAFF_USERNAME_TAKEN');
    for (const body of [
      { username: 'no.agency', displayName: 'x', role: 'agency_staff' },
      { username: 'admin.agency', displayName: 'x', role: 'secadmin', agencyRegionCode: '440300' },
      {
        username: 'bad.agency',
        displayName: 'x',
        role: 'agency_staff',
        agencyRegionCode: '440000',
      },
    ]) {
      const response = await post('/api/v1/admin/staff-accounts', body, admin);
      expect(response.statusCode).toBe(400);
      expect(response.json().fields[0].path).toBe('agencyRegionCode');
    }
  });

  it('disables an account: its sessions end at once; a stale version is a conflict', async () => {
    const staff = await staffSession(t.database, 'demo.440100.staff');
    const me = () =>
      t.app.inject({ method: 'GET', url: '/api/v1/staff/me', headers: { cookie: staff.cookie } });
    expect((await me()).statusCode).toBe(200);
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/v1/admin/staff-accounts',
      headers: { cookie: admin },
    });
    const target = list
      .json()
      .accounts.find((a: { username: string }) => a.username === 'demo.440100.staff');
    const stale = await post(
      `/api/v1/admin/staff-accounts/${target.id}/disable`,
      { version: target.version + 1 },
      admin,
    );
    expect(stale.statusCode).toBe(409);
    // A version no `integer` column can hold is bad input (400), not a database error (500).
    for (const version of [2 ** 31, Number.MAX_SAFE_INTEGER]) {
      const huge = await post(
        `/api/v1/admin/staff-accounts/${target.id}/disable`,
        { version },
        admin,
      );
      expect(huge.statusCode, String(version)).toBe(400);
      expect(huge.json().fields).toEqual([expect.objectContaining({ path: 'version' })]);
    }
    const disabled = await post(
      `/api/v1/admin/staff-accounts/${target.id}/disable`,
      { version: target.version },
      admin,
    );
    expect(disabled.statusCode).toBe(200);
    expect(disabled.json().status).toBe('disabled');
    expect((await me()).statusCode).toBe(401);
    const { rows } = await t.database.pool.query(
      "select actor_type from audit_log where action = 'staff.disabled' and subject_id = $1",
      [target.id],
    );
    expect(rows).toEqual([{ actor_type: 'admin' }]);
  });

  it('lets no other role manage accounts', async () => {
    const security = (await staffSession(t.database, 'demo.secadmin')).cookie;
    const response = await post(
      '/api/v1/admin/staff-accounts',
      { username: 'sneaky', displayName: 'x', role: 'sysadmin' },
      security,
    );
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('ROLE_NOT_ALLOWED');
  });
});
