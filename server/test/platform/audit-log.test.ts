import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit, verifyAuditChain } from '../../src/platform/audit/index.ts';
import { createTestDatabase } from '../helpers/test-database.ts';

describe('audit log', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    for (let i = 0; i < 5; i++) {
      await database.db.transaction((tx) =>
        recordAudit(tx, {
          actor: { type: 'staff', id: `staff-${i}` },
          action: 'case.reviewed',
          subjectType: 'case',
          subjectId: `case-${i}`,
          data: { step: i, note: '审核通过', nested: { b: 1, a: [1, 2] } },
        }),
      );
    }
  });
  afterAll(() => database.drop());

  it('chains every entry to the one before it', async () => {
    expect(await verifyAuditChain(database.db)).toEqual({ ok: true, entries: 5 });
  });

  it('keeps a chain whole when entries are written concurrently', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        database.db.transaction((tx) =>
          recordAudit(tx, {
            actor: { type: 'system', id: 'load' },
            action: 'x',
            subjectType: 's',
            subjectId: `${i}`,
          }),
        ),
      ),
    );
    expect(await verifyAuditChain(database.db, 7)).toEqual({ ok: true, entries: 25 });
  });

  it('forgets an entry whose transaction rolled back', async () => {
    await expect(
      database.db.transaction(async (tx) => {
        await recordAudit(tx, {
          actor: { type: 'system', id: 't' },
          action: 'lost',
          subjectType: 's',
          subjectId: 'x',
        });
        throw new Error('business rule failed');
      }),
    ).rejects.toThrow('business rule failed');
    const { rows } = await database.pool.query(
      `select count(*)::int as n from audit_log where action = 'lost'`,
    );
    expect(rows[0].n).toBe(0);
  });

  it('refuses UPDATE, DELETE and TRUNCATE, even to the owner', async () => {
    await expect(database.pool.query(`update audit_log set action = 'forged'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(database.pool.query(`delete from audit_log`)).rejects.toThrow(/append-only/);
    await expect(database.pool.query(`truncate audit_log`)).rejects.toThrow(/append-only/);
  });

  it('names the first broken link when an entry is tampered with behind the trigger', async () => {
    const client = await database.pool.connect();
    try {
      // Only someone able to disable triggers (a superuser) can do this; the chain still tells.
      await client.query('alter table audit_log disable trigger audit_log_no_update_or_delete');
      await client.query(`update audit_log set data = '{"step": 99}' where seq = 3`);
      await client.query('alter table audit_log enable trigger audit_log_no_update_or_delete');
    } finally {
      client.release();
    }
    const report = await verifyAuditChain(database.db);
    expect(report).toMatchObject({
      ok: false,
      entries: 2,
      brokenAt: { seq: 3, reason: 'hash-mismatch' },
    });
  });
});
