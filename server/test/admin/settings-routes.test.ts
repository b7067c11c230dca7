import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffSession } from '../helpers/staff.ts';
import { createTestApp } from '../helpers/test-app.ts';

/** Deadline parameters belong to the sysadmin, the password rotation policy to the secadmin. */
describe('settings in the admin console', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  const cookies: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestApp({ demoData: true });
    for (const role of ['sysadmin', 'secadmin', 'auditadmin'])
      cookies[role] = (await staffSession(t.database, `demo.${role}`)).cookie;
  });
  afterAll(() => t.close());

  const call = (method: 'GET' | 'PUT', url: string, cookie: string, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

  it('the sysadmin reads the default and changes the deadline warning with the version seen', async () => {
    const read = await call('GET', '/api/v1/admin/settings/deadlines', cookies.sysadmin!);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual({ dueSoonWorkingDays: 3, version: 0, updatedAt: null });
    const changed = await call('PUT', '/api/v1/admin/settings/deadlines', cookies.sysadmin!, {
      dueSoonWorkingDays: 5,
      version: 0,
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ dueSoonWorkingDays: 5, version: 1 });
    const stale = await call('PUT', '/api/v1/admin/settings/deadlines', cookies.sysadmin!, {
      dueSoonWorkingDays: 7,
      version: 0,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('CONFLICT');
    expect(
      (await call('GET', '/api/v1/admin/settings/deadlines', cookies.sysadmin!)).json(),
    ).toMatchObject({ dueSoonWorkingDays: 5, version: 1 });
  });

  it('refuses a value out of range, field by field', async () => {
    const bad = await call('PUT', '/api/v1/admin/settings/deadlines', cookies.sysadmin!, {
      dueSoonWorkingDays: 11,
      version: 1,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields).toEqual([expect.objectContaining({ path: 'dueSoonWorkingDays' })]);
    const rotation = await call('PUT', '/api/v1/admin/settings/security', cookies.secadmin!, {
      passwordRotationDays: 14,
      version: 0,
    });
    expect(rotation.statusCode).toBe(400);
    expect(rotation.json().fields[0].path).toBe('passwordRotationDays');
  });

  it('the secadmin turns password rotation on and off; it is off by default', async () => {
    const read = await call('GET', '/api/v1/admin/settings/security', cookies.secadmin!);
    expect(read.json()).toEqual({ passwordRotationDays: null, version: 0, updatedAt: null });
    const on = await call('PUT', '/api/v1/admin/settings/security', cookies.secadmin!, {
      passwordRotationDays: 90,
      version: 0,
    });
    expect(on.json()).toMatchObject({ passwordRotationDays: 90, version: 1 });
    const off = await call('PUT', '/api/v1/admin/settings/security', cookies.secadmin!, {
      passwordRotationDays: null,
      version: 1,
    });
    expect(off.json()).toMatchObject({ passwordRotationDays: null, version: 2 });
    const { rows } = await t.database.pool.query(
      `select actor_type, subject_id, data from audit_log
        where action = 'platform-setting.changed' and subject_id = 'security' order by seq`,
    );
    expect(rows.map((r) => r.data)).toEqual([
      { from: { passwordRotationDays: null }, to: { passwordRotationDays: 90 }, version: 1 },
      { from: { passwordRotationDays: 90 }, to: { passwordRotationDays: null }, version: 2 },
    ]);
  });

  it('no administrator holds another one’s setting', async () => {
    for (const [url, owner] of [
      ['/api/v1/admin/settings/deadlines', 'sysadmin'],
      ['/api/v1/admin/settings/security', 'secadmin'],
    ] as const) {
      for (const role of Object.keys(cookies).filter((r) => r !== owner)) {
        expect((await call('GET', url, cookies[role]!)).statusCode).toBe(403);
        expect((await call('PUT', url, cookies[role]!, { version: 9 })).statusCode).toBe(403);
      }
    }
  });
});
