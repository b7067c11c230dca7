import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInChina } from '../../../../domain/china-time.ts';
import { getInsuranceRecord } from '../../../src/modules/persons/index.ts';
import { readPdfText } from '../../../src/modules/transfers/documents/read-pdf-text.ts';
import {
  acceptCase,
  applicationRow,
  citizenOf,
  createTestApp,
  expectLedgerVerifies,
  getDocument,
  staffOf,
  submitFor,
  takeStep,
  type StepResult,
  type TestApp,
} from './agency-process-helpers.ts';

// 周子航 (demo 'cross-province') moves his pension from Chengdu to Guangzhou, where he contributes.
const CHENGDU = '510100';
const GUANGZHOU = '440100';
const SHANGHAI = '310100';

const pensionOf = async (t: TestApp, personId: string) =>
  (await getInsuranceRecord({ db: t.database.db, personId })).schemes.find(
    (s) => s.scheme === 'employee-pension',
  )!;

describe('POST /api/v1/agency/cases/{id}/complete', () => {
  let t: TestApp;
  let chengdu: { cookie: string };
  let guangzhou: { cookie: string; staffId: string };
  let shanghai: { cookie: string };
  let applicant: { cookie: string };
  let applicationId: string;
  let personId: string;
  let historyBefore: unknown;
  const noticeUrl = () =>
    `/api/v1/me/transfer-applications/${applicationId}/documents/completion-notice`;
  beforeAll(async () => {
    t = await createTestApp({ demoData: true });
    [chengdu, guangzhou, shanghai] = await Promise.all([
      staffOf(t, CHENGDU),
      staffOf(t, GUANGZHOU),
      staffOf(t, SHANGHAI),
    ]);
    applicationId = await submitFor(t, 'cross-province', { from: CHENGDU, to: GUANGZHOU });
    applicant = await citizenOf(t, 'cross-province');
    const { rows } = await t.database.pool.query<{ person_id: string }>(
      'select person_id from transfer_applications where id = $1',
      [applicationId],
    );
    personId = rows[0]!.person_id;
    historyBefore = (await pensionOf(t, personId)).history;
    await acceptCase(t, applicationId);
  });
  afterAll(() => t?.close());

  it('is refused before the transfer-out agency has finished (409 ILLEGAL_TRANSITION)', async () => {
    const response = await takeStep(t, guangzhou.cookie, applicationId, 'complete', 2);
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      code: 'ILLEGAL_TRANSITION',
      details: { status: 'accepted' },
    });
    const out = await takeStep(t, chengdu.cookie, applicationId, 'transfer-out', 2);
    expect(out.statusCode, out.body).toBe(200);
  });

  it('does not exist for the transfer-out agency nor for an unrelated one (404)', async () => {
    for (const cookie of [chengdu.cookie, shanghai.cookie]) {
      const response = await takeStep(t, cookie, applicationId, 'complete', 3);
      expect(response.statusCode).toBe(404);
      expect(response.json().code).toBe('APPLICATION_NOT_FOUND');
    }
    expect(await applicationRow(t, applicationId)).toMatchObject({
      status: 'out-done',
      version: 3,
    });
  });

  it('refuses a stale page (409 CONFLICT)', async () => {
    const response = await takeStep(t, guangzhou.cookie, applicationId, 'complete', 2);
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'CONFLICT', details: { version: 3 } });
  });

  it('refuses to complete when the ledger does not hold the recorded amounts (409 FUNDS_NOT_RECEIVED)', async () => {
    const set = (pooled: string) =>
      t.database.pool.query('update transfer_applications set pooled_fund_fen = $2 where id = $1', [
        applicationId,
        pooled,
      ]);
    await set('7488001');
    const response = await takeStep(t, guangzhou.cookie, applicationId, 'complete', 3);
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('FUNDS_NOT_RECEIVED');
    await set('7488000');
    expect((await pensionOf(t, personId)).relationships.map((r) => r.periods.length)).toEqual([
      2, 1,
    ]);
  });

  it('refuses to record a month twice in Guangzhou (409 CONTRIBUTION_MONTHS_OVERLAP)', async () => {
    // Guangzhou's records show a month that Chengdu holds too: duplicate insurance (多地参保).
    const { rows } = await t.database.pool.query<{ id: string }>(
      `select id from insurance_relationships where person_id = $1 and region_code = $2`,
      [personId, GUANGZHOU],
    );
    await t.database.pool.query(
      `insert into contribution_periods (id, person_id, relationship_id, region_code, from_month,
         to_month, monthly_base_fen, employer_rate_bp, insured_as, account_kind)
       values (gen_random_uuid(), $1, $2, $3, '2024-08', '2024-08', 900000, 1600, 'employee', 'normal')`,
      [personId, rows[0]!.id, GUANGZHOU],
    );
    const response = await takeStep(t, guangzhou.cookie, applicationId, 'complete', 3);
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      code: 'CONTRIBUTION_MONTHS_OVERLAP',
      details: { from: '2019-05', to: '2024-08' },
    });
    await t.database.pool.query(
      `delete from contribution_periods where person_id = $1 and region_code = $2 and from_month = '2024-08'`,
      [personId, GUANGZHOU],
    );
    expect(await applicationRow(t, applicationId)).toMatchObject({
      status: 'out-done',
      version: 3,
    });
  });

  it('answers the applicant 404 for the completion notice until it is issued', async () => {
    const response = await t.app.inject({
      url: noticeUrl(),
      headers: { cookie: applicant.cookie },
    });
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('DOCUMENT_NOT_FOUND');
  });

  let completion: StepResult;
  it('completes: status completed, no next deadline, the completion notice issued', async () => {
    const response = await takeStep(t, guangzhou.cookie, applicationId, 'complete', 3);
    expect(response.statusCode, response.body).toBe(200);
    completion = response.json();
    expect(completion).toEqual({
      id: applicationId,
      status: 'completed',
      version: 4,
      nextDeadlineOn: null,
      document: {
        kind: 'completion-notice',
        number: `${GUANGZHOU}-WCGZ-${todayInChina().slice(0, 4)}-000001`,
        issuedAt: expect.any(String),
      },
    });
  });

  it('merges the record: the relationship in Guangzhou holds every period, each where it was paid', async () => {
    const pension = await pensionOf(t, personId);
    const [chengduRelationship, guangzhouRelationship] = pension.relationships;
    expect(chengduRelationship).toMatchObject({ regionCode: CHENGDU, status: 'terminated' });
    expect(chengduRelationship!.periods).toEqual([]);
    expect(guangzhouRelationship).toMatchObject({ regionCode: GUANGZHOU, status: 'contributing' });
    expect(guangzhouRelationship!.periods.map((p) => [p.region, p.from, p.to])).toEqual([
      [CHENGDU, '2016-09', '2019-04'],
      [CHENGDU, '2019-05', '2024-08'],
      [GUANGZHOU, '2024-10', '2026-10'],
    ]);
    // The history itself is unchanged: the same months, bases and regions, now held in one place.
    expect(pension.history).toEqual(historyBefore);
    const merged = await t.database.pool.query(
      `select data from audit_log where action = 'contribution-periods.merged' and subject_id = $1`,
      [personId],
    );
    expect(merged.rows).toEqual([
      {
        data: expect.objectContaining({
          periods: 2,
          reason: `transfer-completed:${applicationId}`,
        }),
      },
    ]);
  });

  it('shows the applicant every step in the timeline, with the agency that took it', async () => {
    const response = await t.app.inject({
      url: `/api/v1/me/transfer-applications/${applicationId}`,
      headers: { cookie: applicant.cookie },
    });
    expect(response.json()).toMatchObject({ status: 'completed', nextStep: null });
    expect(response.json().timeline.map((entry: { action: string }) => entry.action)).toEqual([
      'completed',
      'out-done',
      'accepted',
      'submitted',
    ]);
  });

  it('lets the applicant download the completion notice, and nobody else’s citizen account', async () => {
    const own = await t.app.inject({ url: noticeUrl(), headers: { cookie: applicant.cookie } });
    expect(own.statusCode).toBe(200);
    expect(own.headers['content-type']).toBe('application/pdf');
    expect(own.headers['cache-control']).toBe('no-store');
    const [page] = (await readPdfText(new Uint8Array(own.rawPayload))).pages;
    expect(page).toContain(`编号：${completion.document.number}`);
    expect(page).toContain('转入个人账户储存额49,920.00');
    expect(page).toContain('转入统筹基金74,880.00');
    expect(page).toContain('转入资金合计124,800.00');
    expect(page).toContain(`信息表编号${CHENGDU}-XXB-`);

    const stranger = await citizenOf(t, 'within-province');
    const other = await t.app.inject({ url: noticeUrl(), headers: { cookie: stranger.cookie } });
    expect(other.statusCode).toBe(404);
    expect(other.json().code).toBe('APPLICATION_NOT_FOUND');
    const anonymous = await t.app.inject({ url: noticeUrl() });
    expect(anonymous.statusCode).toBe(401);
    // Staff read documents through the agency routes; the citizen's route is not theirs.
    const staff = await t.app.inject({ url: noticeUrl(), headers: { cookie: guangzhou.cookie } });
    expect(staff.statusCode).toBe(403);

    const audited = await t.database.pool.query(
      `select actor_type, data from audit_log where action = 'transfer-document.downloaded'`,
    );
    expect(audited.rows).toEqual([
      {
        actor_type: 'citizen',
        data: expect.objectContaining({ kind: 'completion-notice', applicationId, personId }),
      },
    ]);
  });

  it('lets the staff of both agencies download every document of the case', async () => {
    for (const cookie of [guangzhou.cookie, chengdu.cookie])
      for (const kind of ['contact-letter', 'information-table', 'completion-notice']) {
        const response = await getDocument(t, cookie, applicationId, kind);
        expect(response.statusCode, `${kind}: ${response.body.slice(0, 200)}`).toBe(200);
        expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      }
  });

  it('cannot complete twice, and the ledger still verifies', async () => {
    const again = await takeStep(t, guangzhou.cookie, applicationId, 'complete', 4);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('ILLEGAL_TRANSITION');
    await expectLedgerVerifies(t);
  });
});
