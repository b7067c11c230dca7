import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentTotpCode, DEMO_STAFF_PASSWORD } from '../../src/modules/staff/index.ts';
import { staffSession } from '../helpers/staff.ts';
import { createTestApp } from '../helpers/test-app.ts';

/**
 * Password rotation (SECURITY.md): off by default; when the secadmin turns it on, a staff member
 * whose password is older must change it before anything else, and changing it ends every other
 * session.
 */
describe('staff password rotation and change', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp({ demoData: true });
    // The demo sysadmin and a demo agency member chose their passwords 100 days ago.
    await t.database.pool.query(
      `update staff_accounts set password_changed_at = now() - interval '100 days'
        where username in ('demo.sysadmin', 'demo.440100.staff')`,
    );
  });
  afterAll(() => t.close());

  const signIn = async (username: string, password = DEMO_STAFF_PASSWORD) => {
    const { rows } = await t.database.pool.query<{ secret: string }>(
      'select totp_secret_encrypted as secret from staff_accounts where username = $1',
      [username],
    );
    return t.app.inject({
      method: 'POST',
      url: '/api/v1/staff/sign-in',
      payload: { username, password, totpCode: currentTotpCode(t.cipher.decrypt(rows[0]!.secret)) },
    });
  };
  const sessionCookie = (response: { cookies: { name: string; value: string }[] }) =>
    `shebao_session=${response.cookies.find((c) => c.name === 'shebao_session')!.value}`;
  const get = (url: string, cookie: string) =>
    t.app.inject({ method: 'GET', url, headers: { cookie } });
  const changePassword = (cookie: string, payload: object) =>
    t.app.inject({ method: 'POST', url: '/api/v1/staff/password', headers: { cookie }, payload });

  it('does not force a change while rotation is off (the default)', async () => {
    const signedIn = await signIn('demo.440100.staff');
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json().passwordChangeRequired).toBe(false);
    const { cookie } = await staffSession(t.database, 'demo.sysadmin');
    expect((await get('/api/v1/admin/regions/openings?limit=1', cookie)).statusCode).toBe(200);
  });

  it('with 90-day rotation, an older password must be changed first; a recent one need not', async () => {
    const { cookie: secadmin } = await staffSession(t.database, 'demo.secadmin');
    const on = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/admin/settings/security',
      headers: { cookie: secadmin },
      payload: { passwordRotationDays: 90, version: 0 },
    });
    expect(on.statusCode).toBe(200);

    const signedIn = await signIn('demo.sysadmin');
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json().passwordChangeRequired).toBe(true);
    const cookie = sessionCookie(signedIn);
    const me = await get('/api/v1/staff/me', cookie);
    expect(me.json()).toMatchObject({ passwordChangeRequired: true });
    const blocked = await get('/api/v1/admin/regions/openings?limit=1', cookie);
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('PASSWORD_CHANGE_REQUIRED');
    // A session opened before the policy changed is held back just the same.
    const { cookie: older } = await staffSession(t.database, 'demo.sysadmin');
    expect((await get('/api/v1/admin/staff-accounts', older)).json().code).toBe(
      'PASSWORD_CHANGE_REQUIRED',
    );

    const recent = await signIn('demo.auditadmin');
    expect(recent.json().passwordChangeRequired).toBe(false);
    expect((await get('/api/v1/admin/audit-log?limit=1', sessionCookie(recent))).statusCode).toBe(
      200,
    );
    const { rows } = await t.database.pool.query(
      `select data from audit_log where action = 'staff.signed-in' order by seq desc limit 2`,
    );
    expect(rows[1].data).toMatchObject({ passwordChangeRequired: true });
  });

  it('refuses a wrong current password, a weak new one and the same one, field by field', async () => {
    const { cookie } = await staffSession(t.database, 'demo.sysadmin');
    const wrong = await changePassword(cookie, {
      currentPassword: 'not the password at all',
      newPassword: 'password1234',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().fields.map((f: { path: string }) => f.path)).toEqual([
      'currentPassword',
      'newPassword',
    ]);
    expect(wrong.json().fields[1].messageEn).toMatch(/breached/);
    const same = await changePassword(cookie, {
      currentPassword: DEMO_STAFF_PASSWORD,
      newPassword: DEMO_STAFF_PASSWORD,
    });
    expect(same.json().fields).toEqual([
      expect.objectContaining({ path: 'newPassword', messageEn: expect.stringMatching(/differ/) }),
    ]);
    const withName = await changePassword(cookie, {
      currentPassword: DEMO_STAFF_PASSWORD,
      newPassword: 'my name is demo.sysadmin ok',
    });
    expect(withName.json().fields[0].messageEn).toMatch(/user name/);
    const { rows } = await t.database.pool.query(
      `select count(*)::int as n from audit_log where action = 'staff.password-change-failed'`,
    );
    expect(rows[0].n).toBe(1);
  });

  it('changes the password: other sessions end, this one is renewed, the rest opens again', async () => {
    const { cookie: elsewhere } = await staffSession(t.database, 'demo.sysadmin');
    const { cookie } = await staffSession(t.database, 'demo.sysadmin');
    const changed = await changePassword(cookie, {
      currentPassword: DEMO_STAFF_PASSWORD,
      newPassword: 'river lantern over the old bridge',
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({
      account: { username: 'demo.sysadmin' },
      passwordChangeRequired: false,
    });
    const renewed = sessionCookie(changed);
    expect(renewed).not.toBe(cookie);
    expect((await get('/api/v1/staff/me', cookie)).statusCode).toBe(401);
    expect((await get('/api/v1/staff/me', elsewhere)).statusCode).toBe(401);
    expect((await get('/api/v1/admin/staff-accounts', renewed)).statusCode).toBe(200);

    // Each sign-in below may fall in the 30-second step of an earlier one: forget the last step.
    const forgetTotpStep = () =>
      t.database.pool.query(
        `update staff_accounts set totp_last_step = null where username = 'demo.sysadmin'`,
      );
    await forgetTotpStep();
    expect((await signIn('demo.sysadmin')).statusCode).toBe(401);
    await forgetTotpStep();
    const withNew = await signIn('demo.sysadmin', 'river lantern over the old bridge');
    expect(withNew.statusCode).toBe(200);
    expect(withNew.json().passwordChangeRequired).toBe(false);
    const { rows } = await t.database.pool.query(
      `select actor_type, subject_id from audit_log where action = 'staff.password-changed'`,
    );
    expect(rows).toHaveLength(1);
  });
});
