import { createHash } from 'node:crypto';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import { canonicalJson } from '../audit/index.ts';
import type { Db } from '../db/database.ts';
import { AppError } from '../errors/app-error.ts';
import { idempotencyKeys } from './idempotency.tables.ts';

/** A first response, as it is remembered and replayed. */
export interface IdempotentResponse {
  status: number;
  body: unknown;
}

/** The key a request holds while it runs, to be remembered with its change and its answer. */
export interface HeldKey {
  scope: string;
  key: string;
  /** The request's hash (requestHash). */
  hash: string;
}

/**
 * The query that remembers first responses under their keys, one statement for any number. The
 * command runs it in the transaction that makes its change (for the transfer submission, in its
 * group-commit statement: platform/db/one-statement.ts), so that a key is remembered exactly when
 * its change is committed. A plain insert: a key that is already remembered fails the statement —
 * and with it the change — with a unique violation, which runIdempotently answers with the first
 * response.
 */
export function rememberFirstResponsesQuery(
  responses: readonly (HeldKey & IdempotentResponse)[],
): SQL {
  const rows = responses.map(({ scope, key, hash, status, body }) => ({
    scope,
    key,
    hash,
    status,
    body: JSON.stringify(body),
  }));
  return sql`
    insert into idempotency_keys (scope, key, request_hash, created_at, response_status, response_body)
    select r.scope, r.key, r.hash, now(), r.status, r.body
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
        as r(scope text, key text, hash text, status int, body text)
    returning key`;
}

/** The hash that tells whether a repeat is the same request. */
export function requestHash(request: { method: string; route: string; body: unknown }): string {
  return createHash('sha256')
    .update(canonicalJson({ method: request.method, route: request.route, body: request.body }))
    .digest('hex');
}

/** The keys whose first request is running in this process, per database. */
const running = new WeakMap<Db, Set<string>>();

/**
 * Runs a creating request at most once per `(scope, key)` (SECURITY.md): a repeat with the same
 * request gets the first successful response again; another request under the same key gets 422
 * IDEMPOTENCY_KEY_REUSED; a repeat while the first is running gets 409 IDEMPOTENCY_KEY_IN_FLIGHT.
 * Without a key, `run` simply runs.
 *
 * With a key, `run` must remember its answer in the transaction that makes its change
 * (rememberFirstResponsesQuery) and say so with `remembered: true`. A key is therefore never held
 * in the database without its change and its answer: nothing is written before the work, a
 * refused or failed request leaves nothing to release, and no claim of a dead process blocks the
 * key. A repeat shows itself by failing — its checks refuse (the first request already changed
 * things) or its write meets the remembered key — and is then answered from the first response.
 * Within a process, a repeat arriving while the first runs is told 409 at once; across processes,
 * the database orders them: the second write waits for the first to commit, then meets its key.
 *
 * Why not claim the key first: the claim was a write and a commit of its own before every keyed
 * request, and under load it cost ~15% of the submissions' throughput (bench/README.md).
 */
export async function runIdempotently({
  db,
  scope,
  key,
  hash,
  run,
}: {
  db: Db;
  scope: string;
  key: string | undefined;
  hash: string;
  run: (held: HeldKey | undefined) => Promise<IdempotentResponse & { remembered?: boolean }>;
}): Promise<IdempotentResponse> {
  if (key === undefined) return run(undefined);
  let inProcess = running.get(db);
  if (inProcess === undefined) running.set(db, (inProcess = new Set()));
  const id = `${scope}\u0000${key}`;
  if (inProcess.has(id)) throw new AppError('IDEMPOTENCY_KEY_IN_FLIGHT');
  inProcess.add(id);
  try {
    const { status, body, remembered } = await run({ scope, key, hash });
    if (!remembered) throw new Error(`a keyed command must remember its answer (${scope})`);
    return { status, body };
  } catch (error) {
    const first = await firstResponse(db, scope, key).catch(() => undefined);
    if (first === undefined) throw error;
    if (first.hash !== hash) throw new AppError('IDEMPOTENCY_KEY_REUSED');
    return first.response;
  } finally {
    inProcess.delete(id);
  }
}

/** The response remembered under a key, with the hash of the request that made it. */
async function firstResponse(
  db: Db,
  scope: string,
  key: string,
): Promise<{ hash: string; response: IdempotentResponse } | undefined> {
  const [first] = await db
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key)));
  if (first === undefined) return undefined;
  return {
    hash: first.requestHash,
    response: { status: first.responseStatus, body: JSON.parse(first.responseBody) },
  };
}
