import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/test-app.ts';
import { citizenOf, type TestApp } from './transfer-helpers.ts';

const url = '/api/v1/me/transfer-applications';
const form = {
  scheme: 'employee-pension',
  destinationRegion: '440100',
  fromRegion: '510100',
  contactPhone: '13800138000',
  address: '广州市天河区体育西路1号',
  postCode: '510620',
};

describe('following and withdrawing a transfer application', () => {
  let t: TestApp;
  let owner: { cookie: string };
  let stranger: { cookie: string };
  let applicationId: string;
  beforeAll(async () => {
    t = await createTestApp({ demoData: true });
    owner = await citizenOf(t, 'cross-province', { authenticated: true });
    stranger = await citizenOf(t, 'within-province', { authenticated: true });
    const submitted = await t.app.inject({
      method: 'POST',
      url,
      headers: { cookie: owner.cookie },
      payload: form,
    });
    expect(submitted.statusCode).toBe(201);
    applicationId = submitted.json().id;
  });
  afterAll(() => t?.close());

  const withdraw = (cookie: string, id: string, version: number) =>
    t.app.inject({
      method: 'POST',
      url: `${url}/${id}/withdraw`,
      headers: { cookie },
      payload: { version },
    });

  it('lists the own applications with status tag and timeline, phone masked', async () => {
    const response = await t.app.inject({ url, headers: { cookie: owner.cookie } });
    expect(response.statusCode).toBe(200);
    const { applications } = response.json();
    expect(applications).toHaveLength(1);
    expect(applications[0]).toMatchObject({
      id: applicationId,
      status: 'submitted',
      contactPhone: '138****8000',
      timeline: [{ action: 'submitted' }],
    });
    expect(response.headers['cache-control']).toContain('no-store');
  });

  it('gives each of many simultaneous readers only their own applications', async () => {
    // Reads arriving together share one query (platform/db/batched-lookup.ts): nothing may cross.
    const { cookie: seeded } = await citizenOf(t, 'open-application');
    const readers = [owner, stranger, { cookie: seeded }, owner, stranger];
    const answers = await Promise.all(
      readers.map(({ cookie }) => t.app.inject({ url, headers: { cookie } })),
    );
    const ids = answers.map((answer) =>
      answer.json().applications.map((a: { id: string }) => a.id),
    );
    expect(ids[0]).toEqual([applicationId]);
    expect(ids[1]).toEqual([]);
    expect(ids[2]).toHaveLength(1);
    expect(ids[2]).not.toContain(applicationId);
    expect(ids[3]).toEqual(ids[0]);
    expect(ids[4]).toEqual([]);
  });

  it('shows the demo person’s seeded open application with its deadline', async () => {
    const { cookie } = await citizenOf(t, 'open-application');
    const { applications } = (await t.app.inject({ url, headers: { cookie } })).json();
    expect(applications).toEqual([
      expect.objectContaining({
        status: 'submitted',
        fromRegion: '620100',
        fromAgency: { regionCode: '620100', name: expect.stringContaining('甘肃省兰州市') },
        toRegion: '610100',
        toAgency: { regionCode: '610100', name: expect.stringContaining('陕西省西安市') },
        nextStep: expect.objectContaining({ action: 'submitted', deadlineOn: '2026-11-23' }),
      }),
    ]);
  });

  it('answers 404 for another citizen’s application, on GET and on withdraw, and changes nothing', async () => {
    const read = await t.app.inject({
      url: `${url}/${applicationId}`,
      headers: { cookie: stranger.cookie },
    });
    expect(read.statusCode).toBe(404);
    expect(read.json().code).toBe('APPLICATION_NOT_FOUND');
    const write = await withdraw(stranger.cookie, applicationId, 1);
    expect(write.statusCode).toBe(404);
    expect(write.json().code).toBe('APPLICATION_NOT_FOUND');
    const own = await t.app.inject({
      url: `${url}/${applicationId}`,
      headers: { cookie: owner.cookie },
    });
    expect(own.json()).toMatchObject({ status: 'submitted', version: 1 });
  });

  it('refuses a stale version with 409 CONFLICT', async () => {
    const response = await withdraw(owner.cookie, applicationId, 7);
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('CONFLICT');
  });

  it('withdraws once: the timeline shows it newest first; a second withdrawal is 409 ILLEGAL_TRANSITION', async () => {
    const response = await withdraw(owner.cookie, applicationId, 1);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ status: 'withdrawn', version: 2, nextStep: null });
    expect(body.timeline.map((e: { action: string }) => e.action)).toEqual([
      'withdrawn',
      'submitted',
    ]);
    const again = await withdraw(owner.cookie, applicationId, 2);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      code: 'ILLEGAL_TRANSITION',
      details: { status: 'withdrawn' },
    });
    const audit = await t.database.pool.query(
      `select count(*)::int as n from audit_log where action = 'transfer-application.withdrawn' and subject_id = $1`,
      [applicationId],
    );
    expect(audit.rows[0].n).toBe(1);
  });

  it('after a withdrawal the person may apply again', async () => {
    await citizenOf(t, 'cross-province', { authenticated: true });
    const response = await t.app.inject({
      method: 'POST',
      url,
      headers: { cookie: owner.cookie },
      payload: form,
    });
    expect(response.statusCode).toBe(201);
  });

  it('keeps the history append-only in the database', async () => {
    await expect(
      t.database.pool.query('update transfer_application_actions set note = $1', ['changed']),
    ).rejects.toThrow(/append-only/);
  });

  it('rejects a malformed id and unknown withdraw properties with 400', async () => {
    const badId = await withdraw(owner.cookie, 'not-a-uuid', 1);
    expect(badId.statusCode).toBe(400);
    const extra = await t.app.inject({
      method: 'POST',
      url: `${url}/${applicationId}/withdraw`,
      headers: { cookie: owner.cookie },
      payload: { version: 2, status: 'submitted' },
    });
    expect(extra.statusCode).toBe(400);
  });
});
