import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database, type Db } from '../../src/platform/db/database.ts';
import {
  rememberFirstResponsesQuery,
  requestHash,
  runIdempotently,
  type HeldKey,
} from '../../src/platform/idempotency/index.ts';
import { createTestDatabase } from '../helpers/test-database.ts';

/**
 * runIdempotently with keys written with their change (SECURITY.md "Integrity and reliability"):
 * a command remembers its key and answer in the transaction that makes its change. Each test
 * makes a "change" (a row in a table of its own) as a real command would.
 */
describe('idempotency keys remembered with their change', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  /** A second process's connections to the same database. */
  let other: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
    other = openDatabase({ url: database.url, poolSize: 2 });
    await database.pool.query('create table changes (id serial primary key, note text not null)');
  });
  afterAll(async () => {
    await other.close();
    await database.drop();
  });

  /** A command that makes one change and remembers its answer with it, in one transaction. */
  const command =
    (db: Db, note: string, options: { before?: () => Promise<void> } = {}) =>
    async (held: HeldKey | undefined) => {
      const answer = { status: 201, body: { note } };
      await db.transaction(async (tx) => {
        await tx.execute(`insert into changes (note) values ('${note}')`);
        await options.before?.();
        if (held) await tx.execute(rememberFirstResponsesQuery([{ ...held, ...answer }]));
      });
      return { ...answer, remembered: held !== undefined };
    };
  const changes = async (note: string) =>
    (
      await database.pool.query<{ n: number }>(
        'select count(*)::int as n from changes where note = $1',
        [note],
      )
    ).rows[0]!.n;
  const hash = (body: unknown) => requestHash({ method: 'POST', route: '/x', body });

  it('replays the first answer to a repeat, which changes nothing', async () => {
    const options = { db: database.db, scope: 'citizen:a', key: 'k-1', hash: hash({ n: 1 }) };
    const first = await runIdempotently({ ...options, run: command(database.db, 'first') });
    // The repeat's own change would succeed; its key, remembered already, undoes it.
    const repeat = await runIdempotently({ ...options, run: command(database.db, 'repeat') });
    expect(first).toEqual({ status: 201, body: { note: 'first' } });
    expect(repeat).toEqual(first);
    expect(await changes('first')).toBe(1);
    expect(await changes('repeat')).toBe(0);
  });

  it('answers the first answer also to a repeat its checks refuse', async () => {
    const options = { db: database.db, scope: 'citizen:b', key: 'k-1', hash: hash({ n: 1 }) };
    await runIdempotently({ ...options, run: command(database.db, 'b-first') });
    const repeat = await runIdempotently({
      ...options,
      run: () => Promise.reject(new Error('already applied')),
    });
    expect(repeat).toEqual({ status: 201, body: { note: 'b-first' } });
  });

  it('refuses the key with another request: 422 IDEMPOTENCY_KEY_REUSED', async () => {
    const options = { db: database.db, scope: 'citizen:c', key: 'k-1' };
    await runIdempotently({ ...options, hash: hash({ n: 1 }), run: command(database.db, 'c-1') });
    await expect(
      runIdempotently({ ...options, hash: hash({ n: 2 }), run: command(database.db, 'c-2') }),
    ).rejects.toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
    expect(await changes('c-2')).toBe(0);
  });

  it('keeps nothing of a refused first request: the key may be used again', async () => {
    const options = { db: database.db, scope: 'citizen:d', key: 'k-1', hash: hash({ n: 1 }) };
    const refusal = new Error('not eligible');
    await expect(runIdempotently({ ...options, run: () => Promise.reject(refusal) })).rejects.toBe(
      refusal,
    );
    await expect(
      runIdempotently({ ...options, run: command(database.db, 'd-1') }),
    ).resolves.toEqual({ status: 201, body: { note: 'd-1' } });
  });

  it('answers 409 IDEMPOTENCY_KEY_IN_FLIGHT to a repeat while the first runs in this process', async () => {
    let finish: () => void = () => undefined;
    const running = new Promise<void>((resolve) => (finish = resolve));
    const options = { db: database.db, scope: 'citizen:e', key: 'slow', hash: hash({ n: 1 }) };
    const first = runIdempotently({
      ...options,
      run: command(database.db, 'e-first', { before: () => running }),
    });
    const repeats = await Promise.allSettled(
      Array.from({ length: 4 }, () =>
        runIdempotently({ ...options, run: command(database.db, 'e-repeat') }),
      ),
    );
    for (const repeat of repeats)
      expect(repeat).toMatchObject({
        status: 'rejected',
        reason: { code: 'IDEMPOTENCY_KEY_IN_FLIGHT' },
      });
    finish();
    await expect(first).resolves.toEqual({ status: 201, body: { note: 'e-first' } });
    await expect(
      runIdempotently({ ...options, run: command(database.db, 'e-later') }),
    ).resolves.toEqual({ status: 201, body: { note: 'e-first' } });
    expect(await changes('e-first')).toBe(1);
    expect((await changes('e-repeat')) + (await changes('e-later'))).toBe(0);
  });

  it('orders two processes running one key at once: the second waits, then replays the first', async () => {
    let commitFirst: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (commitFirst = resolve));
    let firstWrote: () => void = () => undefined;
    const written = new Promise<void>((resolve) => (firstWrote = resolve));
    const options = { scope: 'citizen:f', key: 'k-1', hash: hash({ n: 1 }) };
    const first = runIdempotently({
      ...options,
      db: database.db,
      run: async (key) => {
        const answer = { status: 201, body: { note: 'f-first' } };
        await database.db.transaction(async (tx) => {
          await tx.execute(`insert into changes (note) values ('f-first')`);
          await tx.execute(rememberFirstResponsesQuery([{ ...key!, ...answer }]));
          firstWrote();
          await held;
        });
        return { ...answer, remembered: true };
      },
    });
    await written;
    // The other process has no word of the first: its write waits on the uncommitted key.
    const second = runIdempotently({
      ...options,
      db: other.db,
      run: command(other.db, 'f-second'),
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    commitFirst();
    expect(await first).toEqual({ status: 201, body: { note: 'f-first' } });
    expect(await second).toEqual({ status: 201, body: { note: 'f-first' } });
    expect(await changes('f-first')).toBe(1);
    expect(await changes('f-second')).toBe(0);
  });

  it('remembers the answers of many requests in one statement', async () => {
    const answers = Array.from({ length: 8 }, (_, i) => ({
      scope: `citizen:g-${i}`,
      key: 'k-1',
      hash: `hash-${i}`,
      status: 201,
      body: { n: i },
    }));
    await database.db.execute(rememberFirstResponsesQuery(answers));
    const replays = await Promise.all(
      answers.map(({ scope, key, hash: h }) =>
        runIdempotently({
          db: database.db,
          scope,
          key,
          hash: h,
          run: () => Promise.reject(new Error('a repeat')),
        }),
      ),
    );
    expect(replays).toEqual(answers.map(({ body }) => ({ status: 201, body })));
  });

  it('refuses a keyed command that does not remember its answer', async () => {
    await expect(
      runIdempotently({
        db: database.db,
        scope: 'citizen:h',
        key: 'k-1',
        hash: hash({ n: 1 }),
        run: async () => ({ status: 201, body: {} }),
      }),
    ).rejects.toThrow(/must remember its answer/);
  });
});
