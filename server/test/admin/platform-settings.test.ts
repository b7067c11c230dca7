import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/platform/errors/app-error.ts';
import { changeSetting, getSetting, readSetting } from '../../src/platform/settings/index.ts';
import { createTestDatabase } from '../helpers/test-database.ts';

describe('platform settings: defaults, versions, audit', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  const actor = { type: 'admin' as const, id: 'admin-1' };
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it('answers the default, at version 0, until a value is saved', async () => {
    expect(await getSetting(database.db, 'deadlines')).toEqual({ dueSoonWorkingDays: 3 });
    expect(await readSetting(database.db, 'security')).toMatchObject({
      value: { passwordRotationDays: null },
      version: 0,
      updatedBy: null,
    });
  });

  it('saves with the version seen, audits old and new value, and refuses a stale version', async () => {
    const first = await changeSetting({
      db: database.db,
      actor,
      key: 'deadlines',
      value: { dueSoonWorkingDays: 5 },
      version: 0,
    });
    expect(first).toMatchObject({ version: 1, value: { dueSoonWorkingDays: 5 } });
    const second = await changeSetting({
      db: database.db,
      actor,
      key: 'deadlines',
      value: { dueSoonWorkingDays: 2 },
      version: 1,
    });
    expect(second.version).toBe(2);
    expect(await getSetting(database.db, 'deadlines')).toEqual({ dueSoonWorkingDays: 2 });

    const stale = changeSetting({
      db: database.db,
      actor,
      key: 'deadlines',
      value: { dueSoonWorkingDays: 9 },
      version: 1,
    });
    await expect(stale).rejects.toMatchObject({ code: 'CONFLICT', details: { version: 2 } });
    expect(await getSetting(database.db, 'deadlines')).toEqual({ dueSoonWorkingDays: 2 });

    const { rows } = await database.pool.query(
      `select actor_type, actor_id, subject_id, data from audit_log
        where action = 'platform-setting.changed' order by seq`,
    );
    expect(rows).toEqual([
      {
        actor_type: 'admin',
        actor_id: 'admin-1',
        subject_id: 'deadlines',
        data: { from: { dueSoonWorkingDays: 3 }, to: { dueSoonWorkingDays: 5 }, version: 1 },
      },
      {
        actor_type: 'admin',
        actor_id: 'admin-1',
        subject_id: 'deadlines',
        data: { from: { dueSoonWorkingDays: 5 }, to: { dueSoonWorkingDays: 2 }, version: 2 },
      },
    ]);
  });

  it('lets exactly one of two first saves of the same version win', async () => {
    const results = await Promise.allSettled(
      [30, 90].map((days) =>
        changeSetting({
          db: database.db,
          actor,
          key: 'security',
          value: { passwordRotationDays: days },
          version: 0,
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected');
    expect((refused as PromiseRejectedResult).reason).toBeInstanceOf(AppError);
    expect(((refused as PromiseRejectedResult).reason as AppError).code).toBe('CONFLICT');
    expect((await readSetting(database.db, 'security')).version).toBe(1);
  });

  it('refuses a value outside its schema before writing anything', async () => {
    await expect(
      changeSetting({
        db: database.db,
        actor,
        key: 'security',
        value: { passwordRotationDays: 7 },
        version: 1,
      }),
    ).rejects.toThrow();
    expect((await readSetting(database.db, 'security')).version).toBe(1);
  });
});
