import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  requestHash,
  runIdempotently,
  storeFirstResponsesQuery,
} from '../../src/platform/idempotency/index.ts';
import { createTestDatabase } from '../helpers/test-database.ts';

/**
 * The answers a group-committed command remembers in its own statement (storeFirstResponsesQuery)
 * must be found by key however many keys are remembered: the platform keeps tens of thousands.
 */
describe('remembered first answers, stored with the command that made them', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    // A day's worth of remembered keys, with fresh statistics, as on a running platform.
    await database.pool.query(`
      insert into idempotency_keys (scope, key, request_hash, created_at, response_status, response_body)
      select 'citizen:' || g, 'key-' || g, 'hash', now(), 201, '{}'
        from generate_series(1, 20000) as g`);
    await database.pool.query('analyze idempotency_keys');
  });
  afterAll(() => database.drop());

  const answers = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      scope: `citizen:new-${i}`,
      key: `key-${i}`,
      hash: `hash-${i}`,
      status: 201,
      body: { id: `application-${i}` },
    }));

  it('finds each claimed key through the primary key, never by reading the whole table', async () => {
    const { rows } = await database.db.execute<{ 'QUERY PLAN': string }>(
      sql`explain ${storeFirstResponsesQuery(answers(8))}`,
    );
    const plan = rows.map((row) => row['QUERY PLAN']).join('\n');
    expect(plan).toContain('Conflict Arbiter Indexes: idempotency_keys_scope_key_pk');
    expect(plan).not.toMatch(/Seq Scan on idempotency_keys/);
  });

  it('remembers each answer under its claimed key, and a repeat is answered with it', async () => {
    const hash = requestHash({ method: 'POST', route: '/x', body: { n: 1 } });
    let runs = 0;
    const first = await runIdempotently({
      db: database.db,
      scope: 'citizen:a',
      key: 'k-1',
      hash,
      run: async (claimed) => {
        runs++;
        const answer = { status: 201, body: { made: 'once' } };
        await database.db.execute(storeFirstResponsesQuery([{ ...claimed!, ...answer }]));
        return { ...answer, stored: true };
      },
    });
    const repeat = await runIdempotently({
      db: database.db,
      scope: 'citizen:a',
      key: 'k-1',
      hash,
      run: async () => {
        runs++;
        return { status: 500, body: 'must not run' };
      },
    });
    expect(first).toEqual({ status: 201, body: { made: 'once' } });
    expect(repeat).toEqual(first);
    expect(runs).toBe(1);
  });
});
