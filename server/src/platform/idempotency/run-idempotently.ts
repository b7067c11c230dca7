import { createHash } from 'node:crypto';
import { and, eq, isNull, lt, sql } from 'drizzle-orm';
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

/** After this long an unfinished first request (its process died) no longer blocks the key. */
const IN_FLIGHT_TIMEOUT_MS = 60_000;

// Every keyed submission claims its key and stores its answer: built once (db/prepared.ts).
const claimKey = preparedQuery((db) =>
  db
    .insert(idempotencyKeys)
    .values({
      scope: sql.placeholder('scope'),
      key: sql.placeholder('key'),
      requestHash: sql.placeholder('hash'),
      createdAt: sql.placeholder('createdAt'),
    })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key })
    .prepare('idempotency_claim_key'),
);
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
 * Without a key, `run` simply runs.
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
  run: () => Promise<IdempotentResponse>;
  now?: Date;
}): Promise<IdempotentResponse> {
  if (key === undefined) return run();
  const claimed = await claimKey(db).execute({ scope, key, hash, createdAt: now });
  if (claimed.length === 0) {
    const replay = await answerRepeat({ db, scope, key, hash, now });
    if (replay) return replay;
  }
  const where = and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key));
  let response: IdempotentResponse;
  try {
    response = await run();
  } catch (error) {
    await db.delete(idempotencyKeys).where(where);
    throw error;
  }
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
