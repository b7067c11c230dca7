import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../helpers/test-database.ts';
import { fundTransfer, post, type TestDatabase } from './ledger-helpers.ts';

/** What the database itself refuses, whatever the application's code does. */
describe('fund ledger tables', () => {
  let database: TestDatabase;
  let entryId: string;
  beforeAll(async () => {
    database = await createTestDatabase();
    const posted = await post(database, fundTransfer());
    entryId = posted.entryId!;
  });
  afterAll(() => database.drop());

  it.each(['ledger_accounts', 'ledger_entries', 'ledger_lines'])(
    'refuses UPDATE, DELETE and TRUNCATE of %s, even to the owner',
    async (table) => {
      const column = table === 'ledger_lines' ? 'line_no' : 'id';
      const value = table === 'ledger_lines' ? '9' : 'gen_random_uuid()';
      await expect(database.pool.query(`update ${table} set ${column} = ${value}`)).rejects.toThrow(
        `${table} is append-only: UPDATE is not allowed`,
      );
      await expect(database.pool.query(`delete from ${table}`)).rejects.toThrow(
        `${table} is append-only: DELETE is not allowed`,
      );
      await expect(database.pool.query(`truncate ${table} cascade`)).rejects.toThrow(
        /is append-only: TRUNCATE is not allowed/,
      );
    },
  );

  it('refuses an amount of zero fen', async () => {
    await expect(
      database.pool.query(
        `insert into ledger_lines (id, entry_id, line_no, account_id, amount_fen)
         select gen_random_uuid(), $1, 5, id, 0 from ledger_accounts limit 1`,
        [entryId],
      ),
    ).rejects.toThrow(/ledger_lines_amount_check/);
  });

  /** Writes an entry and the given lines in one transaction, as code bypassing the command could. */
  async function writeEntry(amounts: number[]): Promise<void> {
    const client = await database.pool.connect();
    try {
      await client.query('begin');
      const { rows } = await client.query(
        `insert into ledger_entries (id, posted_at, kind, reference_type, reference_id,
           description, actor_type, actor_id, prev_hash, hash)
         values (gen_random_uuid(), now(), 'fund-transfer', 'transfer-application',
           gen_random_uuid()::text, 'hand-written', 'staff', 'x', gen_random_uuid()::text, 'x')
         returning id`,
      );
      for (const [index, amount] of amounts.entries()) {
        await client.query(
          `insert into ledger_lines (id, entry_id, line_no, account_id, amount_fen)
           select gen_random_uuid(), $1, $2, id, $3 from ledger_accounts order by id limit 1`,
          [rows[0].id, index + 1, amount],
        );
      }
      await client.query('commit');
    } catch (error) {
      await client.query('rollback');
      throw error;
    } finally {
      client.release();
    }
  }

  it('refuses at commit an entry whose lines do not sum to zero', async () => {
    await expect(writeEntry([100, -99])).rejects.toThrow(
      /does not balance: 2 lines summing to 1 fen/,
    );
    await expect(writeEntry([100])).rejects.toThrow(/does not balance: 1 lines summing to 100/);
    await expect(writeEntry([])).rejects.toThrow(/does not balance: 0 lines summing to 0/);
  });

  it('accepts a balanced entry, whatever order its lines are written in', async () => {
    await writeEntry([-70, 100, -30]);
    const { rows } = await database.pool.query(
      `select count(*)::int as entries from ledger_entries where description = 'hand-written'`,
    );
    expect(rows[0].entries).toBe(1);
  });

  it('refuses a line added later to a committed entry', async () => {
    await expect(
      database.pool.query(
        `insert into ledger_lines (id, entry_id, line_no, account_id, amount_fen)
         select gen_random_uuid(), $1, 9, id, 1 from ledger_accounts limit 1`,
        [entryId],
      ),
    ).rejects.toThrow(/does not balance: 5 lines summing to 1 fen/);
  });

  it('refuses a second entry linking to the same predecessor: the chain cannot fork', async () => {
    await expect(
      database.pool.query(
        `insert into ledger_entries (id, posted_at, kind, reference_type, reference_id,
           description, actor_type, actor_id, prev_hash, hash)
         values (gen_random_uuid(), now(), 'fund-transfer', 'transfer-application',
           gen_random_uuid()::text, 'fork', 'staff', 'x', null, 'x')`,
      ),
    ).rejects.toThrow(/ledger_entries_prev_hash_key/);
  });
});
