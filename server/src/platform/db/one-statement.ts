import { createHash } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type pg from 'pg';
import type { Db } from './database.ts';

const dialect = new PgDialect();

/**
 * Runs several writes as one statement: each query (an INSERT or UPDATE with RETURNING, or a
 * SELECT of a function that writes, such as graphile-worker's add_jobs or audit_append) becomes a
 * part of one WITH query. The statement is its own transaction: everything is written, or
 * nothing, in one round trip instead of one per write plus BEGIN and COMMIT.
 *
 * The parts see one snapshot and run in no set order, so none may depend on another's effect;
 * a function that must see the newest committed data reads it in statements of its own
 * (audit_append does). Every part is read by the final SELECT, so each runs exactly once.
 *
 * Parts that pass their rows as one JSON parameter give the same text every time: the statement
 * is then named by its text and PostgreSQL parses and plans it once per connection.
 */
export async function writeInOneStatement(db: Db, parts: readonly SQL[]): Promise<void> {
  if (parts.length === 0) return;
  const names = parts.map((_, i) => sql.raw(`part_${i}`));
  const { sql: text, params } = dialect.sqlToQuery(
    sql`with ${sql.join(
      parts.map((part, i) => sql`${names[i]!} as (${part})`),
      sql`, `,
    )} select ${sql.join(
      names.map((name) => sql`(select count(*) from ${name})`),
      sql`, `,
    )}`,
  );
  const name = `one_statement_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
  // Drizzle has no named statements for raw SQL: the pool it was opened on (database.ts) runs it.
  await (db as Db & { $client: pg.Pool }).$client.query({ name, text, values: params });
}
