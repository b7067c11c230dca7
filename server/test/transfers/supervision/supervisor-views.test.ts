import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDateCovered } from '../../../../domain/calendar/index.ts';
import { todayInChina } from '../../../../domain/china-time.ts';
import { getHandlingTimes } from '../../../src/modules/transfers/agency/supervisor-handling-times.ts';
import { workingDaysLeft } from '../../../src/modules/transfers/deadline.ts';
import { staffSession } from '../../helpers/staff.ts';
import { createTestApp } from '../../helpers/test-app.ts';
import type { TestApp } from '../transfer-helpers.ts';
import { insertAction, insertCase } from './supervision-fixtures.ts';

const HOUR = 3_600_000;

describe('supervisor views: overdue cases and handling times of the own agency', () => {
  let t: TestApp;
  const cookies: Record<string, string> = {};
  const today = todayInChina();
  beforeAll(async () => {
    t = await createTestApp({ demoData: true });
    for (const username of [
      'demo.440300.supervisor',
      'demo.440100.supervisor',
      'demo.440300.staff',
    ])
      cookies[username] = (await staffSession(t.database, username)).cookie;
  });
  afterAll(() => t?.close());

  const get = (username: string, url: string) =>
    t.app.inject({
      url: `/api/v1/agency/supervision/${url}`,
      headers: { cookie: cookies[username] },
    });

  describe('overdue cases', () => {
    const ids: Record<string, string> = {};
    // Past days of a published year: a deadline on or after the first day without a published
    // holiday arrangement is provisional and never overdue (DECISIONS 39).
    const reviewLateOn = '2026-11-20';
    const daysSince = (day: string) => (Date.parse(today) - Date.parse(day)) / 86_400_000;
    beforeAll(async () => {
      const pool = t.database.pool;
      // Shenzhen (440300) is the transfer-in agency of the first, the transfer-out of the second.
      ids.reviewLate = await insertCase(pool, {
        fromRegionCode: '440100',
        toRegionCode: '440300',
        status: 'submitted',
        nextDeadlineOn: reviewLateOn,
      });
      ids.sendingLate = await insertCase(pool, {
        fromRegionCode: '440300',
        toRegionCode: '110100',
        status: 'accepted',
        nextDeadlineOn: '2026-11-23',
      });
      ids.elsewhere = await insertCase(pool, {
        fromRegionCode: '620100',
        toRegionCode: '510100',
        nextDeadlineOn: '2026-11-16',
      });
      ids.dueToday = await insertCase(pool, { nextDeadlineOn: today });
      ids.closed = await insertCase(pool, {
        status: 'completed',
        nextDeadlineOn: '2026-11-02',
      });
      ids.noDeadline = await insertCase(pool, { nextDeadlineOn: null });
    });

    it('lists the agency’s overdue open cases on both sides, the longest overdue first', async () => {
      const response = await get('demo.440300.supervisor', 'overdue');
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body.today).toBe(today);
      expect(body.total).toBe(2);
      expect(body.cases).toEqual([
        {
          id: ids.reviewLate,
          scheme: 'employee-pension',
          status: 'submitted',
          fromRegion: '440100',
          toRegion: '440300',
          submittedAt: expect.any(String),
          deadlineOn: reviewLateOn,
          stepWith: 'transfer-in',
          stepIsOurs: true,
          daysOverdue: daysSince(reviewLateOn),
          workingDaysOverdue: workingDaysLeft(reviewLateOn, today),
        },
        expect.objectContaining({
          id: ids.sendingLate,
          status: 'accepted',
          stepWith: 'transfer-out',
          stepIsOurs: true,
          daysOverdue: daysSince('2026-11-23'),
        }),
      ]);
    });

    it('shows the other side’s agency the same case, saying whose step is late', async () => {
      const body = (await get('demo.440100.supervisor', 'overdue')).json();
      expect(body.cases).toEqual([
        expect.objectContaining({ id: ids.reviewLate, stepWith: 'transfer-in', stepIsOurs: false }),
      ]);
    });

    it('caps the list and still counts them all', async () => {
      const body = (await get('demo.440300.supervisor', 'overdue?limit=1')).json();
      expect(body.total).toBe(2);
      expect(body.cases.map((c: { id: string }) => c.id)).toEqual([ids.reviewLate]);
    });
  });

  describe('handling times', () => {
    beforeAll(async () => {
      const pool = t.database.pool;
      const now = Date.now();
      const accepted = await insertCase(pool, { nextDeadlineOn: null, status: 'accepted' });
      await insertAction(pool, accepted, {
        seq: 1,
        action: 'submitted',
        at: new Date(now - 72 * HOUR),
      });
      await insertAction(pool, accepted, {
        seq: 2,
        action: 'accepted',
        at: new Date(now - 24 * HOUR),
        agencyRegionCode: '440300',
      });
      const rejected = await insertCase(pool, { nextDeadlineOn: null, status: 'rejected' });
      await insertAction(pool, rejected, {
        seq: 1,
        action: 'submitted',
        at: new Date(now - 50 * HOUR),
      });
      await insertAction(pool, rejected, {
        seq: 2,
        action: 'rejected',
        at: new Date(now - 2 * HOUR),
        agencyRegionCode: '440300',
      });
      // Guangzhou's step on its own case: not Shenzhen's work.
      const theirs = await insertCase(pool, {
        nextDeadlineOn: null,
        status: 'accepted',
        toRegionCode: '440100',
        fromRegionCode: '510100',
      });
      await insertAction(pool, theirs, {
        seq: 1,
        action: 'submitted',
        at: new Date(now - 9 * HOUR),
      });
      await insertAction(pool, theirs, {
        seq: 2,
        action: 'accepted',
        at: new Date(now - 8 * HOUR),
        agencyRegionCode: '440100',
      });
      // Shenzhen's step of 100 days ago: outside the default window of 90 days.
      const old = await insertCase(pool, { nextDeadlineOn: null, status: 'accepted' });
      await insertAction(pool, old, {
        seq: 1,
        action: 'submitted',
        at: new Date(now - 2500 * HOUR),
      });
      await insertAction(pool, old, {
        seq: 2,
        action: 'accepted',
        at: new Date(now - 2400 * HOUR),
        agencyRegionCode: '440300',
      });
    });

    it('averages each step the agency took over the window, in working days and hours', async () => {
      const response = await get('demo.440300.supervisor', 'handling-times');
      expect(response.statusCode).toBe(200);
      const chinaDay = (hoursAgo: number) => todayInChina(new Date(Date.now() - hoursAgo * HOUR));
      // The steps are recent: in a year whose holiday arrangement is not published yet, they
      // count in hours only (a statistic of the past is never provisional).
      const workingDays = (fromHoursAgo: number, toHoursAgo: number) =>
        isDateCovered(chinaDay(toHoursAgo))
          ? workingDaysLeft(chinaDay(fromHoursAgo), chinaDay(toHoursAgo))
          : null;
      expect(response.json().steps).toEqual([
        {
          step: 'accepted',
          count: 1,
          averageWorkingDays: workingDays(72, 24),
          averageHours: 48,
        },
        {
          step: 'rejected',
          count: 1,
          averageWorkingDays: workingDays(50, 2),
          averageHours: 48,
        },
        {
          step: 'refused-after-acceptance',
          count: 0,
          averageWorkingDays: null,
          averageHours: null,
        },
        { step: 'out-done', count: 0, averageWorkingDays: null, averageHours: null },
        { step: 'completed', count: 0, averageWorkingDays: null, averageHours: null },
      ]);
      const wider = (await get('demo.440300.supervisor', 'handling-times?days=120')).json();
      expect(wider.steps[0]).toMatchObject({ step: 'accepted', count: 2, averageHours: 74 });
    });

    it('counts working days across weekends and holidays (fixed dates, Qingming 2024)', async () => {
      const pool = t.database.pool;
      const at = (moment: string) => new Date(moment);
      const steps: [string, string, string][] = [
        // Monday 10:00 → Wednesday 16:00: 2 working days, 54 hours.
        ['2024-03-04T10:00:00+08:00', '2024-03-06T16:00:00+08:00', 'accepted'],
        // Friday → Monday: 1 working day, 72 hours.
        ['2024-03-08T09:00:00+08:00', '2024-03-11T09:00:00+08:00', 'accepted'],
        // Wednesday 04-03 → Monday 04-08: 04-04…06 off, Sunday 04-07 a make-up working day: 2.
        ['2024-04-03T09:00:00+08:00', '2024-04-08T09:00:00+08:00', 'completed'],
      ];
      for (const [before, step, action] of steps) {
        const id = await insertCase(pool, {
          nextDeadlineOn: null,
          status: 'completed',
          toRegionCode: '350200',
        });
        await insertAction(pool, id, {
          seq: 1,
          action: 'out-done',
          at: at(before),
          agencyRegionCode: null,
        });
        await insertAction(pool, id, { seq: 2, action, at: at(step), agencyRegionCode: '350200' });
      }
      const { steps: times } = await getHandlingTimes({
        db: t.database.db,
        agencyRegionCode: '350200',
        days: 90,
        now: at('2024-04-10T12:00:00+08:00'),
      });
      expect(times).toEqual([
        { step: 'accepted', count: 2, averageWorkingDays: 1.5, averageHours: 63 },
        { step: 'rejected', count: 0, averageWorkingDays: null, averageHours: null },
        {
          step: 'refused-after-acceptance',
          count: 0,
          averageWorkingDays: null,
          averageHours: null,
        },
        { step: 'out-done', count: 0, averageWorkingDays: null, averageHours: null },
        { step: 'completed', count: 1, averageWorkingDays: 2, averageHours: 120 },
      ]);
    });

    it('times a refusal on review from the submission and one after acceptance from the acceptance, apart (fixed dates)', async () => {
      // Hangzhou's agency: no other case here is its, whatever the window.
      const hangzhou = '330100';
      const rejectedCase = async (steps: [string, string][]) => {
        const id = await insertCase(t.database.pool, {
          nextDeadlineOn: null,
          status: 'rejected',
          toRegionCode: hangzhou,
        });
        for (const [index, [action, moment]] of steps.entries())
          await insertAction(t.database.pool, id, {
            seq: index + 1,
            action,
            at: new Date(moment),
            agencyRegionCode: action === 'submitted' ? null : hangzhou,
          });
      };
      // Refused on review: submitted Monday 09:00, rejected Tuesday 09:00 (1 working day, 24 h).
      await rejectedCase([
        ['submitted', '2024-03-04T09:00:00+08:00'],
        ['rejected', '2024-03-05T09:00:00+08:00'],
      ]);
      // Accepted Monday 09:00, refused Thursday 09:00 (3 working days, 72 h): not 不予受理.
      await rejectedCase([
        ['submitted', '2024-03-01T09:00:00+08:00'],
        ['accepted', '2024-03-04T09:00:00+08:00'],
        ['rejected', '2024-03-07T09:00:00+08:00'],
      ]);
      const { steps: times } = await getHandlingTimes({
        db: t.database.db,
        agencyRegionCode: hangzhou,
        days: 30,
        now: new Date('2024-03-10T12:00:00+08:00'),
      });
      expect(times.map((time) => time.step)).toEqual([
        'accepted',
        'rejected',
        'refused-after-acceptance',
        'out-done',
        'completed',
      ]);
      expect(times[0]).toMatchObject({ count: 1, averageWorkingDays: 1, averageHours: 72 });
      expect(times[1]).toEqual({
        step: 'rejected',
        count: 1,
        averageWorkingDays: 1,
        averageHours: 24,
      });
      expect(times[2]).toEqual({
        step: 'refused-after-acceptance',
        count: 1,
        averageWorkingDays: 3,
        averageHours: 72,
      });
    });

    it('counts steps in a year without a published holiday arrangement in hours only (fixed dates, 2099)', async () => {
      const pool = t.database.pool;
      const id = await insertCase(pool, {
        nextDeadlineOn: null,
        status: 'accepted',
        toRegionCode: '350200',
      });
      const at = (moment: string) => new Date(moment);
      await insertAction(pool, id, {
        seq: 1,
        action: 'submitted',
        at: at('2099-03-02T10:00:00+08:00'),
      });
      await insertAction(pool, id, {
        seq: 2,
        action: 'accepted',
        at: at('2099-03-04T16:00:00+08:00'),
        agencyRegionCode: '350200',
      });
      expect(isDateCovered('2099-03-04')).toBe(false);
      const { steps: times } = await getHandlingTimes({
        db: t.database.db,
        agencyRegionCode: '350200',
        days: 90,
        now: at('2099-03-10T12:00:00+08:00'),
      });
      expect(times[0]).toEqual({
        step: 'accepted',
        count: 1,
        averageWorkingDays: null,
        averageHours: 54,
      });
    });
  });

  it('refuses agency staff who are not supervisors (403), on both views', async () => {
    for (const view of ['overdue', 'handling-times']) {
      const response = await get('demo.440300.staff', view);
      expect(response.statusCode).toBe(403);
      expect(response.json().code).toBe('ROLE_NOT_ALLOWED');
    }
  });
});
