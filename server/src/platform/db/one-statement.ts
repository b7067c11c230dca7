import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from './database.ts';

/**
 * Runs several writes as one statement: each query (an INSERT or UPDATE with RETURNING, or a
 * SELECT of a function that writes, such as graphile-worker's add_jobs or audit_append) becomes a
 * part of one WITH query. Outside a transaction the statement is its own transaction: everything
 * is written, or nothing, in one round trip instead of one per write plus BEGIN and COMMIT.
 *
 * The parts see one snapshot and run in no set order, so none may depend on another's effect;
 * a function that must see the newest committed data reads it in statements of its own
 * (audit_append does). Every part is read by the final SELECT, so each runs exactly once.
 */
export async function writeInOneStatement(db: Executor, parts: readonly SQL[]): Promise<void> {
  if (parts.length === 0) return;
  const names = parts.map((_, i) => sql.raw(`part_${i}`));
  await db.execute(
    sql`with ${sql.join(
      parts.map((part, i) => sql`${names[i]!} as (${part})`),
      sql`, `,
    )} select ${sql.join(
      names.map((name) => sql`(select count(*) from ${name})`),
      sql`, `,
    )}`,
  );
}
