import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workingDayDeadline } from '../../../../domain/calendar/index.ts';
import { todayInChina } from '../../../../domain/china-time.ts';
import { createTestApp } from '../../helpers/test-app.ts';
import type { TestApp } from '../transfer-helpers.ts';
import {
  applicantView,
  rejection,
  staffMember,
  submitApplicationOf,
  type StaffMember,
} from './agency-helpers.ts';

// Medical insurance (医保办发〔2021〕43号, DOMAIN.md §3): the transfer-in agency has 5 working
// days to review, the transfer-out agency 10 to move the relationship. 孙 moves hers from Jinan
// (370100) to Tianjin (120100).
describe('the transfer-in steps of a medical-insurance transfer', () => {
  let t: TestApp;
  let tianjin: StaffMember;
  let jinan: StaffMember;
  let application: Awaited<ReturnType<typeof submitApplicationOf>>;
  const today = todayInChina();
  beforeAll(async () => {
    t = await createTestApp({ demoData: true });
    tianjin = await staffMember(t, 'demo.120100.staff');
    jinan = await staffMember(t, 'demo.370100.staff');
    application = await submitApplicationOf(t, 'medical-short-gap', 'medical');
  });
  afterAll(() => t?.close());

  it('gives the transfer-in agency 5 working days to review', async () => {
    const page = (await tianjin.get('/queues/to-accept?scheme=medical')).json();
    expect(page.rows).toEqual([
      expect.objectContaining({
        id: application.id,
        scheme: 'medical',
        nextDeadlineOn: workingDayDeadline(today, 5).date,
        workingDaysLeft: 5,
        deadlineState: 'on-time',
      }),
    ]);
    expect((await tianjin.get('/queues/to-accept?scheme=employee-pension')).json().rows).toEqual(
      [],
    );
  });

  it('gives the transfer-out agency 10 working days once accepted, in its queue and the applicant’s timeline', async () => {
    const accepted = await tianjin.accept(application.id, application.version);
    expect(accepted.statusCode).toBe(200);
    const deadline = workingDayDeadline(today, 10).date;
    expect(accepted.json()).toMatchObject({
      status: 'accepted',
      nextStep: { deadlineOn: deadline, workingDaysLeft: 10 },
      documents: [{ kind: 'contact-letter' }],
    });
    const toProcess = (await jinan.get('/queues/to-process')).json();
    expect(toProcess.rows).toEqual([
      expect.objectContaining({
        id: application.id,
        nextDeadlineOn: deadline,
        workingDaysLeft: 10,
      }),
    ]);
    const view = await applicantView(t, application.citizenCookie, application.id);
    expect(view.nextStep).toEqual({
      action: 'accepted',
      deadlineOn: deadline,
      workingDaysLeft: 10,
      deadlineProvisional: workingDayDeadline(today, 10).provisional,
    });
    const { rows } = await t.database.pool.query(
      `select content_encrypted from transfer_documents where application_id = $1`,
      [application.id],
    );
    expect(JSON.parse(t.cipher.decrypt(rows[0].content_encrypted)).scheme).toBe('medical');
  });

  it('ends the deadlines with a rejection', async () => {
    const other = await submitApplicationOf(t, 'medical-long-gap', 'medical'); // Wuhan → Shenzhen
    const shenzhen = await staffMember(t, 'demo.440300.staff');
    const rejected = await shenzhen.reject(other.id, {
      ...rejection(other.version),
      reasonCode: 'OTHER',
      explanation: '医保关系转移须先结清在武汉的个人账户，请办理后重新申请。',
    });
    expect(rejected.statusCode).toBe(200);
    expect(rejected.json()).toMatchObject({ status: 'rejected', nextStep: null });
    const view = await applicantView(t, other.citizenCookie, other.id);
    expect(view.nextStep).toBeNull();
    expect(view.timeline[0]).toMatchObject({ reason: { code: 'OTHER', zh: '其他原因' } });
  });
});
