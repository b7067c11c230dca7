import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workingDayDeadline } from '../../../../domain/calendar/index.ts';
import { todayInChina } from '../../../../domain/china-time.ts';
import { createTestApp } from '../../helpers/test-app.ts';
import { demoPerson, type TestApp } from '../transfer-helpers.ts';
import {
  CONTACT_PHONE,
  staffMember,
  submitApplicationOf,
  type StaffMember,
} from './agency-helpers.ts';

interface Check {
  code: string;
  result: string;
  suggestedRejection: string | null;
  explanation: { zh: string } | null;
  evidence: { label: { zh: string }; value: { zh: string } }[];
}

const checkOf = (page: { checks: Check[] }, code: string) =>
  page.checks.find((c) => c.code === code);

describe('the case page of an agency', () => {
  let t: TestApp;
  let hefei: StaffMember;
  let nanchang: StaffMember;
  let backPayment: Awaited<ReturnType<typeof submitApplicationOf>>;
  beforeAll(async () => {
    t = await createTestApp({ demoData: true });
    hefei = await staffMember(t, 'demo.340100.staff');
    nanchang = await staffMember(t, 'demo.360100.staff');
    // 罗小军: Nanchang (360100) → Hefei (340100), four years paid in one go in 2024.
    backPayment = await submitApplicationOf(t, 'back-payment');
  });
  afterAll(() => t?.close());

  it('shows the applicant masked, the form, the deadline, the timeline and what the agency may do', async () => {
    const response = await hefei.casePage(backPayment.id);
    expect(response.statusCode).toBe(200);
    const person = demoPerson('back-payment');
    const page = response.json();
    expect(page).toMatchObject({
      id: backPayment.id,
      reference: backPayment.id.slice(0, 13).toUpperCase(),
      scheme: 'employee-pension',
      status: 'submitted',
      version: 1,
      sides: ['transfer-in'],
      fromRegion: { code: '360100', name: '南昌市', agencyName: expect.any(String) },
      toRegion: { code: '340100', name: '合肥市' },
      applicant: {
        name: '罗**',
        citizenId: `${person.citizenId.slice(0, 4)}**********${person.citizenId.slice(-4)}`,
        sex: 'male',
        hukouRegion: { code: '360102', name: expect.stringContaining('南昌市') },
      },
      form: { contactPhone: '138****8000', postCode: '510620', agent: null, channel: 'web' },
      nextStep: {
        deadlineOn: workingDayDeadline(todayInChina(), 15).date,
        workingDaysLeft: 15,
        deadlineState: 'on-time',
        overdue: false,
      },
      timeline: [
        {
          action: 'submitted',
          actor: { role: 'applicant', displayName: null, agency: null },
          deadlineOn: workingDayDeadline(todayInChina(), 15).date,
          reason: null,
        },
      ],
      documents: [],
      availableActions: ['accept', 'reject', 'reveal'],
    });
    expect(response.body).not.toContain(person.citizenId);
    expect(response.body).not.toContain(CONTACT_PHONE);
    expect(response.body).not.toContain(person.name);
  });

  it('runs the background checks on the record and shows their evidence', async () => {
    const page = (await hefei.casePage(backPayment.id)).json();
    expect(page.checks.map((c: Check) => [c.code, c.result])).toEqual([
      ['PERSON_ALIVE', 'pass'],
      ['NOT_DRAWING_PENSION', 'pass'],
      ['CONTRIBUTING_AT_DESTINATION', 'pass'],
      ['RECORD_AT_OLD_PLACE', 'pass'],
      ['OLD_ACCOUNT_SUSPENDED', 'pass'],
      ['NO_ARREARS', 'pass'],
      ['NOT_TEMPORARY_ACCOUNT_CASE', 'pass'],
      ['BACK_PAYMENTS_DOCUMENTED', 'fail'],
    ]);
    expect(checkOf(page, 'BACK_PAYMENTS_DOCUMENTED')).toMatchObject({
      suggestedRejection: 'BACK_PAYMENT_NEEDS_DOCUMENTS',
      explanation: { zh: expect.stringContaining('法律文书') },
      evidence: [{ label: { zh: '一次性补缴：2024-11-15' }, value: { zh: '48 个月' } }],
    });
    expect(checkOf(page, 'CONTRIBUTING_AT_DESTINATION')).toMatchObject({
      suggestedRejection: null,
      explanation: null,
      evidence: [
        {
          label: { zh: '参保关系：合肥市' },
          value: { zh: expect.stringMatching(/^正常缴费，普通账户，2020-08-01 起/) },
        },
      ],
    });
    expect(checkOf(page, 'OLD_ACCOUNT_SUSPENDED')!.evidence).toEqual([
      expect.objectContaining({ label: expect.objectContaining({ zh: '参保关系：南昌市' }) }),
    ]);
    expect(checkOf(page, 'NO_ARREARS')!.evidence).toEqual([
      {
        label: { zh: '欠费金额：南昌市', en: 'Arrears: 南昌市' },
        value: { zh: '0.00 元', en: '0.00 yuan' },
      },
    ]);
    expect(checkOf(page, 'NOT_TEMPORARY_ACCOUNT_CASE')!.evidence[0]!.value.zh).toMatch(
      /^男，\d+ 周岁$/,
    );
    expect(page.relationships).toEqual([
      expect.objectContaining({
        region: expect.objectContaining({ code: '360100' }),
        status: 'suspended',
        contributionMonths: 144,
      }),
      expect.objectContaining({
        region: expect.objectContaining({ code: '340100' }),
        status: 'contributing',
      }),
    ]);
  });

  it('checks the record as it is today: arrears recorded after the submission fail the check', async () => {
    await t.database.pool.query(
      `update insurance_relationships set arrears_fen = 468000
        where region_code = '360100' and person_id = (
          select person_id from transfer_applications where id = $1)`,
      [backPayment.id],
    );
    const page = (await hefei.casePage(backPayment.id)).json();
    expect(checkOf(page, 'NO_ARREARS')).toMatchObject({
      result: 'fail',
      suggestedRejection: 'ARREARS',
      explanation: { zh: expect.stringContaining('欠缴') },
      evidence: [{ value: { zh: '4,680.00 元' } }],
    });
    await t.database.pool.query(
      `update insurance_relationships set arrears_fen = 0 where region_code = '360100'`,
    );
  });

  it('lets the transfer-out agency read the same case, with no step to take yet', async () => {
    const response = await nanchang.casePage(backPayment.id);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      sides: ['transfer-out'],
      availableActions: ['reveal'],
    });
  });

  it('shows a medical case without the pension-only checks', async () => {
    const medical = await submitApplicationOf(t, 'medical-short-gap', 'medical'); // Jinan → Tianjin
    const tianjin = await staffMember(t, 'demo.120100.staff');
    const page = (await tianjin.casePage(medical.id)).json();
    expect(page.checks.map((c: Check) => c.code)).toEqual([
      'PERSON_ALIVE',
      'CONTRIBUTING_AT_DESTINATION',
      'RECORD_AT_OLD_PLACE',
      'OLD_ACCOUNT_SUSPENDED',
      'NO_ARREARS',
      'BACK_PAYMENTS_DOCUMENTED',
    ]);
    expect(page.checks.every((c: Check) => c.result === 'pass')).toBe(true);
  });

  describe('revealing the applicant’s data', () => {
    it('gives the full ID number to the transfer-in agency, uncached, audited with the reason but not the value', async () => {
      const person = demoPerson('back-payment');
      const response = await hefei.reveal(
        backPayment.id,
        'citizenId',
        '寄送联系函前核对身份证号码',
      );
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ field: 'citizenId', value: person.citizenId });
      expect(response.headers['cache-control']).toBe('no-store');
      const audit = await t.database.pool.query(
        `select actor_id, data from audit_log
          where subject_id = $1 and action = 'transfer-application.personal-data-revealed'`,
        [backPayment.id],
      );
      expect(audit.rows).toEqual([
        {
          actor_id: hefei.staffId,
          data: expect.objectContaining({
            field: 'citizenId',
            reason: '寄送联系函前核对身份证号码',
            agency: '340100',
          }),
        },
      ]);
      const everything = await t.database.pool.query('select data::text as data from audit_log');
      expect(everything.rows.map((r) => r.data).join('\n')).not.toContain(person.citizenId);
    });

    it('gives the contact phone to the transfer-out agency too, audited', async () => {
      const response = await nanchang.reveal(backPayment.id, 'contactPhone', '电话核实缴费记录');
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ field: 'contactPhone', value: CONTACT_PHONE });
      const audit = await t.database.pool.query(
        `select data::text as data from audit_log
          where action = 'transfer-application.personal-data-revealed' and actor_id = $1`,
        [nanchang.staffId],
      );
      expect(audit.rows).toHaveLength(1);
      expect(audit.rows[0].data).toContain('contactPhone');
      expect(audit.rows[0].data).not.toContain(CONTACT_PHONE);
    });

    it('refuses a reveal without a reason, with a short one, or one holding an ID number (400)', async () => {
      const person = demoPerson('back-payment');
      for (const body of [
        { field: 'citizenId' },
        { field: 'citizenId', reason: '查看' },
        { field: 'citizenId', reason: `核对 ${person.citizenId}` },
        { field: 'address', reason: '核对申请人信息' },
      ]) {
        const response = await hefei.post(`/cases/${backPayment.id}/reveal`, body);
        expect(response.statusCode).toBe(400);
        expect(response.json().code).toBe('VALIDATION_FAILED');
      }
    });

    it('limits how often one staff member reveals (429 with Retry-After)', async () => {
      const supervisor = await staffMember(t, 'demo.340100.supervisor');
      const statuses: number[] = [];
      for (let i = 0; i < 10; i++)
        statuses.push((await supervisor.reveal(backPayment.id, 'contactPhone')).statusCode);
      expect(statuses.every((s) => s === 200)).toBe(true);
      const refused = await supervisor.reveal(backPayment.id, 'contactPhone');
      expect(refused.statusCode).toBe(429);
      expect(refused.headers['retry-after']).toBeDefined();
      expect(refused.body).not.toContain(CONTACT_PHONE);
      // Another staff member is not held back by it.
      expect((await hefei.reveal(backPayment.id, 'contactPhone')).statusCode).toBe(200);
    });
  });
});
