import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_ARRANGEMENT_2027 } from '../../../domain/calendar/holiday-arrangement.example.ts';
import { coveredYears, useLoadedArrangements } from '../../../domain/calendar/index.ts';
import { loadHolidayArrangements } from '../../src/modules/calendar/index.ts';
import { recomputeOpenDeadlines, runDeadlineWatch } from '../../src/modules/transfers/index.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { onChinaDay, submittedOn } from './calendar-helpers.ts';
import { staffMember, type StaffMember } from '../transfers/agency/agency-helpers.ts';
import { citizenOf, type TestApp } from '../transfers/transfer-helpers.ts';

const cli = { type: 'cli', id: 'operator' } as const;

/**
 * Deadlines that reach 2026-12-25 and later, when 2027's holiday arrangement is not in the
 * chinese-days package: provisional until an operator loads it, then counted for certain. Dates
 * are fixed: the steps are written as the submit command writes them, on a chosen day.
 */
describe('deadlines across 2026-12-25, before and after 2027 is loaded', () => {
  let t: TestApp;
  let guangzhou: StaffMember;
  let applicant: { cookie: string };
  let crossing: string; // 周子航 → Guangzhou, submitted 2026-12-15
  let moving: string; // 罗小军 → Hefei, submitted 2027-01-20 (before the notice was loaded)

  const stored = async (id: string) =>
    (
      await t.database.pool.query<{ deadline: string | null; state: string | null }>(
        `select next_deadline_on as deadline, deadline_state as state
           from transfer_applications where id = $1`,
        [id],
      )
    ).rows[0]!;
  const applicantView = async (id: string) => {
    const response = await t.app.inject({
      url: `/api/v1/me/transfer-applications/${id}`,
      headers: { cookie: applicant.cookie },
    });
    expect(response.statusCode).toBe(200);
    return response.json();
  };
  const watch = (day: string) =>
    runDeadlineWatch({ db: t.database.db, actor: cli, now: onChinaDay(day) });

  beforeAll(async () => {
    t = await createTestApp({ demoData: true });
    guangzhou = await staffMember(t, 'demo.440100.staff');
    const citizen = await citizenOf(t, 'cross-province');
    applicant = citizen;
    const { rows } = await t.database.pool.query<{ person_id: string }>(
      'select person_id from citizen_accounts where id = $1',
      [citizen.accountId],
    );
    crossing = await submittedOn(t, 'cross-province', '2026-12-15', {
      personId: rows[0]!.person_id,
    });
    moving = await submittedOn(t, 'back-payment', '2027-01-20');
  });
  afterAll(() => t?.close());

  it('before: the deadline is there, counted by the statutory holidays and marked provisional', async () => {
    expect(coveredYears().at(-1)).toBe(2026);
    // 12-16..18, 21..25, 28..31, New Year's Day (by law), 01-04..06: 15 working days.
    expect(await stored(crossing)).toMatchObject({ deadline: '2027-01-06' });
    expect(await stored(moving)).toMatchObject({ deadline: '2027-02-16' });

    const view = await applicantView(crossing);
    expect(view.nextStep).toMatchObject({
      action: 'submitted',
      deadlineOn: '2027-01-06',
      deadlineProvisional: true,
    });
    expect(view.timeline[0]).toMatchObject({ deadlineOn: '2027-01-06', deadlineProvisional: true });
    const page = await guangzhou.casePage(crossing);
    expect(page.statusCode).toBe(200);
    expect(page.json().nextStep).toMatchObject({
      deadlineOn: '2027-01-06',
      deadlineProvisional: true,
    });
    const queue = await guangzhou.get('/queues/to-accept');
    expect(queue.json().rows).toContainEqual(
      expect.objectContaining({
        id: crossing,
        nextDeadlineOn: '2027-01-06',
        deadlineProvisional: true,
      }),
    );
  });

  it('before: the watch never marks a provisional deadline overdue, past it is due soon', async () => {
    const summary = await watch('2027-01-08');
    expect(summary).toMatchObject({ provisionalFrom: '2026-12-25', recomputed: 0 });
    expect(await stored(crossing)).toMatchObject({ state: 'due-soon' });
    expect(await stored(moving)).toMatchObject({ state: 'on-time' });
    await watch('2026-12-16');
    expect(await stored(crossing)).toMatchObject({ state: 'on-time' });
  });

  it('a load that fails inside its transaction leaves the calendar and the database as they were', async () => {
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
    expect(coveredYears().at(-1)).toBe(2026);
    expect(await stored(moving)).toMatchObject({ deadline: '2027-02-16' });
    const { rows } = await t.database.pool.query(
      `select (select count(*)::int from holiday_arrangements) as arrangements,
              (select count(*)::int from holiday_arrangement_days) as days,
              (select count(*)::int from audit_log where action = 'holiday-arrangements.loaded') as audits`,
    );
    expect(rows[0]).toEqual({ arrangements: 0, days: 0, audits: 0 });
  });

  it('after loading 2027: the same deadline for certain, a moved one counted again, all audited', async () => {
    const result = await loadHolidayArrangements({
      db: t.database.db,
      actor: cli,
      content: EXAMPLE_ARRANGEMENT_2027,
      now: onChinaDay('2027-01-21'),
      alsoInTransaction: (tx) => recomputeOpenDeadlines(tx),
    });
    expect(result).toMatchObject({
      ok: true,
      years: [{ year: 2027, daysOff: 29, workingDays: 5, previousDigest: null }],
      warnings: [],
      extra: { recomputed: 1 },
    });
    expect(coveredYears().at(-1)).toBe(2027);
    expect(await stored(crossing)).toMatchObject({ deadline: '2027-01-06' });
    // The example makes Sunday 01-31 a working day but gives 02-05..13 off, where the law alone
    // gives 02-05 and 02-08..10: the 15th working day is 02-17, not 02-16.
    expect(await stored(moving)).toMatchObject({ deadline: '2027-02-17' });

    const view = await applicantView(crossing);
    expect(view.nextStep).toMatchObject({ deadlineOn: '2027-01-06', deadlineProvisional: false });
    // The action keeps the deadline it set; the open step shows the one counted now.
    const { rows } = await t.database.pool.query(
      'select deadline_on from transfer_application_actions where application_id = $1',
      [moving],
    );
    expect(rows).toEqual([{ deadline_on: '2027-02-16' }]);
    const audit = await t.database.pool.query(
      `select actor_type, actor_id, subject_id, data from audit_log
        where action = 'holiday-arrangements.loaded'`,
    );
    expect(audit.rows).toEqual([
      {
        actor_type: 'cli',
        actor_id: 'operator',
        subject_id: '2027',
        data: {
          years: [expect.objectContaining({ year: 2027, daysOff: 29, workingDays: 5 })],
          recomputed: 1,
        },
      },
    ]);
  });

  it('after loading 2027: a deadline past is overdue, as the legal calendar now says', async () => {
    await watch('2027-01-08');
    expect(await stored(crossing)).toMatchObject({ state: 'overdue' });
    const years = await t.app.inject({ url: '/api/v1/calendar/years' });
    expect(years.json()).toMatchObject({ provisionalFrom: '2027-12-25' });
    expect(years.json().years.at(-1)).toMatchObject({
      year: 2027,
      source: 'loaded',
      notice: EXAMPLE_ARRANGEMENT_2027.notice,
    });
  });

  it('the watch counts again what another process set before it learnt of the load', async () => {
    // A server that had not yet read the new arrangement wrote a provisional deadline; an
    // application from before this version had none.
    const late = await submittedOn(t, 'flexible-worker', '2027-01-20');
    const legacy = await submittedOn(t, 'employer-rates', '2026-12-20');
    await t.database.pool.query(
      `update transfer_applications set next_deadline_on = case id
         when $1::uuid then date '2027-02-16' else null end where id in ($1, $2)`,
      [late, legacy],
    );
    const summary = await watch('2027-01-21');
    expect(summary.recomputed).toBe(2);
    expect(await stored(late)).toMatchObject({ deadline: '2027-02-17', state: 'on-time' });
    expect(await stored(legacy)).toMatchObject({ deadline: '2027-01-11' });
    // Nothing left to count again: a second run changes nothing.
    expect((await watch('2027-01-21')).recomputed).toBe(0);
  });

  afterAll(() => useLoadedArrangements([]));
});
