import { createHash } from 'node:crypto';
import DataLoader from 'dataloader';
import { and, eq, isNull, lt, sql, type SQL } from 'drizzle-orm';
import { canonicalJson } from '../audit/index.ts';
import type { Db } from '../db/database.ts';
import { preparedQuery } from '../db/prepared.ts';
import { AppError } from '../errors/app-error.ts';
import { idempotencyKeys } from './idempotency.tables.ts';

/** A first response, as it is remembered and replayed. */
export interface IdempotentResponse {
  status: number;
  body: unknown;
}

/** The key a first request holds while it runs: whose answer is to be remembered under it. */
export interface ClaimedKey {
  scope: string;
  key: string;
  /** The request's hash, as claimed (requestHash). */
  hash: string;
}

/** After this long an unfinished first request (its process died) no longer blocks the key. */
const IN_FLIGHT_TIMEOUT_MS = 60_000;

interface Claim extends ClaimedKey {
  createdAt: Date;
}

/**
 * Claims keys: the claims of one turn of the event loop in one statement (like the batched
 * lookups, platform/db/batched-lookup.ts). Each claim learns whether it now holds its key; of two
 * claims of the same key in one turn only the first does, as if they had come one after the other.
 */
const claimers = new WeakMap<Db, DataLoader<Claim, boolean>>();
function claimKey(db: Db, claim: Claim): Promise<boolean> {
  let claimer = claimers.get(db);
  if (claimer === undefined) {
    claimer = new DataLoader<Claim, boolean>(
      async (claims) => {
        const rows = claims.map((c) => ({
          scope: c.scope,
          key: c.key,
          hash: c.hash,
          created_at: c.createdAt.toISOString(),
        }));
        const { rows: won } = await db.execute<{ scope: string; key: string }>(sql`
          insert into idempotency_keys (scope, key, request_hash, created_at)
          select c.scope, c.key, c.hash, c.created_at
            from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
              as c(scope text, key text, hash text, created_at timestamptz)
          on conflict do nothing
          returning scope, key`);
        const held = new Set(won.map(keyId));
        return claims.map((claim) => held.delete(keyId(claim)));
      },
      { cache: false, maxBatchSize: 256, batchScheduleFn: (run) => setImmediate(run) },
    );
    claimers.set(db, claimer);
  }
  return claimer.load(claim);
}
const keyId = ({ scope, key }: { scope: string; key: string }) => `${scope}\u0000${key}`;

// Every keyed request stores its answer (unless its command did): built once (db/prepared.ts).
const storeResponse = preparedQuery((db) =>
  db
    .update(idempotencyKeys)
    .set({
      responseStatus: sql`${sql.placeholder('status')}`,
      responseBody: sql`${sql.placeholder('body')}`,
    })
    .where(
      and(
        eq(idempotencyKeys.scope, sql.placeholder('scope')),
        eq(idempotencyKeys.key, sql.placeholder('key')),
      ),
    )
    .prepare('idempotency_store_response'),
);

/**
 * The query that remembers first responses, one statement for any number, for a command that
 * writes its change and its answer together in one statement (platform/db/one-statement.ts) —
 * one commit fewer than storing the answer after it; the command then tells runIdempotently so by
 * returning `stored: true`.
 *
 * Written as an upsert on the primary key, not an UPDATE joined to the rows: PostgreSQL guesses
 * 100 rows for jsonb_to_recordset, and against tens of thousands of remembered keys it joined
 * them by reading the whole table (4 ms a batch at 20,000 keys, growing with the table); an
 * upsert finds each key through its conflict index whatever the table's size or statistics.
 * The claim's row is always there; were it not, the answer is remembered all the same.
 */
export function storeFirstResponsesQuery(
  responses: readonly (ClaimedKey & IdempotentResponse)[],
): SQL {
  const rows = responses.map(({ scope, key, hash, status, body }) => ({
    scope,
    key,
    hash,
    status,
    body: JSON.stringify(body),
  }));
  return sql`
    insert into idempotency_keys as k
           (scope, key, request_hash, created_at, response_status, response_body)
    select r.scope, r.key, r.hash, now(), r.status, r.body
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
        as r(scope text, key text, hash text, status int, body text)
        on conflict (scope, key) do update
       set response_status = excluded.response_status, response_body = excluded.response_body
    returning k.key`;
}

/** The hash that tells whether a repeat is the same request. */
export function requestHash(request: { method: string; route: string; body: unknown }): string {
  return createHash('sha256')
    .update(canonicalJson({ method: request.method, route: request.route, body: request.body }))
    .digest('hex');
}

/**
 * Runs a creating request at most once per `(scope, key)` (SECURITY.md): a repeat with the same
 * request gets the first successful response again; another request under the same key gets 422
 * IDEMPOTENCY_KEY_REUSED; a repeat while the first is running gets 409 IDEMPOTENCY_KEY_IN_FLIGHT.
 * A refused or failed first request releases the key, so that the caller may try again.
 * Without a key, `run` simply runs. `run` is given the key it holds, and may store its answer in
 * its own statement (storeFirstResponsesQuery) and say so with `stored: true`.
 */
export async function runIdempotently({
  db,
  scope,
  key,
  hash,
  run,
  now = new Date(),
}: {
  db: Db;
  scope: string;
  key: string | undefined;
  hash: string;
  run: (claimed: ClaimedKey | undefined) => Promise<IdempotentResponse & { stored?: boolean }>;
  now?: Date;
}): Promise<IdempotentResponse> {
  if (key === undefined) return run(undefined);
  if (!(await claimKey(db, { scope, key, hash, createdAt: now }))) {
    const replay = await answerRepeat({ db, scope, key, hash, now });
    if (replay) return replay;
  }
  const where = and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key));
  let response: IdempotentResponse & { stored?: boolean };
  try {
    response = await run({ scope, key, hash });
  } catch (error) {
    await db.delete(idempotencyKeys).where(where);
    throw error;
  }
  if (response.stored) return { status: response.status, body: response.body };
  await storeResponse(db).execute({
    scope,
    key,
    status: response.status,
    body: JSON.stringify(response.body),
  });
  return response;
}

// The stored first response, an error, or undefined when a dead first request was taken over.
async function answerRepeat({
  db,
  scope,
  key,
  hash,
  now,
}: {
  db: Db;
  scope: string;
  key: string;
  hash: string;
  now: Date;
}): Promise<IdempotentResponse | undefined> {
  const where = and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key));
  const [first] = await db.select().from(idempotencyKeys).where(where);
  if (!first) throw new AppError('IDEMPOTENCY_KEY_IN_FLIGHT');
  if (first.requestHash !== hash) throw new AppError('IDEMPOTENCY_KEY_REUSED');
  if (first.responseStatus !== null) {
    return { status: first.responseStatus, body: JSON.parse(first.responseBody ?? 'null') };
  }
  const takenOver = await db
    .update(idempotencyKeys)
    .set({ createdAt: now })
    .where(
      and(
        where,
        isNull(idempotencyKeys.responseStatus),
        lt(idempotencyKeys.createdAt, new Date(now.getTime() - IN_FLIGHT_TIMEOUT_MS)),
      ),
    )
    .returning({ key: idempotencyKeys.key });
  if (takenOver.length === 0) throw new AppError('IDEMPOTENCY_KEY_IN_FLIGHT');
  return undefined;
}
