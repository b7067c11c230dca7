import { sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { Db } from '../db/database.ts';
import { DISPATCH_EVENT_TASK } from './emit-event.ts';

/** The most events one relay statement moves. */
export const RELAY_BATCH = 500;

/**
 * Moves up to `limit` events, oldest first (by their ids' millisecond), from the outbox into
 * graphile-worker's queue as dispatch-event jobs, in one statement: an event leaves the outbox
 * exactly when its job exists.
 * Events another relay is moving are skipped, so several worker processes may relay at once; an
 * empty outbox calls no add_jobs (whose NOTIFY would wake every worker). Returns how many moved.
 */
export async function relayOutboxEvents(db: Db, limit = RELAY_BATCH): Promise<number> {
  const { rows } = await db.execute<{ moved: number }>(sql`
    with moved as (
      delete from event_outbox
       where id in (select id from event_outbox order by id limit ${limit} for update skip locked)
      returning id, event
    ), queued as (
      select graphile_worker.add_jobs(array(
        select row(${DISPATCH_EVENT_TASK}, event, null, null, 25, null, null, null)
                 ::graphile_worker.job_spec
          from moved order by id))
        from (select 1 from moved limit 1) as any_moved
    )
    -- A WITH part runs only when read: counting the queued jobs is what calls add_jobs.
    select (select count(*) from moved)::int as moved, (select count(*) from queued)::int`);
  return rows[0]!.moved;
}

/**
 * Relays the outbox for as long as the worker runs: at once while full batches come, then every
 * `intervalMs`; after a failure (the database unreachable) it waits longer and tries again.
 * Why polling, not NOTIFY: a command's transaction that notifies waits at commit for every other
 * notifying one (PostgreSQL orders them by one lock); a poll of an empty table is one index probe.
 */
export function startOutboxRelay(options: { db: Db; log: Logger; intervalMs?: number }): {
  stop(): Promise<void>;
} {
  const { db, log, intervalMs = 200 } = options;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void>;
  const relay = async () => {
    let delay = intervalMs;
    try {
      while (!stopped && (await relayOutboxEvents(db)) === RELAY_BATCH);
    } catch (error) {
      log.error({ err: error }, 'the outbox relay failed; it tries again');
      delay = Math.max(intervalMs, 5_000);
    }
    if (!stopped) timer = setTimeout(() => (running = relay()), delay);
  };
  running = relay();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
