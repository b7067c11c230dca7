import { sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitEvent, type EventSubscription } from '../../src/platform/events/index.ts';
import { startWorker } from '../../src/platform/jobs/start-worker.ts';
import { createTestDatabase } from '../helpers/test-database.ts';

describe('background worker', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    await database.pool.query('create table effects (event_id uuid, person text)');
  });
  afterAll(() => database.drop());

  it('dispatches a committed event to its subscriber once, after commit', async () => {
    const subscription: EventSubscription = {
      handler: 'test.record-death',
      event: 'person.died',
      handle: async (event, tx) => {
        await tx.execute(
          sql`insert into effects values (${event.id}, ${String(event.payload.personId)})`,
        );
      },
    };
    const runner = await startWorker({
      pool: database.pool,
      db: database.db,
      log: pino({ level: 'silent' }),
      subscriptions: [subscription],
    });
    try {
      const event = await database.db.transaction((tx) =>
        emitEvent(tx, { name: 'person.died', payload: { personId: 'p-42' } }),
      );
      await expect
        .poll(async () => (await database.pool.query('select person from effects')).rows, {
          timeout: 10_000,
        })
        .toEqual([{ person: 'p-42' }]);
      // The job is gone once done, and the inbox remembers the handler applied the event.
      await expect
        .poll(
          async () =>
            (await database.pool.query('select count(*)::int as n from graphile_worker.jobs'))
              .rows[0].n,
        )
        .toBe(0);
      const inbox = await database.pool.query(
        'select handler from event_inbox where event_id = $1',
        [event.id],
      );
      expect(inbox.rows).toEqual([{ handler: 'test.record-death' }]);
    } finally {
      await runner.stop();
    }
  });
});
