import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit } from '../../src/platform/audit/index.ts';
import { staffSession } from '../helpers/staff.ts';
import { createTestApp } from '../helpers/test-app.ts';

/** The audit administrator reads the log and verifies its chain; nothing else may. */
describe('the audit log in the admin console', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let auditadmin: string;
  let sysadmin: { cookie: string; staffId: string };
  beforeAll(async () => {
    t = await createTestApp({ demoData: true });
    auditadmin = (await staffSession(t.database, 'demo.auditadmin')).cookie;
    sysadmin = await staffSession(t.database, 'demo.sysadmin');
    // Two administrative changes to find in the log.
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/regions/540600/openings',
      headers: { cookie: sysadmin.cookie },
      payload: { scheme: 'medical', openSince: '2024-05-01', expectedOpenSince: null },
    });
    await t.app.inject({
      method: 'PUT',
      url: '/api/v1/admin/settings/deadlines',
      headers: { cookie: sysadmin.cookie },
      payload: { dueSoonWorkingDays: 4, version: 0 },
    });
  });
  afterAll(() => t.close());

  const read = (query = '', cookie = auditadmin) =>
    t.app.inject({ method: 'GET', url: `/api/v1/admin/audit-log${query}`, headers: { cookie } });

  it('shows the newest entries first, with the administrator who acted', async () => {
    const page = await read('?limit=2');
    expect(page.statusCode).toBe(200);
    const { entries, nextBefore } = page.json();
    expect(entries.map((e: { action: string }) => e.action)).toEqual([
      'platform-setting.changed',
      'online-transfer.opened',
    ]);
    expect(entries[1]).toMatchObject({
      actor: { type: 'admin', id: sysadmin.staffId, username: 'demo.sysadmin' },
      subjectType: 'region',
      subjectId: '540600',
      data: { scheme: 'medical', openSince: '2024-05-01', previousSince: null },
    });
    expect(entries[0].seq).toBeGreaterThan(entries[1].seq);
    expect(nextBefore).toBe(entries[1].seq);
    const older = (await read(`?limit=2&before=${nextBefore}`)).json();
    expect(older.entries[0].seq).toBeLessThan(nextBefore);
  });

  it('filters by action prefix (taken literally), actor type and subject', async () => {
    const onlineTransfer = (await read('?action=online-transfer.')).json().entries;
    expect(onlineTransfer.map((e: { action: string }) => e.action)).toEqual([
      'online-transfer.opened',
      'online-transfer.demo-seeded',
    ]);
    const wildcard = (await read('?action=%25')).json().entries;
    expect(wildcard).toEqual([]);
    // The administrators' two changes, and the audit administrator's own reads so far.
    const byAdmins = (await read('?actorType=admin')).json().entries;
    expect(
      byAdmins.filter((e: { action: string }) => !e.action.startsWith('audit-log.')),
    ).toHaveLength(2);
    expect(byAdmins.map((e: { action: string }) => e.action)).toContain('audit-log.read');
    const bySubject = (await read('?subjectType=platform-setting&subjectId=deadlines')).json();
    expect(bySubject.entries).toHaveLength(1);
    expect(bySubject.nextBefore).toBeNull();
    const seeded = (await read('?actorType=system')).json().entries;
    expect(seeded.length).toBeGreaterThan(0);
    expect(seeded.every((e: { actor: { username: null } }) => e.actor.username === null)).toBe(
      true,
    );
  });

  it('masks an ID or phone number should one ever be written into an entry', async () => {
    await t.database.db.transaction((tx) =>
      recordAudit(tx, {
        actor: { type: 'system', id: 'test' },
        action: 'test.careless',
        subjectType: 'test',
        subjectId: 'careless',
        // A check-digit-valid ID number (the standard's example) and a mobile number.
        data: { note: '身份证 11010519491231002X 电话 13812345678', phone: 13812345678 },
      }),
    );
    const [entry] = (await read('?action=test.careless')).json().entries;
    expect(entry.data).toEqual({
      note: '身份证 1101**********002X 电话 138****5678',
      phone: '138****5678',
    });
  });

  it('verifies the hash chain and names the first broken link', async () => {
    const intact = await read('/verification');
    expect(intact.statusCode).toBe(200);
    // Every entry but the one the check itself appended afterwards.
    const { rows } = await t.database.pool.query('select count(*)::int as n from audit_log');
    expect(intact.json()).toMatchObject({ ok: true, entries: rows[0].n - 1, brokenAt: null });

    // Tampering needs to get past the append-only trigger, as an attacker with the owner role would.
    const { rows: victim } = await t.database.pool.query(
      `select seq, id from audit_log where action = 'online-transfer.opened'`,
    );
    await t.database.pool.query(`alter table audit_log disable trigger user`);
    await t.database.pool.query(
      `update audit_log set data = jsonb_set(data, '{openSince}', '"2020-01-01"') where id = $1`,
      [victim[0].id],
    );
    await t.database.pool.query(`alter table audit_log enable trigger user`);
    const broken = (await read('/verification')).json();
    expect(broken).toMatchObject({
      ok: false,
      brokenAt: { seq: Number(victim[0].seq), id: victim[0].id, reason: 'hash-mismatch' },
    });
  });

  it('admits the audit administrator only', async () => {
    for (const username of ['demo.sysadmin', 'demo.secadmin', 'demo.440100.staff']) {
      const { cookie } = await staffSession(t.database, username);
      expect((await read('', cookie)).statusCode).toBe(403);
      expect((await read('/verification', cookie)).statusCode).toBe(403);
    }
  });
});
