import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentTotpCode } from '../../src/modules/staff/index.ts';
import { repositoryRoot, runCommand } from '../helpers/run-command.ts';
import { createTestApp } from '../helpers/test-app.ts';

/** The first administrator of a fresh production install comes from the command line. */
describe('npx shebao staff create-admin', { timeout: 120_000 }, () => {
  const dataKey = randomBytes(32);
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    // No demo data: a fresh install has no staff account at all.
    t = await createTestApp({ dataKey });
  });
  afterAll(() => t?.close());

  const shebao = (...args: string[]) =>
    runCommand([`${repositoryRoot}/bin/shebao.mjs`, ...args], {
      DATABASE_URL: t.database.url,
      SHEBAO_DATA_KEY: dataKey.toString('base64'),
    });
  const post = (url: string, payload: object, cookie?: string) =>
    t.app.inject({ method: 'POST', url, payload, headers: cookie ? { cookie } : {} });

  it('creates the administrator, prints the code once, and the account activates and works', async () => {
    const created = await shebao(
      'staff',
      'create-admin',
      '--username',
      'Wang.Admin',
      '--name',
      '王管理',
      '--role',
      'sysadmin',
    );
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    const activationCode = /shown only now\): ([2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4})\n/.exec(
      created.stdout,
    )?.[1];
    expect(activationCode).toBeDefined();
    expect(created.stdout).toContain('Created sysadmin account wang.admin.');

    const { rows } = await t.database.pool.query(
      `select actor_type, action, data from audit_log where action = 'staff.created'`,
    );
    expect(rows).toEqual([
      {
        actor_type: 'cli',
        action: 'staff.created',
        data: { username: 'wang.admin', role: 'sysadmin', agencyRegionCode: null },
      },
    ]);

    const started = await post('/api/v1/staff/activation/start', {
      username: 'wang.admin',
      activationCode: activationCode!,
    });
    expect(started.statusCode).toBe(200);
    const { totpSecret } = started.json();
    const password = 'quiet harbour under winter stars';
    const activated = await post('/api/v1/staff/activation', {
      username: 'wang.admin',
      activationCode: activationCode!,
      password,
      totpCode: currentTotpCode(totpSecret),
    });
    expect(activated.statusCode).toBe(204);
    // The activation used this 30-second step's code: as if the next step had come.
    await t.database.pool.query(
      `update staff_accounts set totp_last_step = null where username = 'wang.admin'`,
    );
    const signedIn = await post('/api/v1/staff/sign-in', {
      username: 'wang.admin',
      password,
      totpCode: currentTotpCode(totpSecret),
    });
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json().account).toMatchObject({ role: 'sysadmin', agency: null });
    const cookie = `shebao_session=${signedIn.cookies.find((c) => c.name === 'shebao_session')!.value}`;
    const created2 = await post(
      '/api/v1/admin/staff-accounts',
      { username: 'li.audit', displayName: '李审计', role: 'auditadmin' },
      cookie,
    );
    expect(created2.statusCode).toBe(201);
  });

  it('refuses a taken user name, an agency role and bad options, changing nothing', async () => {
    const taken = await shebao(
      'staff',
      'create-admin',
      '--username',
      'wang.admin',
      '--name',
      'X',
      '--role',
      'secadmin',
    );
    expect(taken).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('STAFF_USERNAME_TAKEN'),
    });
    const agency = await shebao(
      'staff',
      'create-admin',
      '--username',
      'zhao.staff',
      '--name',
      '赵',
      '--role',
      'agency_staff',
    );
    expect(agency).toMatchObject({ code: 64, stderr: expect.stringContaining('--role must be') });
    const noName = await shebao(
      'staff',
      'create-admin',
      '--username',
      'zhao',
      '--role',
      'secadmin',
    );
    expect(noName).toMatchObject({ code: 64, stderr: expect.stringContaining('--name') });
    const { rows } = await t.database.pool.query('select username from staff_accounts order by 1');
    expect(rows.map((r) => r.username)).toEqual(['li.audit', 'wang.admin']);
  });
});
