import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  closeOnlineTransfer,
  DEMO_CLOSED_REGIONS,
  DEMO_FUTURE_REGION,
  openOnlineTransfer,
} from '../../src/modules/regions/index.ts';
import { verifyAuditChain } from '../../src/platform/audit/index.ts';
import { createTestApp } from '../helpers/test-app.ts';

const admin = { type: 'cli', id: 'test-operator' } as const;

describe('GET /api/v1/transfer-destinations/:regionCode', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp({ demoData: true });
  });
  afterAll(() => t?.close());

  const ask = (code: string, scheme = 'employee-pension') =>
    t.app.inject({ method: 'GET', url: `/api/v1/transfer-destinations/${code}?scheme=${scheme}` });

  it('answers an open city with its opening date and agency', async () => {
    const response = await ask('440100');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      regionCode: '440100',
      regionName: '广东省广州市',
      scheme: 'employee-pension',
      online: true,
      openSince: '2021-01-01',
      agency: {
        name: '广东省广州市社会保险事业管理中心（演示）',
        address: expect.stringContaining('广州市'),
        phone: '12333',
        postCode: '510000',
      },
    });
  });

  it('answers a closed demo region as not online, with the agency to visit', async () => {
    const response = await ask(DEMO_CLOSED_REGIONS[0]!);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.online).toBe(false);
    expect(body.openSince).toBeUndefined();
    expect(body.agency.name).toContain('三沙市');
    // Sansha's demo agency has registered no post code: none is invented.
    expect(body.agency.postCode).toBeNull();
  });

  it('gives the future opening date of a region that is not open yet', async () => {
    const body = (await ask(DEMO_FUTURE_REGION.regionCode)).json();
    expect(body).toMatchObject({ online: false, openSince: DEMO_FUTURE_REGION.openSince });
  });

  it('answers per scheme: resident pension is open in Guangdong but not in Hebei', async () => {
    expect((await ask('440300', 'resident-pension')).json().online).toBe(true);
    expect((await ask('130100', 'resident-pension')).json().online).toBe(false);
  });

  it('answers a municipality by its own name, not 市辖区', async () => {
    expect((await ask('110100')).json().regionName).toBe('北京市');
  });

  it('answers a county through the agency of its city', async () => {
    const body = (await ask('440104')).json();
    expect(body).toMatchObject({
      regionCode: '440104',
      regionName: '广东省广州市越秀区',
      online: true,
    });
    expect(body.agency.name).toContain('广州市');
  });

  it('treats a county that reports to the province as a destination of its own', async () => {
    const body = (await ask('429004')).json();
    expect(body.regionName).toBe('湖北省仙桃市');
    expect(body.agency.name).toContain('仙桃市');
  });

  it('refuses a malformed code or scheme with 400 listing the field', async () => {
    const badCode = await ask('44010');
    expect(badCode.statusCode).toBe(400);
    expect(badCode.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ path: 'regionCode', location: 'params' }],
    });
    const badScheme = await ask('440100', 'pension');
    expect(badScheme.statusCode).toBe(400);
    expect(badScheme.json().fields).toEqual([
      expect.objectContaining({ path: 'scheme', location: 'query' }),
    ]);
    const missingScheme = await t.app.inject({
      method: 'GET',
      url: '/api/v1/transfer-destinations/440100',
    });
    expect(missingScheme.statusCode).toBe(400);
  });

  it('answers 404 for a code that does not exist', async () => {
    const response = await ask('999999');
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('REGION_NOT_FOUND');
  });

  it('answers 422 for a province, which has no agency of its own', async () => {
    const response = await ask('440000');
    expect(response.statusCode).toBe(422);
    expect(response.json().code).toBe('REGION_NOT_A_DESTINATION');
  });

  it('changes its answer as soon as an administrator opens or closes a region, and audits both', async () => {
    expect((await ask('460300')).json().online).toBe(false);
    await openOnlineTransfer({
      db: t.database.db,
      actor: admin,
      regionCode: '460300',
      scheme: 'employee-pension',
      openSince: '2024-01-01',
    });
    // The change reaches the cache through PostgreSQL NOTIFY, as it would from another process.
    await expect.poll(async () => (await ask('460300')).json().online).toBe(true);
    expect((await ask('460300')).json().openSince).toBe('2024-01-01');

    await closeOnlineTransfer({
      db: t.database.db,
      actor: admin,
      regionCode: '460300',
      scheme: 'employee-pension',
    });
    await expect.poll(async () => (await ask('460300')).json().online).toBe(false);

    const audit = await t.database.pool.query(
      `select action, actor_type, actor_id, data from audit_log where subject_id = '460300' order by seq`,
    );
    expect(audit.rows.map((row) => row.action)).toEqual([
      'online-transfer.opened',
      'online-transfer.closed',
    ]);
    expect(audit.rows[0]).toMatchObject({ actor_type: 'cli', actor_id: 'test-operator' });
    expect((await verifyAuditChain(t.database.db)).ok).toBe(true);
  });

  it('writes the change and its outbox event in one transaction', async () => {
    await openOnlineTransfer({
      db: t.database.db,
      actor: admin,
      regionCode: '540600',
      scheme: 'medical',
      openSince: '2025-05-01',
    });
    const events = await t.database.pool.query('select event from event_outbox');
    expect(events.rows.map((row) => row.event)).toContainEqual(
      expect.objectContaining({
        name: 'online-transfer.opened',
        payload: expect.objectContaining({ regionCode: '540600', scheme: 'medical' }),
      }),
    );
  });

  it('refuses to open a province or an unknown region, changing nothing', async () => {
    const before = await t.database.pool.query('select count(*)::int as n from audit_log');
    await expect(
      openOnlineTransfer({
        db: t.database.db,
        actor: admin,
        regionCode: '440000',
        scheme: 'medical',
        openSince: '2024-01-01',
      }),
    ).rejects.toMatchObject({ code: 'REGION_NOT_A_DESTINATION' });
    await expect(
      openOnlineTransfer({
        db: t.database.db,
        actor: admin,
        regionCode: '999999',
        scheme: 'medical',
        openSince: '2024-01-01',
      }),
    ).rejects.toMatchObject({ code: 'REGION_NOT_FOUND' });
    const after = await t.database.pool.query('select count(*)::int as n from audit_log');
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });
});

describe('GET /api/v1/regions', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  it('lists the 31 mainland provinces', async () => {
    const { regions } = (await t.app.inject({ url: '/api/v1/regions' })).json();
    expect(regions).toHaveLength(31);
    expect(regions[0]).toEqual({
      code: '110000',
      name: '北京市',
      fullName: '北京市',
      level: 'province',
      destination: false,
    });
  });

  it('lists the destinations a person picks from under a province, direct counties included', async () => {
    const hubei = (await t.app.inject({ url: '/api/v1/regions?parentCode=420000' })).json().regions;
    const names = hubei.map((r: { name: string }) => r.name);
    expect(names).toContain('武汉市');
    expect(names).toContain('仙桃市');
    expect(names).not.toContain('省直辖县级行政区划');
    expect(hubei.every((r: { destination: boolean }) => r.destination)).toBe(true);
  });

  it('finds destinations by name', async () => {
    const found = (
      await t.app.inject({ url: `/api/v1/regions?q=${encodeURIComponent('广州')}` })
    ).json().regions;
    expect(found.map((r: { code: string }) => r.code)).toEqual(['440100']);
  });

  it('refuses parentCode and q together, naming the field', async () => {
    const response = await t.app.inject({ url: `/api/v1/regions?parentCode=440000&q=x` });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields[0].path).toBe('q');
  });
});
