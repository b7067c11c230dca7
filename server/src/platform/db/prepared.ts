import type { Executor } from './database.ts';

/**
 * A query that Drizzle builds once per database instead of on every call. Building a select from
 * the table objects costs more CPU than running it (~250 µs against ~80 µs for a one-row read,
 * bench/README.md), so the hot reads are written with `sql.placeholder`s for their values and
 * `.prepare(name)`d here; PostgreSQL then also parses and plans them once per connection.
 *
 * Drizzle binds a prepared query to the connection it was built on: inside a transaction the
 * query is built again for that transaction, which costs what an unprepared query costs.
 */
export function preparedQuery<Query>(build: (db: Executor) => Query): (db: Executor) => Query {
  const built = new WeakMap<Executor, Query>();
  return (db) => {
    let query = built.get(db);
    if (query === undefined) {
      query = build(db);
      built.set(db, query);
    }
    return query;
  };
}
