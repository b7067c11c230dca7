import { relayOutboxEvents } from '../server/src/platform/events/index.ts';
import { openBenchDatabase } from './bench-database.ts';

/**
 * `npx tsx bench/profile-event-commits.ts`: what writing an event costs a command that commits
 * on its own, as every command but the submissions does. Ten connections commit one event each,
 * over and over, as graphile-worker's `add_job` (the outbox before DECISIONS.md 43) and as an
 * insert into `event_outbox`, alternating. `add_job` notifies the workers, and PostgreSQL holds
 * one cluster-wide lock from a notifying transaction's commit through its flush to the disk, so
 * such commits cannot share a flush. Not a benchmark with a goal: the figure behind decision 43.
 * Then it relays what the outbox gathered into the job queue, as the worker does, and prints
 * that rate too. EVENT_COMMIT_SECONDS (3) sets each run's length.
 */
const seconds = Number(process.env.EVENT_COMMIT_SECONDS ?? 3);
const connections = 10;
const event = JSON.stringify({
  id: '00000000-0000-7000-8000-000000000000',
  name: 'person.died',
  occurredAt: new Date().toISOString(),
  payload: { personId: 'p' },
});
const ways: Record<string, string> = {
  'graphile-worker add_job': `select graphile_worker.add_job('dispatch-event', $1::json)`,
  'insert into event_outbox': `insert into event_outbox (id, name, event)
    values (gen_random_uuid(), 'person.died', $1::json)`,
};

const database = await openBenchDatabase();
try {
  for (let run = 0; run < 3; run++)
    for (const [way, text] of Object.entries(ways)) {
      const until = performance.now() + seconds * 1000;
      let committed = 0;
      await Promise.all(
        Array.from({ length: connections }, async () => {
          while (performance.now() < until) {
            await database.pool.query(text, [event]);
            committed++;
          }
        }),
      );
      console.log(`${way.padEnd(26)} ${(committed / seconds).toFixed(0).padStart(6)} commits/s`);
    }
  const started = performance.now();
  let relayed = 0;
  for (let moved = -1; moved !== 0; relayed += moved) moved = await relayOutboxEvents(database.db);
  const rate = relayed / ((performance.now() - started) / 1000);
  console.log(`relayed into the job queue ${relayed} events, ${rate.toFixed(0)} events/s`);
} finally {
  await database.stop();
}
