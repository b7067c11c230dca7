import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPersonalData } from '../../../domain/identifiers/index.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { citizenOf, demoPerson, type TestApp } from '../transfers/transfer-helpers.ts';
import {
  deliverPendingEvents,
  pendingEventPayloads,
  takeAgencyStep,
} from './notification-helpers.ts';

const CONTACT_PHONE = '13800138000';
const form = (destinationRegion: string, fromRegion: string, contactPhone = CONTACT_PHONE) => ({
  scheme: 'employee-pension',
  destinationRegion,
  fromRegion,
  contactPhone,
  address: '深圳市福田区深南大道1号',
  postCode: '518000',
});

function dateZh(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

// The steps are taken today, so a deadline may reach a year whose holiday arrangement is not
// published yet: the message then says it is provisional (暂定, DECISIONS 39).
function byWhenZh(step: { deadlineOn: string; deadlineProvisional: boolean }): string {
  return `法定期限${step.deadlineProvisional ? '暂定' : ''}到${dateZh(step.deadlineOn)}`;
}

describe('notifying the applicant of each step, in the app and by text', () => {
  let t: TestApp;
  let owner: { cookie: string };
  let applicationId: string;
  let review: { deadlineOn: string; deadlineProvisional: boolean };
  beforeAll(async () => {
    t = await createTestApp({ demoData: true });
    owner = await citizenOf(t, 'within-province', { authenticated: true });
    const submitted = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/transfer-applications',
      headers: { cookie: owner.cookie },
      payload: form('440300', '440100'),
    });
    expect(submitted.statusCode).toBe(201);
    applicationId = submitted.json().id;
    review = submitted.json().nextStep;
  });
  afterAll(() => t?.close());

  const notificationsOf = async (cookie: string, query = '') => {
    const response = await t.app.inject({
      url: `/api/v1/me/notifications${query}`,
      headers: { cookie },
    });
    expect(response.statusCode).toBe(200);
    return response.json();
  };
  const applicationOf = async (cookie: string) => {
    const response = await t.app.inject({
      url: `/api/v1/me/transfer-applications/${applicationId}`,
      headers: { cookie },
    });
    expect(response.statusCode).toBe(200);
    return response.json();
  };
  const textsTo = (phone: string) => t.sms.messages().filter((m) => m.to === phone);

  it('tells of the submission once in the app and once by text, with the review deadline', async () => {
    await deliverPendingEvents(t);
    const { notifications, unreadCount } = await notificationsOf(owner.cookie);
    expect(unreadCount).toBe(1);
    expect(notifications).toEqual([
      {
        id: expect.any(String),
        title: { zh: '转移申请已提交', en: 'Transfer application submitted' },
        body: {
          zh: expect.stringContaining(`转入地经办机构审核您的申请，${byWhenZh(review)}`),
          en: expect.stringContaining('the agency reviews it, by'),
        },
        subject: { type: 'transfer-application', id: applicationId },
        link: `/my-applications/${applicationId}`,
        createdAt: expect.any(String),
        readAt: null,
      },
    ]);
    const texts = textsTo(CONTACT_PHONE);
    expect(texts).toHaveLength(1);
    expect(texts[0]!.text).toMatch(/^【社保】您的职工基本养老保险关系转移申请已提交/);
    expect(texts[0]!.text).toContain(dateZh(review.deadlineOn));
    // No ID number (nor any phone) in the text: it travels through a third party's gateway.
    expect(findPersonalData(texts[0]!.text)).toEqual([]);
    expect(texts[0]!.text).not.toContain(demoPerson('within-province').citizenId.slice(-8));
  });

  it('an event delivered twice gives one message and one text', async () => {
    await takeAgencyStep(t, applicationId, 'accepted', '440300');
    const [accepted] = await pendingEventPayloads(t);
    expect(accepted).toMatchObject({ name: 'transfer-application.accepted' });
    // The same event once more in the outbox, as a redelivery after a crash would leave it.
    await t.database.pool.query(`select graphile_worker.add_job('dispatch-event', $1::json)`, [
      JSON.stringify(accepted),
    ]);
    expect(await pendingEventPayloads(t)).toHaveLength(2);
    await deliverPendingEvents(t);

    const { notifications, unreadCount } = await notificationsOf(owner.cookie);
    expect(unreadCount).toBe(2);
    expect(notifications.map((n: { title: { zh: string } }) => n.title.zh)).toEqual([
      '转入地已受理您的转移申请',
      '转移申请已提交',
    ]);
    const { nextStep: sending } = await applicationOf(owner.cookie);
    expect(notifications[0].body.zh).toContain(
      `转出地经办机构核对信息、转出基金，${byWhenZh(sending)}`,
    );
    expect(textsTo(CONTACT_PHONE)).toHaveLength(2);
    expect(textsTo(CONTACT_PHONE)[0]!.text).toContain('已受理');
    const inbox = await t.database.pool.query(
      'select handler from event_inbox where event_id = $1 order by handler',
      [(accepted as { id: string }).id],
    );
    expect(inbox.rows.map((r) => r.handler)).toEqual([
      'notifications.transfer-step-message',
      'notifications.transfer-step-sms',
    ]);
  });

  it('tells that the funds were sent and what comes next, then that the transfer is complete', async () => {
    await takeAgencyStep(t, applicationId, 'out-done', '440100');
    await takeAgencyStep(t, applicationId, 'completed', '440300');
    await deliverPendingEvents(t);
    const { notifications, unreadCount } = await notificationsOf(owner.cookie);
    expect(unreadCount).toBe(4);
    expect(notifications.map((n: { title: { en: string } }) => n.title.en)).toEqual([
      'Your transfer is complete',
      'The transfer-out agency has sent your funds',
      'Your transfer application was accepted',
      'Transfer application submitted',
    ]);
    expect(notifications[1].body.en).toContain('the transfer-in agency checks the funds');
    expect(notifications[0].body.zh).toContain('缴费记录和个人账户已合并');
    const texts = textsTo(CONTACT_PHONE);
    expect(texts).toHaveLength(4);
    // The two events were delivered side by side: the texts may have gone in either order.
    expect(texts.slice(0, 2).map((m) => m.text)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('关系转移已办结'),
        expect.stringContaining('转出地已转出基金'),
      ]),
    );
  });

  it('gives a rejection its reason and sends the applicant to the written explanation', async () => {
    const other = await citizenOf(t, 'cross-province', { authenticated: true });
    const submitted = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/transfer-applications',
      headers: { cookie: other.cookie },
      payload: form('440100', '510100', '13900139000'),
    });
    expect(submitted.statusCode).toBe(201);
    await takeAgencyStep(t, submitted.json().id, 'rejected', '440100', {
      reasonCode: 'RECORDS_DO_NOT_MATCH',
      note: '2019年的缴费记录与成都的记录不一致，请先到成都核对。',
    });
    await deliverPendingEvents(t);
    const { notifications } = await notificationsOf(other.cookie);
    expect(notifications.map((n: { title: { zh: string } }) => n.title.zh)).toEqual([
      '您的转移申请未予受理',
      '转移申请已提交',
    ]);
    expect(notifications[0].body.zh).toContain('原因：身份信息或参保缴费记录不一致。');
    expect(notifications[0].body.zh).toContain('书面说明在申请详情页');
    expect(notifications[0].body.en).toContain('written explanation is on the application page');
    // Submission and rejection were delivered side by side: their texts may come in either order.
    const texts = textsTo('13900139000').map((m) => m.text);
    expect(texts).toHaveLength(2);
    const rejection = texts.find((text) => text.includes('未予受理'));
    expect(rejection).toContain('未予受理，原因：身份信息或参保缴费记录不一致');
    // The explanation itself stays on the page behind sign-in.
    expect(rejection).not.toContain('成都');
  });

  it('marks the own notification read; another citizen’s answers 404 and stays unread', async () => {
    const { notifications } = await notificationsOf(owner.cookie);
    const target = notifications[3];
    const stranger = await citizenOf(t, 'cross-province');
    const refused = await t.app.inject({
      method: 'POST',
      url: `/api/v1/me/notifications/${target.id}/read`,
      headers: { cookie: stranger.cookie },
    });
    expect(refused.statusCode).toBe(404);
    expect(refused.json().code).toBe('NOTIFICATION_NOT_FOUND');
    expect((await notificationsOf(stranger.cookie)).notifications).not.toContainEqual(
      expect.objectContaining({ id: target.id }),
    );
    expect((await notificationsOf(owner.cookie)).unreadCount).toBe(4);

    const read = await t.app.inject({
      method: 'POST',
      url: `/api/v1/me/notifications/${target.id}/read`,
      headers: { cookie: owner.cookie },
    });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ id: target.id, readAt: expect.any(String) });
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/v1/me/notifications/${target.id}/read`,
      headers: { cookie: owner.cookie },
    });
    expect(again.json().readAt).toBe(read.json().readAt);
    expect((await notificationsOf(owner.cookie)).unreadCount).toBe(3);

    const unknown = await t.app.inject({
      method: 'POST',
      url: `/api/v1/me/notifications/${crypto.randomUUID()}/read`,
      headers: { cookie: owner.cookie },
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('pages newest first; an account bound to nobody has no notifications', async () => {
    const first = await notificationsOf(owner.cookie, '?limit=3');
    expect(first.notifications).toHaveLength(3);
    const next = await notificationsOf(
      owner.cookie,
      `?limit=3&before=${first.notifications[2].id}`,
    );
    expect(next.notifications.map((n: { title: { zh: string } }) => n.title.zh)).toEqual([
      '转移申请已提交',
    ]);
    expect(next.unreadCount).toBe(3);

    const unbound = await citizenOf(t, null);
    expect(await notificationsOf(unbound.cookie)).toEqual({ notifications: [], unreadCount: 0 });
    const bad = await t.app.inject({
      url: '/api/v1/me/notifications?limit=1000',
      headers: { cookie: owner.cookie },
    });
    expect(bad.statusCode).toBe(400);
  });

  it('a gateway that is down delays the text, not the in-app message, and sends it once', async () => {
    const { cookie } = await citizenOf(t, 'open-application');
    const { applications } = (
      await t.app.inject({ url: '/api/v1/me/transfer-applications', headers: { cookie } })
    ).json();
    const withdrawn = await t.app.inject({
      method: 'POST',
      url: `/api/v1/me/transfer-applications/${applications[0].id}/withdraw`,
      headers: { cookie },
      payload: { version: applications[0].version },
    });
    expect(withdrawn.statusCode).toBe(200);

    const attempts: { to: string; reference: string | undefined }[] = [];
    const flakyGateway = {
      kind: 'development' as const,
      async send(message: { to: string; text: string; reference?: string }) {
        attempts.push({ to: message.to, reference: message.reference });
        if (attempts.length === 1) throw new Error('gateway down');
        await t.sms.send(message);
      },
    };
    await deliverPendingEvents(t, flakyGateway);

    const { notifications } = await notificationsOf(cookie);
    expect(notifications.map((n: { title: { zh: string } }) => n.title.zh)).toEqual([
      '转移申请已撤回',
    ]);
    const phone = demoPerson('open-application').phone;
    expect(attempts).toHaveLength(2);
    // Both attempts name the same message, so a gateway that got the first one drops the second.
    expect(attempts[0]!.reference).toBeDefined();
    expect(attempts[1]!.reference).toBe(attempts[0]!.reference);
    expect(textsTo(phone)).toHaveLength(1);
    expect(textsTo(phone)[0]!.text).toContain('您已撤回职工基本养老保险关系转移申请');
  });
});
