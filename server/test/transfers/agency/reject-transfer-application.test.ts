import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../helpers/test-app.ts';
import { deliverPendingEvents } from '../../notifications/notification-helpers.ts';
import type { TestApp } from '../transfer-helpers.ts';
import {
  applicantView,
  emittedEvents,
  rejection,
  staffMember,
  storedCase,
  submitApplicationOf,
  type StaffMember,
} from './agency-helpers.ts';

// 罗小军 (back-payment) moves from Nanchang (360100) to Hefei (340100); his four years paid in one
// go in 2024 need the arbitration award before the transfer.
describe('an agency rejects an application', () => {
  let t: TestApp;
  let hefei: StaffMember;
  beforeAll(async () => {
    t = await createTestApp({ demoData: true });
    hefei = await staffMember(t, 'demo.340100.staff');
  });
  afterAll(() => t?.close());

  it('refuses a rejection without a reason code or an explanation, naming both fields (400)', async () => {
    const { id, version } = await submitApplicationOf(t, 'back-payment');
    const response = await hefei.reject(id, { version });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('VALIDATION_FAILED');
    expect(
      response
        .json()
        .fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['explanation', 'reasonCode']);
    expect(await storedCase(t, id)).toMatchObject({ status: 'submitted', actions: ['submitted'] });
    await hefei.reject(id, rejection(version)); // a person has one open application per scheme
  });

  it('refuses an unknown reason code, an explanation too short or too long, and one with a phone number', async () => {
    const { id, version } = await submitApplicationOf(t, 'back-payment');
    const cases: [Record<string, unknown>, string][] = [
      [{ ...rejection(version), reasonCode: 'ARREARS_AT_OLD_PLACE' }, 'reasonCode'],
      [{ ...rejection(version), explanation: '材料不全' }, 'explanation'],
      [{ ...rejection(version), explanation: '请'.repeat(501) }, 'explanation'],
      [
        { ...rejection(version), explanation: '请联系经办人 13912345678 补交材料。' },
        'explanation',
      ],
      [{ ...rejection(version), status: 'rejected' }, 'status'],
    ];
    for (const [body, field] of cases) {
      const response = await hefei.reject(id, body);
      expect(response.statusCode, field).toBe(400);
      expect(response.json().fields).toEqual([expect.objectContaining({ path: field })]);
    }
    expect((await storedCase(t, id)).status).toBe('submitted');
    await hefei.reject(id, rejection(version));
  });

  it('rejects with the reason and explanation, which the applicant reads in their timeline', async () => {
    const { id, version, citizenCookie } = await submitApplicationOf(t, 'back-payment');
    const response = await hefei.reject(id, rejection(version));
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      status: 'rejected',
      version: version + 1,
      nextStep: null,
      availableActions: ['reveal'],
      timeline: [
        {
          action: 'rejected',
          reason: {
            code: 'BACK_PAYMENT_NEEDS_DOCUMENTS',
            zh: '一次性补缴三年以上，须提供法律文书',
          },
          note: rejection(version).explanation,
          deadlineOn: null,
          actor: { role: 'agency', displayName: '演示经办员 340100' },
        },
        { action: 'submitted', actor: { role: 'applicant', displayName: null } },
      ],
    });
    const view = await applicantView(t, citizenCookie, id);
    expect(view).toMatchObject({
      status: 'rejected',
      statusLabel: { zh: '不予受理', en: 'Rejected' },
      nextStep: null,
    });
    expect(view.timeline[0]).toMatchObject({
      action: 'rejected',
      label: { zh: '不予受理', en: 'Rejected' },
      reasonCode: 'BACK_PAYMENT_NEEDS_DOCUMENTS',
      reason: {
        code: 'BACK_PAYMENT_NEEDS_DOCUMENTS',
        zh: '一次性补缴三年以上，须提供法律文书',
        en: 'A lump-sum back payment of three years or more needs the legal documents',
      },
      note: '请提供2024年一次性补缴所依据的劳动仲裁裁决书后重新申请。',
    });
    const audit = await t.database.pool.query(
      `select data from audit_log where subject_id = $1 and action = 'transfer-application.rejected'`,
      [id],
    );
    expect(audit.rows).toEqual([
      { data: expect.objectContaining({ reasonCode: 'BACK_PAYMENT_NEEDS_DOCUMENTS' }) },
    ]);
    expect(await emittedEvents(t, 'transfer-application.rejected')).toContainEqual(
      expect.objectContaining({ applicationId: id, reasonCode: 'BACK_PAYMENT_NEEDS_DOCUMENTS' }),
    );
  });

  it('leaves the person free to apply again once rejected', async () => {
    const again = await submitApplicationOf(t, 'back-payment');
    expect((await storedCase(t, again.id)).status).toBe('submitted');
  });

  it('lets the transfer-in agency refuse after acceptance too: 不予办理, and off the transfer-out queue', async () => {
    const { id, version, citizenCookie } = await submitApplicationOf(t, 'just-below-forty'); // Suzhou → Chongqing
    const chongqing = await staffMember(t, 'demo.500100.staff');
    const suzhou = await staffMember(t, 'demo.320500.staff');
    expect((await chongqing.accept(id, version)).statusCode).toBe(200);
    const queued = (await suzhou.get('/queues/to-process')).json();
    expect(queued.rows.map((r: { id: string }) => r.id)).toEqual([id]);
    const response = await chongqing.reject(id, {
      version: version + 1,
      reasonCode: 'RECORDS_DO_NOT_MATCH',
      explanation: '转出地反馈缴费记录与申请信息不一致，请核对后重新申请。',
    });
    expect(response.statusCode).toBe(200);
    // Not 不予受理: the case had been accepted (已受理). It will not be carried out: 不予办理.
    const refused = { zh: '不予办理', en: 'Refused after acceptance' };
    expect(response.json()).toMatchObject({
      status: 'rejected',
      statusLabel: refused,
      timeline: [{ label: refused }, expect.anything(), expect.anything()],
    });
    expect((await suzhou.get('/queues/to-process')).json().rows).toEqual([]);
    expect((await storedCase(t, id)).actions).toEqual(['submitted', 'accepted', 'rejected']);
    expect(await applicantView(t, citizenCookie, id)).toMatchObject({
      statusLabel: refused,
      timeline: [
        expect.objectContaining({
          label: refused,
          actor: expect.objectContaining({
            label: expect.objectContaining({ zh: '转入地社保经办机构' }),
          }),
        }),
        expect.anything(),
        expect.anything(),
      ],
    });
    await deliverPendingEvents(t);
    const messages = await t.app.inject({
      url: '/api/v1/me/notifications',
      headers: { cookie: citizenCookie },
    });
    expect(
      messages.json().notifications.find((m: { subject: { id: string } }) => m.subject.id === id),
    ).toMatchObject({
      title: { zh: '您的转移未能办理' },
      body: { zh: expect.stringContaining('转入地社保经办机构受理后经核对') },
    });
  });

  it('lets the transfer-out agency refuse an accepted case when its checks find a fault, and says so to the applicant', async () => {
    const application = await submitApplicationOf(t, 'cross-province'); // Chengdu → Guangzhou
    const guangzhou = await staffMember(t, 'demo.440100.staff');
    const chengdu = await staffMember(t, 'demo.510100.staff');
    // Not before acceptance: the case is not yet the transfer-out agency's to decide.
    const early = await chengdu.reject(application.id, rejection(application.version));
    expect(early.statusCode).toBe(404);
    expect((await guangzhou.accept(application.id, application.version)).statusCode).toBe(200);
    const response = await chengdu.reject(application.id, {
      version: application.version + 1,
      reasonCode: 'ARREARS',
      explanation: '经核对，您在成都有2023年3月至5月的欠缴保费，请补缴后重新申请。',
    });
    expect(response.statusCode).toBe(200);
    // It will not carry the transfer out (不予办理): the case was accepted, by the other agency.
    const refused = { zh: '不予办理', en: 'Refused after acceptance' };
    expect(response.json()).toMatchObject({
      status: 'rejected',
      statusLabel: refused,
      sides: ['transfer-out'],
      availableActions: ['reveal'],
    });
    expect(response.json().timeline[0]).toMatchObject({
      action: 'rejected',
      label: refused,
      actor: { agency: { code: '510100' } },
    });
    expect((await guangzhou.get(`/cases/${application.id}`)).json()).toMatchObject({
      statusLabel: refused,
      sides: ['transfer-in'],
    });
    // Its own step cannot follow a refusal.
    const transferOut = await chengdu.post(`/cases/${application.id}/transfer-out`, {
      version: application.version + 2,
    });
    expect(transferOut.statusCode).toBe(409);
    expect(transferOut.json().code).toBe('ILLEGAL_TRANSITION');
    const view = await applicantView(t, application.citizenCookie, application.id);
    expect(view).toMatchObject({
      status: 'rejected',
      statusLabel: refused,
      timeline: [
        expect.objectContaining({
          action: 'rejected',
          label: refused,
          actor: { role: 'agency', label: { zh: '转出地社保经办机构', en: 'Transfer-out agency' } },
          reason: expect.objectContaining({ code: 'ARREARS' }),
          note: expect.stringContaining('欠缴保费'),
        }),
        expect.anything(),
        expect.anything(),
      ],
    });
    const audit = await t.database.pool.query(
      `select data from audit_log where subject_id = $1 and action = 'transfer-application.rejected'`,
      [application.id],
    );
    expect(audit.rows).toEqual([{ data: expect.objectContaining({ agency: '510100' }) }]);
    const mine = await t.app.inject({
      url: '/api/v1/me/transfer-applications',
      headers: { cookie: application.citizenCookie },
    });
    expect(
      mine.json().applications.find((a: { id: string }) => a.id === application.id),
    ).toMatchObject({ statusLabel: refused });

    await deliverPendingEvents(t);
    const messages = await t.app.inject({
      url: '/api/v1/me/notifications',
      headers: { cookie: application.citizenCookie },
    });
    const refusal = messages
      .json()
      .notifications.find(
        (m: { subject: { id: string }; title: { zh: string } }) =>
          m.title.zh === '您的转移未能办理',
      );
    expect(refusal).toMatchObject({
      subject: { type: 'transfer-application', id: application.id },
      body: { zh: expect.stringContaining('转出地社保经办机构核对后') },
    });
  });
});
