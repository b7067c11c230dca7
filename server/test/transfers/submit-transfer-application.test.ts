import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workingDayDeadline } from '../../../domain/calendar/index.ts';
import { todayInChina } from '../../../domain/china-time.ts';
import { createRegionsModule } from '../../src/modules/regions/index.ts';
import { submitTransferApplication } from '../../src/modules/transfers/index.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { citizenOf, demoPerson, type TestApp } from './transfer-helpers.ts';

const url = '/api/v1/me/transfer-applications';

/** The application form of a demo person's move. */
const formOf = (destinationRegion: string, fromRegion: string) => ({
  scheme: 'employee-pension',
  destinationRegion,
  fromRegion,
  contactPhone: '13800138000',
  address: '广州市天河区体育西路1号',
  postCode: '510620',
});

describe('POST /api/v1/me/transfer-applications', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ demoData: true });
  });
  afterAll(() => t?.close());

  const submit = (cookie: string, payload: Record<string, unknown>, key?: string) =>
    t.app.inject({
      method: 'POST',
      url,
      headers: { cookie, ...(key ? { 'idempotency-key': key } : {}) },
      payload,
    });
  const count = async (sql: string, params: unknown[] = []) =>
    (await t.database.pool.query<{ n: number }>(sql, params)).rows[0]!.n;

  it('refuses a submission without a fresh real-person authentication', async () => {
    const { cookie } = await citizenOf(t, 'within-province');
    const response = await submit(cookie, formOf('440300', '440100'));
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('REAL_PERSON_AUTHENTICATION_REQUIRED');
    expect(await count('select count(*)::int as n from transfer_applications')).toBe(1); // the demo one
  });

  it('refuses unknown properties such as status (400, nothing written)', async () => {
    const { cookie } = await citizenOf(t, 'within-province', { authenticated: true });
    const response = await submit(cookie, { ...formOf('440300', '440100'), status: 'completed' });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('VALIDATION_FAILED');
    expect(response.json().fields).toEqual(
      expect.arrayContaining([expect.objectContaining({ location: 'body' })]),
    );
  });

  it('refuses an ineligible submission with every reason (422 NOT_ELIGIBLE)', async () => {
    const { cookie } = await citizenOf(t, 'arrears', { authenticated: true });
    const response = await submit(cookie, formOf('350200', '370200'));
    expect(response.statusCode).toBe(422);
    expect(response.json().code).toBe('NOT_ELIGIBLE');
    expect(response.json().details.reasons.map((r: { code: string }) => r.code)).toEqual([
      'ARREARS_AT_OLD_PLACE',
    ]);
  });

  it('submits: 201 with the status, a masked phone, and the review deadline 15 working days on', async () => {
    const { cookie, accountId } = await citizenOf(t, 'cross-province', { authenticated: true });
    const response = await submit(cookie, {
      ...formOf('440100', '510100'),
      formerPersonalNumber: '5101000021',
      agent: { name: '周子涵', phone: '13912345678' },
    });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    const today = todayInChina();
    expect(body).toMatchObject({
      scheme: 'employee-pension',
      status: 'submitted',
      statusLabel: { zh: '已提交，等待转入地审核' },
      fromRegion: '510100',
      toRegion: '440100',
      contactPhone: '138****8000',
      agent: { name: '周**', phone: '139****5678' },
      formerPersonalNumber: '5101000021',
      channel: 'web',
      version: 1,
    });
    // Provisional when the 15 working days reach a year whose holidays are not published yet.
    const { date: deadline, provisional } = workingDayDeadline(today, 15);
    expect(body.nextStep).toEqual({
      action: 'submitted',
      deadlineOn: deadline,
      workingDaysLeft: 15,
      deadlineProvisional: provisional,
    });
    expect(body.timeline).toEqual([
      expect.objectContaining({
        seq: 1,
        action: 'submitted',
        actor: { role: 'applicant', label: { zh: '申请人本人', en: 'You' } },
        deadlineOn: deadline,
      }),
    ]);
    const audit = await t.database.pool.query(
      `select actor_id, subject_id from audit_log where action = 'transfer-application.submitted'`,
    );
    expect(audit.rows).toEqual([{ actor_id: accountId, subject_id: body.id }]);
    const events = await t.database.pool.query('select event from event_outbox');
    expect(events.rows.map((r) => r.event)).toContainEqual(
      expect.objectContaining({
        name: 'transfer-application.submitted',
        payload: expect.objectContaining({ applicationId: body.id, toRegionCode: '440100' }),
      }),
    );
    const stored = await t.database.pool.query(
      'select contact_phone_encrypted, agent_phone_encrypted from transfer_applications where id = $1',
      [body.id],
    );
    expect(JSON.stringify(stored.rows)).not.toContain('13800138000');
  });

  it('counts the review deadline in working days from a known day (2024-03-04 → 2024-03-25)', async () => {
    const { accountId } = await citizenOf(t, 'flexible-worker', { authenticated: true });
    const regions = createRegionsModule({
      db: t.database.db,
      pool: t.database.pool,
      log: t.app.log,
    });
    const { application } = await submitTransferApplication({
      db: t.database.db,
      cipher: t.cipher,
      registry: regions.registry,
      accountId,
      freshMinutes: 15,
      form: { ...formOf('530100', '450100'), scheme: 'employee-pension' },
      now: new Date('2024-03-04T02:00:00Z'), // a Monday, 10:00 in China
    }).finally(() => regions.stop());
    const { rows } = await t.database.pool.query(
      'select deadline_on from transfer_application_actions where application_id = $1',
      [application.id],
    );
    expect(rows).toEqual([{ deadline_on: '2024-03-25' }]);
  });

  it('keeps one open application per person and scheme: 50 parallel submits → one 201, 49 × 409', async () => {
    const { cookie } = await citizenOf(t, 'employer-rates', { authenticated: true });
    const responses = await Promise.all(
      Array.from({ length: 50 }, () => submit(cookie, formOf('110100', '440300'))),
    );
    const statuses = responses.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    for (const r of responses.filter((r) => r.statusCode === 409)) {
      expect(r.json().code).toBe('OPEN_APPLICATION_EXISTS');
    }
    const person = responses.find((r) => r.statusCode === 201)!.json();
    expect(
      await count(
        `select count(*)::int as n from transfer_applications a where a.to_region_code = '110100' and a.from_region_code = '440300'`,
      ),
    ).toBe(1);
    expect(person.status).toBe('submitted');
  });

  it('replays the first response for the same Idempotency-Key and body', async () => {
    const { cookie } = await citizenOf(t, 'before-1998', { authenticated: true });
    const form = formOf('110100', '210100');
    const first = await submit(cookie, form, 'retry-1');
    expect(first.statusCode).toBe(201);
    const again = await submit(cookie, form, 'retry-1');
    expect(again.statusCode).toBe(201);
    expect(again.body).toBe(first.body);
    expect(
      await count('select count(*)::int as n from transfer_applications where id = $1', [
        first.json().id,
      ]),
    ).toBe(1);

    const other = await submit(cookie, { ...form, postCode: '100000' }, 'retry-1');
    expect(other.statusCode).toBe(422);
    expect(other.json().code).toBe('IDEMPOTENCY_KEY_REUSED');

    // Without the key, the same body is a second application: refused, one is open.
    const unkeyed = await submit(cookie, form);
    expect(unkeyed.statusCode).toBe(409);
    expect(unkeyed.json().code).toBe('OPEN_APPLICATION_EXISTS');
  });

  it('runs one key once: 50 parallel submits under it → one application, each answer its 201 or 409 IN_FLIGHT', async () => {
    const person = demoPerson('deemed-years');
    const { cookie } = await citizenOf(t, 'deemed-years', { authenticated: true });
    const form = formOf(person.move!.to, person.move!.from);
    const responses = await Promise.all(
      Array.from({ length: 50 }, () => submit(cookie, form, 'same-key')),
    );
    const created = responses.filter((r) => r.statusCode === 201);
    expect(created.length).toBeGreaterThanOrEqual(1);
    // Every 201 is the first answer, replayed byte for byte.
    for (const r of created) expect(r.body).toBe(created[0]!.body);
    for (const r of responses.filter((r) => r.statusCode !== 201)) {
      expect(r.statusCode).toBe(409);
      expect(r.json().code).toBe('IDEMPOTENCY_KEY_IN_FLIGHT');
    }
    expect(
      await count('select count(*)::int as n from transfer_applications where id = $1', [
        created[0]!.json().id,
      ]),
    ).toBe(1);
    const again = await submit(cookie, form, 'same-key');
    expect(again.body).toBe(created[0]!.body);
  });

  it('keeps nothing of a refused keyed submission: its key stays free', async () => {
    const { cookie, accountId } = await citizenOf(t, 'arrears', { authenticated: true });
    const response = await submit(cookie, formOf('350200', '370200'), 'refused-key');
    expect(response.statusCode).toBe(422);
    expect(
      await count('select count(*)::int as n from idempotency_keys where scope = $1', [
        `citizen:${accountId}`,
      ]),
    ).toBe(0);
  });

  it('keys are scoped to the account: another citizen may use the same key', async () => {
    const { cookie } = await citizenOf(t, 'back-to-ten-year-place', { authenticated: true });
    const response = await submit(cookie, formOf('310100', '330100'), 'retry-1');
    expect(response.statusCode).toBe(201);
    expect(response.json().toRegion).toBe('310100');
  });
});
