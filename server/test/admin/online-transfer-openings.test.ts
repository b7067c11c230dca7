import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffSession } from '../helpers/staff.ts';
import { createTestApp } from '../helpers/test-app.ts';

/** The sysadmin opens and closes online transfer from the admin console (issue 4, item 1). */
describe('online transfer openings in the admin console', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let sysadmin: { cookie: string; staffId: string };
  beforeAll(async () => {
    t = await createTestApp({ demoData: true });
    sysadmin = await staffSession(t.database, 'demo.sysadmin');
  });
  afterAll(() => t.close());

  const call = (method: 'GET' | 'POST', url: string, payload?: object, cookie = sysadmin.cookie) =>
    t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  const inquiry = async (regionCode: string, scheme = 'employee-pension') =>
    (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/transfer-destinations/${regionCode}?scheme=${scheme}`,
      })
    ).json();

  it('lists the openings of a region, with its name and whether the date has come', async () => {
    const listed = await call('GET', '/api/v1/admin/regions/openings?regionCode=440100');
    expect(listed.statusCode).toBe(200);
    expect(listed.json()).toEqual({
      total: 3,
      openings: [
        {
          regionCode: '440100',
          regionName: '广东省广州市',
          scheme: 'employee-pension',
          openSince: '2021-01-01',
          online: true,
        },
        expect.objectContaining({ scheme: 'medical' }),
        expect.objectContaining({ scheme: 'resident-pension' }),
      ],
    });
    const future = await call(
      'GET',
      '/api/v1/admin/regions/openings?regionCode=650200&scheme=employee-pension',
    );
    expect(future.json().openings).toEqual([
      expect.objectContaining({ openSince: '2099-01-01', online: false }),
    ]);
    const page = await call('GET', '/api/v1/admin/regions/openings?limit=5&offset=5');
    expect(page.json().openings).toHaveLength(5);
    expect(page.json().total).toBeGreaterThan(600);
  });

  it('opens a closed region: the public inquiry answers open at once, and it is audited', async () => {
    expect(await inquiry('460300')).toMatchObject({ online: false });
    const opened = await call('POST', '/api/v1/admin/regions/460300/openings', {
      scheme: 'employee-pension',
      openSince: '2024-03-01',
      expectedOpenSince: null,
    });
    expect(opened.statusCode).toBe(200);
    expect(opened.json()).toEqual({
      opening: {
        regionCode: '460300',
        regionName: '海南省三沙市',
        scheme: 'employee-pension',
        openSince: '2024-03-01',
        online: true,
      },
      previousSince: null,
    });
    // The registry's cache is dropped by the NOTIFY sent when the change commits.
    await expect
      .poll(() => inquiry('460300'))
      .toMatchObject({
        online: true,
        openSince: '2024-03-01',
      });
    const { rows } = await t.database.pool.query(
      `select actor_type, actor_id, data from audit_log
        where action = 'online-transfer.opened' and subject_id = '460300'`,
    );
    expect(rows).toEqual([
      {
        actor_type: 'admin',
        actor_id: sysadmin.staffId,
        data: {
          regionCode: '460300',
          scheme: 'employee-pension',
          openSince: '2024-03-01',
          previousSince: null,
        },
      },
    ]);
  });

  it('refuses a change made on a stale page with 409 and changes nothing', async () => {
    const stale = await call('POST', '/api/v1/admin/regions/460300/openings', {
      scheme: 'employee-pension',
      openSince: '2025-01-01',
      expectedOpenSince: null,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'CONFLICT', details: { openSince: '2024-03-01' } });
    const staleClose = await call(
      'POST',
      '/api/v1/admin/regions/460300/openings/employee-pension/close',
      { expectedOpenSince: '2023-01-01' },
    );
    expect(staleClose.statusCode).toBe(409);
    expect(await inquiry('460300')).toMatchObject({ online: true, openSince: '2024-03-01' });
  });

  it('moves the date, then closes the region: the inquiry answers closed', async () => {
    const moved = await call('POST', '/api/v1/admin/regions/460300/openings', {
      scheme: 'employee-pension',
      openSince: '2099-06-01',
      expectedOpenSince: '2024-03-01',
    });
    expect(moved.json()).toMatchObject({
      opening: { openSince: '2099-06-01', online: false },
      previousSince: '2024-03-01',
    });
    const closed = await call(
      'POST',
      '/api/v1/admin/regions/460300/openings/employee-pension/close',
      { expectedOpenSince: '2099-06-01' },
    );
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toEqual({
      regionCode: '460300',
      scheme: 'employee-pension',
      wasOpenSince: '2099-06-01',
    });
    await expect.poll(() => inquiry('460300')).not.toHaveProperty('openSince');
    const again = await call(
      'POST',
      '/api/v1/admin/regions/460300/openings/employee-pension/close',
      { expectedOpenSince: '2099-06-01' },
    );
    expect(again.statusCode).toBe(409);
    const { rows } = await t.database.pool.query(
      `select action from audit_log where subject_id = '460300' order by seq`,
    );
    expect(rows.map((r) => r.action)).toEqual([
      'online-transfer.opened',
      'online-transfer.opened',
      'online-transfer.closed',
    ]);
  });

  it('refuses regions that cannot be destinations, and bad dates, field by field', async () => {
    const province = await call('POST', '/api/v1/admin/regions/440000/openings', {
      scheme: 'medical',
      openSince: '2024-01-01',
      expectedOpenSince: null,
    });
    expect(province.statusCode).toBe(422);
    expect(province.json().code).toBe('REGION_NOT_A_DESTINATION');
    const unknown = await call('POST', '/api/v1/admin/regions/999900/openings', {
      scheme: 'medical',
      openSince: '2024-01-01',
      expectedOpenSince: null,
    });
    expect(unknown.statusCode).toBe(404);
    const bad = await call('POST', '/api/v1/admin/regions/440100/openings', {
      scheme: 'pension',
      openSince: '2024-02-30',
      status: 'open',
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['expectedOpenSince', 'openSince', 'scheme', 'status']);
  });

  it('admits the sysadmin only', async () => {
    for (const username of ['demo.secadmin', 'demo.auditadmin', 'demo.440100.supervisor']) {
      const { cookie } = await staffSession(t.database, username);
      const listed = await call('GET', '/api/v1/admin/regions/openings', undefined, cookie);
      expect(listed.statusCode).toBe(403);
      const opened = await call(
        'POST',
        '/api/v1/admin/regions/460300/openings',
        { scheme: 'medical', openSince: '2024-01-01', expectedOpenSince: null },
        cookie,
      );
      expect(opened.statusCode).toBe(403);
    }
    expect(await inquiry('460300', 'medical')).toMatchObject({ online: false });
  });
});
