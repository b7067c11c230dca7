import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/platform/db/database.ts';
import { newId } from '../../src/platform/ids.ts';
import {
  findActiveSession,
  openSession,
  revokeSession,
} from '../../src/platform/auth/session-store.ts';
import { statementsDuring } from '../helpers/statements.ts';
import { createTestDatabase } from '../helpers/test-database.ts';

const policy = { idleMinutes: 30, absoluteHours: 12 };

describe('session lookups, batched per turn of the event loop', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  const opened: { token: string; accountId: string }[] = [];
  beforeAll(async () => {
    database = await createTestDatabase();
    for (let i = 0; i < 30; i++) {
      const accountId = newId();
      const { token } = await openSession(database.db, { kind: 'citizen', id: accountId }, policy);
      opened.push({ token, accountId });
    }
  });
  afterAll(() => database.drop());

  it('answers every request of one turn with one query, each with its own session', async () => {
    let result: Awaited<ReturnType<typeof findActiveSession>>[] = [];
    const statements = await statementsDuring(async () => {
      result = await Promise.all([
        ...opened.map(({ token }) => findActiveSession(database.db, token, policy)),
        findActiveSession(database.db, 'not-a-token', policy),
        // The same token twice in one turn: both get it.
        findActiveSession(database.db, opened[0]!.token, policy),
      ]);
    });
    expect(statements.filter((text) => /from "sessions"/.test(text))).toHaveLength(1);
    expect(result.slice(0, 30).map((session) => session?.accountId)).toEqual(
      opened.map((o) => o.accountId),
    );
    expect(result[30]).toBeUndefined();
    expect(result[31]?.accountId).toBe(opened[0]!.accountId);
  });

  it('caches nothing: a session revoked a moment ago is refused on the next request', async () => {
    const { token } = opened[1]!;
    const before = await findActiveSession(database.db, token, policy);
    expect(before).toBeDefined();
    await revokeSession(database.db, before!.id);
    expect(await findActiveSession(database.db, token, policy)).toBeUndefined();
  });

  it('inside a transaction, sees the session that transaction just opened', async () => {
    const accountId = newId();
    await database.db
      .transaction(async (tx) => {
        const { token } = await openSession(tx, { kind: 'staff', id: accountId }, policy);
        expect((await findActiveSession(tx, token, policy))?.accountId).toBe(accountId);
        tx.rollback();
      })
      .catch((error: unknown) => {
        if (!/rollback/i.test(String(error))) throw error;
      });
  });

  it('still ends an idle session and an expired one', async () => {
    const { token } = opened[2]!;
    const later = (minutes: number) => new Date(Date.now() + minutes * 60_000);
    expect(await findActiveSession(database.db, token, policy, later(31))).toBeUndefined();
    expect(
      await findActiveSession(
        database.db,
        token,
        { ...policy, idleMinutes: 60 * 24 },
        later(13 * 60),
      ),
    ).toBeUndefined();
  });

  it('is planned once per connection, not again for every batch of tokens', async () => {
    // One connection, so that the statement's counters below are those of every lookup.
    const single = openDatabase({ url: database.url, poolSize: 1 });
    try {
      for (let batch = 1; batch <= 8; batch++)
        await Promise.all(
          opened.slice(0, batch).map(({ token }) => findActiveSession(single.db, token, policy)),
        );
      const { rows } = await single.pool.query<{ generic_plans: string; custom_plans: string }>(
        `select generic_plans, custom_plans from pg_prepared_statements
          where name = 'sessions_live_by_token_hash'`,
      );
      expect(rows).toEqual([{ generic_plans: '8', custom_plans: '0' }]);
    } finally {
      await single.close();
    }
  });
});
