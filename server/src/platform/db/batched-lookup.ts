import DataLoader from 'dataloader';
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Db, Executor } from './database.ts';

/** The largest batch one query answers; more waiting lookups make further batches. */
const MAX_BATCH = 256;

/**
 * A read that nearly every request makes (its session, the person its account acts for), answered
 * for all the requests that arrive in one turn of the event loop by one query. On this kind of
 * machine a round trip to PostgreSQL costs more CPU than the read itself (bench/README.md), and
 * under load dozens of requests are parsed in the same turn.
 *
 * Nothing is cached: a lookup waits at most for the end of the current turn (setImmediate) and
 * sees the database as it is when its batch runs, as an unbatched read would. Inside a
 * transaction the read must see the transaction's own writes, so it runs on its own there.
 *
 * `load` answers a batch of distinct keys with the values it found; a key it leaves out is
 * "not found" (undefined).
 */
export function batchedLookup<Key, Value>(
  load: (db: Executor, keys: readonly Key[]) => Promise<ReadonlyMap<Key, Value>>,
): (db: Executor, key: Key) => Promise<Value | undefined> {
  const loaders = new WeakMap<Db, DataLoader<Key, Value | undefined>>();
  const loaderFor = (db: Db) => {
    let loader = loaders.get(db);
    if (loader === undefined) {
      loader = new DataLoader(
        async (keys) => {
          const found = await load(db, [...new Set(keys)]);
          return keys.map((key) => found.get(key));
        },
        { cache: false, maxBatchSize: MAX_BATCH, batchScheduleFn: (run) => setImmediate(run) },
      );
      loaders.set(db, loader);
    }
    return loader;
  };
  return async (db, key) => {
    if (db instanceof PgTransaction) return (await load(db, [key])).get(key);
    return loaderFor(db).load(key);
  };
}
