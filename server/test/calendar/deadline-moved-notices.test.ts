import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_ARRANGEMENT_2027 } from '../../../domain/calendar/holiday-arrangement.example.ts';
import { coveredYears, useLoadedArrangements } from '../../../domain/calendar/index.ts';
import { loadHolidayArrangements } from '../../src/modules/calendar/index.ts';
import { recomputeOpenDeadlines, runDeadlineWatch } from '../../src/modules/transfers/index.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { onChinaDay, submittedOn } from './calendar-helpers.ts';
import {
  deliverPendingEvents,
  pendingEventPayloads,
} from '../notifications/notification-helpers.ts';
import { citizenOf, type TestApp } from '../transfers/transfer-helpers.ts';

const cli = { type: 'cli', id: 'operator' } as const;
const DEADLINE_MOVED = 'transfer-application.deadline-moved';

/**
 * Loading 2027's arrangement counts the provisional deadlines again (provisional-deadlines.test.ts);
 * an applicant whose deadline moved is told, once, in the app and by text, with both dates and
 * why; one whose deadline stayed is told nothing.
 */
describe('telling applicants of a deadline moved by loading a year', () => {
  let t: TestApp;
  let crossing: string; // 周子航, submitted 2026-12-15: 2027-01-06, provisional and then certain
  let moving: string; // 罗小军, submitted 2027-01-20: 2027-02-16 provisionally, 2027-02-17 loaded
  const CROSSING_PHONE = '13900000001';
  const MOVING_PHONE = '13900000002';

  const movedEvents = async () =>
    (await pendingEventPayloads(t))
      .filter((event) => event.name === DEADLINE_MOVED)
      .map((event) => event.payload as Record<string, unknown>);
  const notificationsOf = async (key: string) => {
    const { cookie } = await citizenOf(t, key);
    const response = await t.app.inject({
      url: '/api/v1/me/notifications',
      headers: { cookie },
    });
    expect(response.statusCode).toBe(200);
    return response.json().notifications as { body: { zh: string }; subject: { id: string } }[];
  };
  const textsTo = (phone: string) => t.sms.messages().filter((m) => m.to === phone);

  beforeAll(async () => {
    t = await createTestApp({ demoData: true });
    crossing = await submittedOn(t, 'cross-province', '2026-12-15', {
      contactPhone: CROSSING_PHONE,
    });
    moving = await submittedOn(t, 'back-payment', '2027-01-20', { contactPhone: MOVING_PHONE });
  });
  afterAll(() => t?.close());
  afterAll(() => useLoadedArrangements([]));

  it('before the load, counting again moves nothing and tells nothing', async () => {
    // The demo data's own events (none about deadlines) are delivered first.
    await deliverPendingEvents(t);
    expect(coveredYears().at(-1)).toBe(2026);
    expect(await recomputeOpenDeadlines(t.database.db)).toEqual({ recomputed: 0 });
    expect(await movedEvents()).toEqual([]);
  });

  it('a load that fails inside its transaction leaves no event', async () => {
    await expect(
      loadHolidayArrangements({
        db: t.database.db,
        actor: cli,
        content: EXAMPLE_ARRANGEMENT_2027,
        alsoInTransaction: async (tx) => {
          await recomputeOpenDeadlines(tx);
          throw new Error('the connection broke');
        },
      }),
    ).rejects.toThrow('the connection broke');
    expect(await movedEvents()).toEqual([]);
  });

  it('the load writes one event for the moved deadline, with both dates, and none for the other', async () => {
    const result = await loadHolidayArrangements({
      db: t.database.db,
      actor: cli,
      content: EXAMPLE_ARRANGEMENT_2027,
      now: onChinaDay('2027-01-21'),
      alsoInTransaction: (tx) => recomputeOpenDeadlines(tx),
    });
    expect(result).toMatchObject({ ok: true, extra: { recomputed: 1 } });
    const { rows } = await t.database.pool.query<{ person_id: string }>(
      'select person_id from transfer_applications where id = $1',
      [moving],
    );
    expect(await movedEvents()).toEqual([
      {
        applicationId: moving,
        personId: rows[0]!.person_id,
        scheme: 'employee-pension',
        status: 'submitted',
        version: 1,
        previousDeadlineOn: '2027-02-16',
        deadlineOn: '2027-02-17',
        deadlineProvisional: false,
        arrangementYear: 2027,
      },
    ]);
  });

  it('the applicant whose deadline moved is told once in the app and once by text', async () => {
    await deliverPendingEvents(t);
    const moved = (await notificationsOf('back-payment')).filter((n) => n.subject.id === moving);
    expect(moved).toEqual([
      expect.objectContaining({
        title: {
          zh: '下一步办理期限有调整',
          en: 'The deadline of the next step has changed',
        },
        body: {
          zh: expect.stringContaining(
            '国家已公布2027年节假日安排，您的职工基本养老保险关系转移申请下一步的法定期限按新安排重新计算，现在是2027年2月17日（原为2027年2月16日）',
          ),
          en: expect.stringContaining(
            'The official public holiday arrangement for 2027 has been published, so the legal time limit for the next step of your employee basic pension transfer application was counted again: it is now 17 February 2027 (it was 16 February 2027).',
          ),
        },
        subject: { type: 'transfer-application', id: moving },
      }),
    ]);
    expect(moved[0]!.body.zh).not.toContain('暂定');
    const texts = textsTo(MOVING_PHONE);
    expect(texts).toHaveLength(1);
    expect(texts[0]!.text).toBe(
      '【社保】因国家公布了2027年节假日安排，您的职工基本养老保险关系转移申请下一步的法定期限改为2027年2月17日（原为2027年2月16日）。详情请登录社保服务平台“我的申请”查看。',
    );
  });

  it('the applicant whose deadline stayed is told nothing', async () => {
    expect(
      (await notificationsOf('cross-province')).filter((n) => n.subject.id === crossing),
    ).toEqual([]);
    expect(textsTo(CROSSING_PHONE)).toEqual([]);
  });

  it('counting again after the load (the deadline watch) tells nothing more', async () => {
    const summary = await runDeadlineWatch({
      db: t.database.db,
      actor: cli,
      now: onChinaDay('2027-01-21'),
    });
    expect(summary.recomputed).toBe(0);
    expect(await movedEvents()).toEqual([]);
    await deliverPendingEvents(t);
    expect(textsTo(MOVING_PHONE)).toHaveLength(1);
  });

  it('the watch tells of a provisional deadline it counts again, unless a step was taken since', async () => {
    // Written by a server that had not yet read the new arrangement: provisional 2027-02-16.
    const late = await submittedOn(t, 'flexible-worker', '2027-01-20', {
      contactPhone: '13900000003',
    });
    const stepped = await submittedOn(t, 'employer-rates', '2027-01-20', {
      contactPhone: '13900000004',
    });
    await t.database.pool.query(
      `update transfer_applications set next_deadline_on = date '2027-02-16' where id in ($1, $2)`,
      [late, stepped],
    );
    await runDeadlineWatch({ db: t.database.db, actor: cli, now: onChinaDay('2027-01-21') });
    const events = await movedEvents();
    expect(events.map((e) => [e.applicationId, e.previousDeadlineOn, e.deadlineOn]).sort()).toEqual(
      [
        [late, '2027-02-16', '2027-02-17'],
        [stepped, '2027-02-16', '2027-02-17'],
      ].sort(),
    );
    // A step taken before the event is delivered raises the version: its own notice gives its
    // own deadline, this one is dropped.
    await t.database.pool.query('update transfer_applications set version = 2 where id = $1', [
      stepped,
    ]);
    await deliverPendingEvents(t);
    expect(textsTo('13900000003')).toEqual([
      expect.objectContaining({ text: expect.stringContaining('改为2027年2月17日') }),
    ]);
    expect(textsTo('13900000004')).toEqual([]);
  });
});
