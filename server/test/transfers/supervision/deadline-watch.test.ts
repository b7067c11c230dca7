import pino from 'pino';
import { parseCrontab } from 'graphile-worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../../domain/calendar/index.ts';
import { deadlineStanding } from '../../../src/modules/transfers/agency/deadline-standing.ts';
import {
  DEADLINE_WATCH_CRONTAB,
  DEADLINE_WATCH_TASK,
  deadlineWatchTask,
  runDeadlineWatch,
} from '../../../src/modules/transfers/index.ts';
import { startWorker } from '../../../src/platform/jobs/start-worker.ts';
import { changeSetting } from '../../../src/platform/settings/index.ts';
import { repositoryRoot, runCommand } from '../../helpers/run-command.ts';
import { createTestDatabase } from '../../helpers/test-database.ts';
import { insertCase, standings } from './supervision-fixtures.ts';

const system = { type: 'system', id: 'test' } as const;
/** A moment on a China date, mid-morning. */
const onChinaDay = (day: string) => new Date(`${day}T10:00:00+08:00`);

describe('the deadline watch', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  const watch = (day: string, options: { pagesPerBatch?: number } = {}) =>
    runDeadlineWatch({ db: database.db, actor: system, now: onChinaDay(day), ...options });
  const insertDeadlines = async (deadlines: Record<string, string | null>) => {
    const ids: Record<string, string> = {};
    for (const [label, nextDeadlineOn] of Object.entries(deadlines))
      ids[label] = await insertCase(database.pool, { nextDeadlineOn });
    return ids;
  };
  const statesOf = async (ids: Record<string, string>) => {
    const stored = await standings(database.pool, Object.values(ids));
    return Object.fromEntries(Object.entries(ids).map(([label, id]) => [label, stored[id]!.state]));
  };

  it('around National Day 2025: holidays do not count, the make-up Saturday does', async () => {
    // 2025-10-01…08 are off; Saturday 10-11 is a make-up working day. Seen on Tuesday 09-30 with
    // 3 working days of warning, the working days ahead are 10-09, 10-10 and 10-11.
    const ids = await insertDeadlines({
      lastFriday: '2025-09-26',
      yesterday: '2025-09-29',
      today: '2025-09-30',
      inTheHoliday: '2025-10-08',
      makeUpSaturday: '2025-10-11',
      sundayAfter: '2025-10-12',
      fourthWorkingDay: '2025-10-13',
      none: null,
    });
    const summary = await watch('2025-09-30');
    expect(await statesOf(ids)).toEqual({
      lastFriday: 'overdue',
      yesterday: 'overdue',
      today: 'due-soon',
      inTheHoliday: 'due-soon',
      makeUpSaturday: 'due-soon',
      sundayAfter: 'due-soon',
      fourthWorkingDay: 'on-time',
      none: null,
    });
    expect(summary).toMatchObject({
      checkedOn: '2025-09-30',
      dueSoonWorkingDays: 3,
      onTimeFrom: '2025-10-13',
      changed: { overdue: 2, 'due-soon': 4, 'on-time': 1, none: 0 },
    });

    // On the first day of the holiday only yesterday's "today" has become overdue: the working
    // days ahead are the same, and nothing else is rewritten.
    const next = await watch('2025-10-01');
    expect(next.changed).toEqual({ overdue: 1, 'due-soon': 0, 'on-time': 0, none: 0 });
    const stored = await standings(database.pool, Object.values(ids));
    expect(stored[ids.today!]).toEqual({ state: 'overdue', checkedOn: '2025-10-01' });
    expect(stored[ids.makeUpSaturday!]).toEqual({ state: 'due-soon', checkedOn: '2025-09-30' });
  });

  it('over a weekend: seen on a Saturday, Friday is overdue and Monday to Wednesday are due soon', async () => {
    const ids = await insertDeadlines({
      friday: '2024-03-08',
      saturday: '2024-03-09',
      monday: '2024-03-11',
      wednesday: '2024-03-13',
      thursday: '2024-03-14',
    });
    await watch('2024-03-09');
    expect(await statesOf(ids)).toEqual({
      friday: 'overdue',
      saturday: 'due-soon',
      monday: 'due-soon',
      wednesday: 'due-soon',
      thursday: 'on-time',
    });
  });

  it('leaves closed applications alone and corrects a standing a step set too early', async () => {
    const completed = await insertCase(database.pool, {
      status: 'completed',
      nextDeadlineOn: '2024-03-01',
    });
    const rejected = await insertCase(database.pool, {
      status: 'rejected',
      nextDeadlineOn: '2024-03-01',
      deadlineState: 'on-time',
    });
    const stale = await insertCase(database.pool, {
      status: 'accepted',
      nextDeadlineOn: '2024-03-01',
      deadlineState: 'on-time',
    });
    await watch('2024-03-09');
    expect(await standings(database.pool, [completed, rejected, stale])).toEqual({
      [completed]: { state: null, checkedOn: null },
      [rejected]: { state: 'on-time', checkedOn: null },
      [stale]: { state: 'overdue', checkedOn: '2024-03-09' },
    });
  });

  it('reads the warning period from the platform setting', async () => {
    const ids = await insertDeadlines({ fourthWorkingDay: '2025-10-13', sixth: '2025-10-15' });
    await watch('2025-09-30');
    expect(await statesOf(ids)).toEqual({ fourthWorkingDay: 'on-time', sixth: 'on-time' });

    await changeSetting({
      db: database.db,
      actor: { type: 'admin', id: 'test' },
      key: 'deadlines',
      value: { dueSoonWorkingDays: 5 },
      version: 0,
    });
    try {
      const summary = await watch('2025-09-30');
      expect(summary).toMatchObject({ dueSoonWorkingDays: 5, onTimeFrom: '2025-10-15' });
      expect(await statesOf(ids)).toEqual({ fourthWorkingDay: 'due-soon', sixth: 'on-time' });
    } finally {
      await changeSetting({
        db: database.db,
        actor: { type: 'admin', id: 'test' },
        key: 'deadlines',
        value: { dueSoonWorkingDays: 3 },
        version: 1,
      });
    }
  });

  it('in batches of one page, agrees case by case with the standing of a single case', async () => {
    const today = '2025-09-30';
    const ids: string[] = [];
    // Deadlines from 40 days back to 40 days ahead: over the holiday and several weekends.
    for (let i = 0; i < 400; i++)
      ids.push(await insertCase(database.pool, { nextDeadlineOn: addDays(today, (i % 81) - 40) }));
    const summary = await watch(today, { pagesPerBatch: 1 });
    expect(summary.batches).toBeGreaterThan(5);
    const { rows } = await database.pool.query<{
      state: string | null;
      next_deadline_on: string;
    }>(
      `select deadline_state as state, next_deadline_on from transfer_applications where id = any($1::uuid[])`,
      [ids],
    );
    expect(rows).toHaveLength(400);
    const disagreements = rows.filter(
      (row) => row.state !== deadlineStanding(today, row.next_deadline_on, 3).state,
    );
    expect(disagreements).toEqual([]);
  });

  it('past the holiday data, counts provisionally and never calls a provisional deadline overdue', async () => {
    // 2031 is in no arrangement: its days are counted by the statutory holidays alone.
    const ids = await insertDeadlines({
      past: '2031-05-30',
      soon: '2031-06-04',
      ahead: '2031-07-01',
    });
    const summary = await watch('2031-06-02');
    expect(summary).toMatchObject({ onTimeFrom: '2031-06-06', provisionalFrom: '2026-12-25' });
    expect(await statesOf(ids)).toEqual({ past: 'due-soon', soon: 'due-soon', ahead: 'on-time' });
  });

  it('summarises each run in one audit entry and one event, not one per case', async () => {
    const before = await database.pool.query(
      `select count(*)::int as n from audit_log where action = 'transfer-deadlines.checked'`,
    );
    const summary = await watch('2025-10-20');
    const { rows } = await database.pool.query(
      `select actor_type, actor_id, subject_id, data from audit_log
       where action = 'transfer-deadlines.checked' order by seq desc limit 1`,
    );
    expect(rows[0]).toMatchObject({
      actor_type: 'system',
      actor_id: 'test',
      subject_id: '2025-10-20',
      data: { checkedOn: '2025-10-20', changed: summary.changed },
    });
    const after = await database.pool.query(
      `select count(*)::int as n from audit_log where action = 'transfer-deadlines.checked'`,
    );
    expect(after.rows[0].n).toBe(before.rows[0].n + 1);
    const events = await database.pool.query(
      `select count(*)::int as n from event_outbox where name = 'transfer-deadlines.checked'`,
    );
    expect(events.rows[0].n).toBe(after.rows[0].n);
  });

  it('runs as a background task, scheduled daily just after midnight in China', async () => {
    const [item] = parseCrontab(DEADLINE_WATCH_CRONTAB);
    expect(item).toMatchObject({ task: DEADLINE_WATCH_TASK });
    // graphile-worker matches its crontab against UTC times.
    const digest = (at: Date) => ({
      min: at.getUTCMinutes(),
      hour: at.getUTCHours(),
      date: at.getUTCDate(),
      month: at.getUTCMonth() + 1,
      dow: at.getUTCDay(),
    });
    expect(item!.match(digest(new Date('2025-09-30T00:05:00+08:00')))).toBe(true);
    expect(item!.match(digest(new Date('2025-09-30T00:05:00Z')))).toBe(false);
    expect(item!.match(digest(new Date('2025-09-30T16:05:00+08:00')))).toBe(false);
    const count = async () =>
      (
        await database.pool.query(
          `select count(*)::int as n from audit_log where action = 'transfer-deadlines.checked' and actor_id = $1`,
          [DEADLINE_WATCH_TASK],
        )
      ).rows[0].n;
    expect(await count()).toBe(0);
    const runner = await startWorker({
      pool: database.pool,
      db: database.db,
      log: pino({ level: 'silent' }),
      subscriptions: [],
      tasks: { [DEADLINE_WATCH_TASK]: deadlineWatchTask(database.db) },
    });
    try {
      await database.pool.query(`select graphile_worker.add_job($1)`, [DEADLINE_WATCH_TASK]);
      await expect.poll(count, { timeout: 15_000 }).toBe(1);
    } finally {
      await runner.stop();
    }
  });

  it('runs on demand: npx shebao deadlines watch', async () => {
    const result = await runCommand([`${repositoryRoot}/bin/shebao.mjs`, 'deadlines', 'watch'], {
      DATABASE_URL: database.url,
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^Deadlines checked on \d{4}-\d{2}-\d{2} \(due soon: within 3 working days/,
    );
    expect(result.stdout).toMatch(/Changed: \d+ now overdue, \d+ due soon, \d+ on time/);
  });
});
