import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workingDayDeadline } from '../../../../domain/calendar/index.ts';
import { todayInChina } from '../../../../domain/china-time.ts';
import { countStatements } from '../../helpers/count-statements.ts';
import { createTestApp } from '../../helpers/test-app.ts';
import type { TestApp } from '../transfer-helpers.ts';
import { staffMember, submitApplicationOf, type StaffMember } from './agency-helpers.ts';

interface Row {
  id: string;
  reference: string;
  scheme: string;
  applicantName: string;
  nextDeadlineOn: string | null;
  workingDaysLeft: number | null;
  deadlineState: string | null;
  overdue: boolean;
}

// Three cases wait for Shenzhen (440300): 陈晓珊 from Guangzhou and 郑 from Tianjin for their
// pensions, 孙 from Wuhan for medical insurance. Their deadlines are set apart in the database
// (all three were submitted today): one overdue, one due soon, one on time.
describe('the work queues of an agency', () => {
  let t: TestApp;
  let shenzhen: StaffMember;
  let guangzhou: StaffMember;
  const ids = { overdue: '', dueSoon: '', onTime: '' };
  const today = todayInChina();
  const deadlines = {
    // A past day in a published year: only a deadline counted for certain can be overdue.
    overdue: '2026-11-20',
    dueSoon: workingDayDeadline(today, 2).date,
    onTime: workingDayDeadline(today, 10).date,
  };
  const queue = async (who: StaffMember, path: string) => {
    const response = await who.get(path);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as { total: number; rows: Row[]; nextCursor: string | null };
  };
  const idsOf = (page: { rows: Row[] }) => page.rows.map((r) => r.id);

  beforeAll(async () => {
    t = await createTestApp({ demoData: true });
    shenzhen = await staffMember(t, 'demo.440300.staff');
    guangzhou = await staffMember(t, 'demo.440100.staff');
    ids.onTime = (await submitApplicationOf(t, 'within-province')).id; // 440100 → 440300
    ids.overdue = (await submitApplicationOf(t, 'earlier-ten-years')).id; // 120100 → 440300
    ids.dueSoon = (await submitApplicationOf(t, 'medical-long-gap', 'medical')).id; // 420100 → 440300
    for (const [key, id] of Object.entries(ids)) {
      await t.database.pool.query(
        `update transfer_applications set next_deadline_on = $2,
            submitted_at = submitted_at - make_interval(hours => $3) where id = $1`,
        [id, deadlines[key as keyof typeof deadlines], { onTime: 3, overdue: 2, dueSoon: 1 }[key]],
      );
    }
  });
  afterAll(() => t?.close());

  it('lists the cases to accept, soonest deadline first, with the working days left and masked names', async () => {
    const page = await queue(shenzhen, '/queues/to-accept');
    expect(page.total).toBe(3);
    expect(idsOf(page)).toEqual([ids.overdue, ids.dueSoon, ids.onTime]);
    expect(page.rows[0]).toMatchObject({
      reference: ids.overdue.slice(0, 13).toUpperCase(),
      scheme: 'employee-pension',
      fromRegion: { code: '120100', name: '天津市' },
      toRegion: { code: '440300', name: '深圳市' },
      status: 'submitted',
      nextDeadlineOn: deadlines.overdue,
      deadlineState: 'overdue',
      overdue: true,
      version: 1,
    });
    expect(page.rows[0]!.workingDaysLeft).toBeLessThan(0);
    expect(page.rows[1]).toMatchObject({
      scheme: 'medical',
      workingDaysLeft: 2,
      deadlineState: 'due-soon',
      overdue: false,
    });
    expect(page.rows[2]).toMatchObject({
      applicantName: '陈**',
      workingDaysLeft: 10,
      deadlineState: 'on-time',
    });
    for (const row of page.rows) expect(row.applicantName).toMatch(/^\p{Script=Han}\*+$/u);
  });

  it('looks the applicants of a page up in one statement, however many they are', async () => {
    const { result, statements } = await countStatements(t.database, /from "persons"/, () =>
      queue(shenzhen, '/queues/to-accept'),
    );
    expect(new Set(result.rows.map((r) => r.applicantName))).toEqual(
      new Set(['陈**', '李**', '彭*']),
    );
    expect(statements).toBe(1);
  });

  it('sorts by deadline the other way, and by submission', async () => {
    expect(idsOf(await queue(shenzhen, '/queues/to-accept?order=desc'))).toEqual([
      ids.onTime,
      ids.dueSoon,
      ids.overdue,
    ]);
    expect(idsOf(await queue(shenzhen, '/queues/to-accept?sort=submitted'))).toEqual([
      ids.onTime,
      ids.overdue,
      ids.dueSoon,
    ]);
    expect(idsOf(await queue(shenzhen, '/queues/to-accept?sort=submitted&order=desc'))).toEqual([
      ids.dueSoon,
      ids.overdue,
      ids.onTime,
    ]);
  });

  it('filters by scheme, by deadline standing and by reference', async () => {
    expect(idsOf(await queue(shenzhen, '/queues/to-accept?scheme=medical'))).toEqual([ids.dueSoon]);
    expect(idsOf(await queue(shenzhen, '/queues/to-accept?scheme=employee-pension'))).toEqual([
      ids.overdue,
      ids.onTime,
    ]);
    for (const [state, id] of [
      ['overdue', ids.overdue],
      ['due-soon', ids.dueSoon],
      ['on-time', ids.onTime],
    ] as const) {
      const page = await queue(shenzhen, `/queues/to-accept?deadline=${state}`);
      expect(idsOf(page), state).toEqual([id]);
      expect(page.total).toBe(1);
    }
    const reference = ids.onTime.slice(0, 13);
    expect(idsOf(await queue(shenzhen, `/queues/to-accept?reference=${reference}`))).toEqual([
      ids.onTime,
    ]);
    expect(
      idsOf(await queue(shenzhen, `/queues/to-accept?reference=${reference.toUpperCase()}`)),
    ).toEqual([ids.onTime]);
    expect((await queue(shenzhen, '/queues/to-accept?reference=ffffffff')).total).toBe(0);
    expect(
      (await queue(shenzhen, `/queues/to-accept?reference=${encodeURIComponent('陈')}`)).rows,
    ).toEqual([]);
  });

  it('pages through a queue with a cursor, the total on every page', async () => {
    const seen: string[] = [];
    let path = '/queues/to-accept?limit=2';
    for (let pages = 0; pages < 5; pages++) {
      const page = await queue(shenzhen, path);
      expect(page.total).toBe(3);
      seen.push(...idsOf(page));
      if (!page.nextCursor) break;
      path = `/queues/to-accept?limit=2&cursor=${page.nextCursor}`;
    }
    expect(seen).toEqual([ids.overdue, ids.dueSoon, ids.onTime]);
    const bySubmission = await queue(shenzhen, '/queues/to-accept?sort=submitted&limit=1');
    expect(idsOf(bySubmission)).toEqual([ids.onTime]);
    const next = await queue(
      shenzhen,
      `/queues/to-accept?sort=submitted&limit=1&cursor=${bySubmission.nextCursor}`,
    );
    expect(idsOf(next)).toEqual([ids.overdue]);
  });

  it('refuses a bad cursor, one from another order, a page too large and an unknown queue (400)', async () => {
    const first = await queue(shenzhen, '/queues/to-accept?limit=1');
    for (const path of [
      '/queues/to-accept?cursor=not-a-cursor',
      `/queues/to-accept?sort=submitted&cursor=${first.nextCursor}`,
      `/queues/to-accept?cursor=${Buffer.from('["deadline","asc","2026-01-01","1 or 1=1"]').toString('base64url')}`,
      '/queues/to-accept?limit=101',
      '/queues/to-accept?deadline=late',
      '/queues/to-pay',
    ]) {
      const response = await shenzhen.get(path);
      expect(response.statusCode, path).toBe(400);
      expect(response.json().code).toBe('VALIDATION_FAILED');
    }
  });

  it('shows each agency only its own side: nothing of Shenzhen’s cases to Guangzhou or Beijing', async () => {
    expect(await queue(guangzhou, '/queues/to-accept')).toMatchObject({ total: 0, rows: [] });
    expect(await queue(guangzhou, '/queues/to-process')).toMatchObject({ total: 0, rows: [] });
    const beijing = await staffMember(t, 'demo.110100.staff');
    for (const name of ['to-accept', 'to-process', 'to-confirm'])
      expect((await queue(beijing, `/queues/${name}`)).total).toBe(0);
  });

  it('puts an accepted case in the transfer-out agency’s queue to process, and an out-done one in the queue to confirm', async () => {
    const accept = await shenzhen.accept(ids.onTime, 1);
    expect(accept.statusCode).toBe(200);
    expect(idsOf(await queue(shenzhen, '/queues/to-accept'))).toEqual([ids.overdue, ids.dueSoon]);
    const toProcess = await queue(guangzhou, '/queues/to-process');
    expect(toProcess.rows).toEqual([
      expect.objectContaining({
        id: ids.onTime,
        status: 'accepted',
        nextDeadlineOn: workingDayDeadline(today, 15).date,
        workingDaysLeft: 15,
      }),
    ]);
    // The transfer-out step is another piece of work: its result is set directly here.
    await t.database.pool.query(
      `update transfer_applications set status = 'out-done', version = version + 1 where id = $1`,
      [ids.onTime],
    );
    expect((await queue(guangzhou, '/queues/to-process')).rows).toEqual([]);
    expect(idsOf(await queue(shenzhen, '/queues/to-confirm'))).toEqual([ids.onTime]);
  });

  it('shows the demo application that waits in Xi’an past its deadline as overdue', async () => {
    const xian = await staffMember(t, 'demo.610100.staff');
    const page = await queue(xian, '/queues/to-accept?deadline=overdue');
    expect(page.rows).toEqual([
      expect.objectContaining({
        fromRegion: expect.objectContaining({ code: '620100' }),
        overdue: true,
      }),
    ]);
  });
});
