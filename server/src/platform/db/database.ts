import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';

// DATE columns stay ISO `YYYY-MM-DD` strings: a date without time is never a JS Date at midnight.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
// BIGINT (int8) as a JS number would lose precision past 2^53; money stays in bigint-safe strings
// until a repository converts it deliberately.

export type Db = NodePgDatabase;
/** A Drizzle transaction handle; commands take it so their writes share one transaction. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Anything that can run a query: the database or an open transaction. */
export type Executor = Db | Tx;

export interface Database {
  pool: pg.Pool;
  db: Db;
  close(): Promise<void>;
}

/** Opens a connection pool to the given PostgreSQL server. */
export function openDatabase(options: { url: string; poolSize: number }): Database {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize,
    application_name: 'shebao',
    // The platform names only its key lookups and its group-commit statement (prepared.ts,
    // one-statement.ts). Left to choose, PostgreSQL plans each of them five times and then keeps
    // planning every execution whenever a plan that knows the values looks cheaper, as it does
    // for the person read that takes an array of keys: ~250 µs of planning per lookup under load,
    // more than running it (bench/README.md). Named statements are planned once per connection.
    options: '-c plan_cache_mode=force_generic_plan',
  });
  // A client losing its connection (server restart) must not crash the process: the pool drops
  // it and the query that used it fails with an error the caller handles.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  return { pool, db: drizzle({ client: pool }), close: () => pool.end() };
}

/** Creates the named database on the server if it does not exist yet. */
export async function ensureDatabaseExists(serverUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`create database "${name.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
