import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { batchedLookup } from '../db/batched-lookup.ts';
import type { Executor } from '../db/database.ts';
import { preparedQuery } from '../db/prepared.ts';
import { newId } from '../ids.ts';
import { sessions } from './sessions.tables.ts';

export interface SessionPolicy {
  idleMinutes: number;
  absoluteHours: number;
}

export type AccountKind = 'citizen' | 'staff';

export interface ActiveSession {
  id: string;
  accountKind: AccountKind;
  accountId: string;
  lastSeenAt: Date;
  expiresAt: Date;
}

/** 256 random bits, base64url: the cookie value. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** Opens a session and returns its token, which is never stored. */
export async function openSession(
  db: Executor,
  account: { kind: AccountKind; id: string },
  policy: SessionPolicy,
  now = new Date(),
): Promise<{ token: string; session: ActiveSession }> {
  const token = newSessionToken();
  const session: ActiveSession = {
    id: newId(),
    accountKind: account.kind,
    accountId: account.id,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + policy.absoluteHours * 3_600_000),
  };
  await db.insert(sessions).values({ ...session, tokenHash: hashToken(token), createdAt: now });
  return { token, session };
}

// Every signed-in request looks its session up: the lookups of one turn of the event loop share
// one prepared query (db/batched-lookup.ts).
const liveSessionsByTokenHash = preparedQuery((db) =>
  db
    .select({
      tokenHash: sessions.tokenHash,
      id: sessions.id,
      accountKind: sessions.accountKind,
      accountId: sessions.accountId,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
    })
    .from(sessions)
    .where(
      and(
        sql`${sessions.tokenHash} = any(${sql.placeholder('tokenHashes')})`,
        isNull(sessions.revokedAt),
      ),
    )
    .prepare('sessions_live_by_token_hash'),
);
const findLiveSession = batchedLookup(async (db, tokenHashes: readonly string[]) => {
  const rows = await liveSessionsByTokenHash(db).execute({ tokenHashes });
  return new Map(rows.map(({ tokenHash, ...session }) => [tokenHash, session]));
});

/**
 * The session a token belongs to, if it is neither revoked, past its absolute end, nor idle for
 * longer than the policy allows. Activity is recorded at most once a minute, to spare writes.
 */
export async function findActiveSession(
  db: Executor,
  token: string,
  policy: SessionPolicy,
  now = new Date(),
): Promise<ActiveSession | undefined> {
  const found = await findLiveSession(db, hashToken(token));
  if (!found) return undefined;
  const row: ActiveSession = { ...found };
  const idleUntil = row.lastSeenAt.getTime() + policy.idleMinutes * 60_000;
  if (now >= row.expiresAt || now.getTime() >= idleUntil) return undefined;
  if (now.getTime() - row.lastSeenAt.getTime() > 60_000) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, row.id));
    row.lastSeenAt = now;
  }
  return row;
}

/** Ends one session at once. */
export async function revokeSession(db: Executor, sessionId: string): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: sql`now()` })
    .where(eq(sessions.id, sessionId));
}

/** Ends every session of an account at once (account disabled, phone changed). */
export async function revokeAccountSessions(
  db: Executor,
  account: { kind: AccountKind; id: string },
): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: sql`now()` })
    .where(
      and(
        eq(sessions.accountKind, account.kind),
        eq(sessions.accountId, account.id),
        isNull(sessions.revokedAt),
      ),
    );
}
