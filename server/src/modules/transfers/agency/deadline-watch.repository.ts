import { sql } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/database.ts';
import type { DeadlineState, StandingBounds } from './deadline-standing.ts';

/** How many open steps changed to each standing (`none`: the step has no deadline). */
export type StandingCounts = Record<DeadlineState | 'none', number>;

export const noStandings = (): StandingCounts => ({
  'on-time': 0,
  'due-soon': 0,
  overdue: 0,
  none: 0,
});

const OPEN = sql.raw(`('submitted', 'accepted', 'out-done')`);

// The standing of a row's step, as deadlineStanding computes it for one case: overdue after the
// last day, if that day is not provisional; due soon before the first on-time day (which is after
// today), or past a provisional last day; on time otherwise — also after 2100, where nothing can
// be counted.
function standingOf(bounds: StandingBounds) {
  return sql`case
    when next_deadline_on is null then null
    when next_deadline_on < ${bounds.today}::date
      and next_deadline_on < ${bounds.provisionalFrom}::date then 'overdue'
    when next_deadline_on < coalesce(${bounds.onTimeFrom}::date, ${bounds.today}::date) then 'due-soon'
    else 'on-time' end`;
}

/** The table's size in heap pages when the run starts: the run walks it in page ranges. */
export async function applicationHeapPages(db: Executor): Promise<number> {
  const { rows } = await db.execute<{ pages: number }>(
    sql`select (pg_relation_size('transfer_applications') / current_setting('block_size')::int)::int as pages`,
  );
  return rows[0]?.pages ?? 0;
}

/**
 * Sets the standing of every open step in heap pages [fromPage, toPage) whose stored standing
 * differs, in one statement (its own transaction, so row locks are held only for one range). A
 * page range is read as a TID range scan: the whole run reads the table once, in order, whatever
 * share of it is open, and rewrites only rows whose standing changed. A row that moves to a later
 * page when it is rewritten already has its new standing there, so it is not counted twice.
 */
export async function updateStandingsInPages(
  db: Executor,
  range: { fromPage: number; toPage: number },
  bounds: StandingBounds,
): Promise<StandingCounts> {
  const from = sql.raw(`'(${Math.trunc(range.fromPage)},0)'::tid`);
  const to = sql.raw(`'(${Math.trunc(range.toPage)},0)'::tid`);
  const standing = standingOf(bounds);
  const { rows } = await db.execute<{ state: DeadlineState | null; n: number }>(sql`
    with changed as (
      update transfer_applications
      set deadline_state = ${standing}, deadline_checked_on = ${bounds.today}::date
      where ctid >= ${from} and ctid < ${to}
        and status in ${OPEN}
        and deadline_state is distinct from ${standing}
      returning deadline_state as state
    )
    select state, count(*)::int as n from changed group by state`);
  const counts = noStandings();
  for (const row of rows) counts[row.state ?? 'none'] += row.n;
  return counts;
}
