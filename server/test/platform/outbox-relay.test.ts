import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { emitEvents, relayOutboxEvents } from '../../src/platform/events/index.ts';
import { createTestDatabase } from '../helpers/test-database.ts';

describe('the outbox relay', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());
  beforeEach(async () => {
    await database.pool.query('delete from event_outbox');
    await database.pool.query('delete from graphile_worker._private_jobs');
  });

  const emit = (count: number, from = 0) =>
    database.db.transaction((tx) =>
      emitEvents(
        tx,
        Array.from({ length: count }, (_, i) => ({
          name: 'person.died',
          payload: { n: from + i },
        })),
      ),
    );
  // One event a millisecond apart each: ids are ordered by their millisecond (platform/ids.ts).
  const emitApart = async (count: number) => {
    const events = [];
    for (let n = 0; n < count; n++) {
      events.push(...(await emit(1, n)));
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    return events;
  };
  const queued = async () =>
    (
      await database.pool.query<{ payload: { id: string; name: string; payload: { n: number } } }>(
        `select j.payload from graphile_worker._private_jobs j
           join graphile_worker._private_tasks k on k.id = j.task_id
          where k.identifier = 'dispatch-event' order by j.id`,
      )
    ).rows.map((row) => row.payload);
  const waiting = async () =>
    (await database.pool.query('select count(*)::int as n from event_outbox')).rows[0].n;

  it('hands events on as dispatch-event jobs, oldest first, each carrying the event as written', async () => {
    const events = await emitApart(3);
    expect(await relayOutboxEvents(database.db)).toBe(3);
    expect(await waiting()).toBe(0);
    expect(await queued()).toEqual(events);
    // Nothing is moved twice.
    expect(await relayOutboxEvents(database.db)).toBe(0);
    expect(await queued()).toHaveLength(3);
  });

  it('moves at most a batch at a time and leaves the rest for the next', async () => {
    await emitApart(7);
    expect(await relayOutboxEvents(database.db, 5)).toBe(5);
    expect(await waiting()).toBe(2);
    expect((await queued()).map((event) => event.payload.n)).toEqual([0, 1, 2, 3, 4]);
    expect(await relayOutboxEvents(database.db, 5)).toBe(2);
    expect((await queued()).map((event) => event.payload.n)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('queues no job and wakes no worker for an empty outbox', async () => {
    // graphile-worker's add_jobs notifies the workers' channel; a relay that finds nothing must not.
    const listener = await database.pool.connect();
    const notified: string[] = [];
    listener.on('notification', (message) => notified.push(message.channel));
    try {
      await listener.query('listen "jobs:insert"');
      expect(await relayOutboxEvents(database.db)).toBe(0);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(notified).toEqual([]);
      expect(await queued()).toEqual([]);
      await emit(1);
      expect(await relayOutboxEvents(database.db)).toBe(1);
      await expect.poll(() => notified).toEqual(['jobs:insert']);
    } finally {
      await listener.query('unlisten *');
      listener.release();
    }
  });

  it('moves each event once when several relays run at the same time', async () => {
    const events = await emit(1_200);
    const moved = await Promise.all(
      Array.from({ length: 4 }, async () => {
        let total = 0;
        for (let n = -1; n !== 0; total += n) n = await relayOutboxEvents(database.db, 100);
        return total;
      }),
    );
    expect(moved.reduce((a, b) => a + b, 0)).toBe(1_200);
    const ids = (await queued()).map((event) => event.id);
    expect(ids).toHaveLength(1_200);
    expect(new Set(ids)).toEqual(new Set(events.map((event) => event.id)));
  });
});
