import { addDays } from '../domain/calendar/index.ts';
import { runDeadlineWatch } from '../server/src/modules/transfers/index.ts';
import { openBenchDatabase } from './bench-database.ts';

/** One timed run of a side. */
export interface TimedRun {
  ms: number;
  /** Open steps whose standing the watch changed (0 for the scan). */
  changed: number;
}

export interface DeadlineWatchBenchResult {
  name: string;
  openApplications: number;
  /** The first run, which sets every row's standing (none was set before). */
  firstRun: TimedRun;
  /** The daily runs that followed, one day later each, and the scans alternating with them. */
  watchRuns: TimedRun[];
  scanRuns: TimedRun[];
  watchMedianMs: number;
  scanMedianMs: number;
  /** Median daily run ÷ median scan: how many plain scans of the table one day's watch costs. */
  ratio: number;
  firstRunRatio: number;
  goal: number;
}

// A fixed stretch of 2025 with a weekend in every week: the result does not depend on the day the
// benchmark is run, nor on how far the holiday calendar reaches.
const FIRST_DAY = '2025-03-03';
const onChinaDay = (day: string) => new Date(`${day}T00:05:00+08:00`);
const OPEN = `('submitted', 'accepted', 'out-done')`;

/**
 * The deadline watch over `rows` open applications (DOMAIN.md §9: ~1.8 million transfers a year,
 * a few weeks open each) against the cheapest thing that reads them: a sequential scan counting
 * the open rows of the same table, in the same run. The first run sets every standing; then each
 * round moves one day on — a realistic share of steps becomes due soon or overdue — and is timed
 * against a scan, alternately, each side's median kept. Between rounds the table is vacuumed
 * (untimed), as autovacuum would between two nights. Goal: a day's watch costs at most 3 scans.
 */
export async function benchDeadlineWatch(options: {
  rows: number;
  rounds: number;
  /** Try a table fillfactor the schema does not set (room for HOT updates), e.g. 85. */
  fillfactor?: number | undefined;
}): Promise<DeadlineWatchBenchResult> {
  const database = await openBenchDatabase();
  const { pool, db } = database;
  try {
    if (options.fillfactor)
      await pool.query(
        `alter table transfer_applications set (fillfactor = ${Math.trunc(options.fillfactor)})`,
      );
    // Deadlines spread over 30 days around the first day: some already past, most ahead, as
    // steps of 5 to 15 working days would leave them. The rows are as wide as real ones.
    await pool.query(
      `insert into transfer_applications (id, person_id, scheme, from_region_code, to_region_code,
         status, contact_phone_encrypted, address, post_code, channel, submitted_at, version,
         next_deadline_on)
       select gen_random_uuid(), gen_random_uuid(), 'employee-pension', '440100', '440300',
         (array['submitted', 'accepted', 'out-done'])[1 + i % 3],
         'v1.aes-256-gcm.k1.' || md5(i::text) || md5((i + 1)::text),
         '广东省深圳市福田区深南大道' || i || '号', '518000', 'web',
         now() - make_interval(hours => i % 500), 1 + i % 3,
         $2::date + (i % 30) - 5
       from generate_series(1, $1::int) as i`,
      [options.rows, FIRST_DAY],
    );
    await pool.query('vacuum analyze transfer_applications');
    const open = (
      await pool.query(
        `select count(*)::int as n from transfer_applications where status in ${OPEN}`,
      )
    ).rows[0].n as number;

    const watch = async (day: string): Promise<TimedRun> => {
      const started = performance.now();
      const summary = await runDeadlineWatch({
        db,
        actor: { type: 'system', id: 'bench' },
        now: onChinaDay(day),
      });
      const ms = performance.now() - started;
      await pool.query('vacuum transfer_applications');
      return { ms, changed: Object.values(summary.changed).reduce((a, b) => a + b, 0) };
    };
    const scan = async (): Promise<TimedRun> => {
      const client = await pool.connect();
      try {
        await client.query('begin');
        // Nothing but a sequential read of the table, whatever the planner would prefer.
        await client.query('set local enable_indexscan = off');
        await client.query('set local enable_indexonlyscan = off');
        await client.query('set local enable_bitmapscan = off');
        const started = performance.now();
        await client.query(`select count(*) from transfer_applications where status in ${OPEN}`);
        const ms = performance.now() - started;
        await client.query('commit');
        return { ms, changed: 0 };
      } finally {
        client.release();
      }
    };

    await scan(); // warm the cache for both sides alike
    const firstRun = await watch(FIRST_DAY);
    const watchRuns: TimedRun[] = [];
    const scanRuns: TimedRun[] = [];
    for (let round = 1; round <= options.rounds; round++) {
      watchRuns.push(await watch(addDays(FIRST_DAY, round)));
      scanRuns.push(await scan());
    }
    const watchMedianMs = median(watchRuns.map((r) => r.ms));
    const scanMedianMs = median(scanRuns.map((r) => r.ms));
    return {
      name: `deadline watch vs sequential scan${options.fillfactor ? ` (fillfactor ${options.fillfactor})` : ''}`,
      openApplications: open,
      firstRun,
      watchRuns,
      scanRuns,
      watchMedianMs,
      scanMedianMs,
      ratio: watchMedianMs / scanMedianMs,
      firstRunRatio: firstRun.ms / scanMedianMs,
      goal: 3,
    };
  } finally {
    await database.stop();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
