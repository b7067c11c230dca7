import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dispatchEvent,
  emitEvent,
  type EventSubscription,
} from '../../src/platform/events/index.ts';
import { createTestDatabase } from '../helpers/test-database.ts';

describe('outbox and idempotent dispatch', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    await database.pool.query('create table effects (event_id uuid, handler text)');
  });
  afterAll(() => database.drop());

  const recordingHandler = (handler: string): EventSubscription => ({
    handler,
    event: 'person.died',
    handle: async (event, tx) => {
      await tx.execute(sql`insert into effects values (${event.id}, ${handler})`);
    },
  });

  it('writes the event into the outbox exactly when the transaction commits', async () => {
    await expect(
      database.db.transaction(async (tx) => {
        await emitEvent(tx, { name: 'person.died', payload: { personId: 'rolled-back' } });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    await database.db.transaction((tx) =>
      emitEvent(tx, { name: 'person.died', payload: { personId: 'p1' } }),
    );
    const { rows } = await database.pool.query('select name, event from event_outbox');
    expect(rows.map((row) => [row.name, row.event.payload.personId])).toEqual([
      ['person.died', 'p1'],
    ]);
  });

  it('applies each handler once however often the event is delivered', async () => {
    const event = await database.db.transaction((tx) =>
      emitEvent(tx, { name: 'person.died', payload: {} }),
    );
    const subscriptions = [recordingHandler('cards.cancel'), recordingHandler('transfers.close')];
    expect(await dispatchEvent(database.db, subscriptions, event)).toEqual({
      applied: ['cards.cancel', 'transfers.close'],
      skipped: [],
    });
    expect(await dispatchEvent(database.db, subscriptions, event)).toEqual({
      applied: [],
      skipped: ['cards.cancel', 'transfers.close'],
    });
    const { rows } = await database.pool.query('select handler from effects where event_id = $1', [
      event.id,
    ]);
    expect(rows.map((row) => row.handler).sort()).toEqual(['cards.cancel', 'transfers.close']);
  });

  it('does not mark a failed handler as applied, so the retry applies it', async () => {
    const event = await database.db.transaction((tx) =>
      emitEvent(tx, { name: 'person.died', payload: {} }),
    );
    let attempts = 0;
    const flaky: EventSubscription = {
      handler: 'flaky',
      event: 'person.died',
      handle: async (e, tx) => {
        attempts += 1;
        await tx.execute(sql`insert into effects values (${e.id}, 'flaky')`);
        if (attempts === 1) throw new Error('temporary failure');
      },
    };
    await expect(dispatchEvent(database.db, [flaky], event)).rejects.toThrow('temporary failure');
    expect(await dispatchEvent(database.db, [flaky], event)).toEqual({
      applied: ['flaky'],
      skipped: [],
    });
    const { rows } = await database.pool.query(
      `select count(*)::int as n from effects where event_id = $1`,
      [event.id],
    );
    expect(rows[0].n).toBe(1);
  });
});
