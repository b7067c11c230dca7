import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FundTransfer } from '../../src/modules/ledger/index.ts';
import { createTestDatabase } from '../helpers/test-database.ts';
import { fundTransfer, post, tamper, verify, type TestDatabase } from './ledger-helpers.ts';

describe('verifying the fund ledger', () => {
  let database: TestDatabase;
  /** Five transfers as the transfer process computed them, all posted: entries #1 to #5. */
  let computed: FundTransfer[];
  beforeEach(async () => {
    database = await createTestDatabase();
    computed = [
      fundTransfer({ pooledFundFen: 1_000_00, individualAccountFen: 500_00 }),
      fundTransfer({ fromRegionCode: '310100', toRegionCode: '110100', individualAccountFen: 0 }),
      fundTransfer({ scheme: 'medical', pooledFundFen: 0, individualAccountFen: 3_210 }),
      fundTransfer({ fromRegionCode: '110100', toRegionCode: '440100' }),
      fundTransfer({ pooledFundFen: 9_007_199_254_740_993n, individualAccountFen: 1n }),
    ];
    for (const transfer of computed) await post(database, transfer);
  });
  afterEach(() => database.drop());

  const entryIdOf = async (seq: number): Promise<string> =>
    (await database.pool.query(`select id from ledger_entries where seq = $1`, [seq])).rows[0].id;

  it('passes when every transfer moved exactly what was computed', async () => {
    expect(await verify(database, computed)).toEqual({ ok: true, entries: 5, transfers: 5 });
    // A provider is read inside the verifier's snapshot, and may stream.
    expect(
      await verify(database, async function* () {
        yield* computed;
      }),
    ).toEqual({ ok: true, entries: 5, transfers: 5 });
  });

  it('names the entry whose amount was changed behind the trigger', async () => {
    await tamper(
      database,
      'ledger_lines',
      `update ledger_lines set amount_fen = amount_fen + 1
       where entry_id = (select id from ledger_entries where seq = 3) and amount_fen > 0`,
    );
    expect(await verify(database, computed)).toEqual({
      ok: false,
      entries: 2,
      problem: {
        reason: 'hash-mismatch',
        entry: {
          seq: 3,
          id: await entryIdOf(3),
          referenceType: 'transfer-application',
          referenceId: computed[2]!.applicationId,
        },
        applicationId: computed[2]!.applicationId,
        detail: 'its content or one of its lines was changed',
      },
    });
  });

  it('names the entry whose fund account was changed behind the trigger', async () => {
    // Redirect the transfer-in pooled fund of Beijing to another city: entries #2 and #4 use it.
    await tamper(
      database,
      'ledger_accounts',
      `update ledger_accounts set region_code = '120100'
       where region_code = '110100' and kind = 'pooled-fund'`,
    );
    expect(await verify(database, computed)).toMatchObject({
      ok: false,
      entries: 1,
      problem: { reason: 'hash-mismatch', entry: { seq: 2 } },
    });
  });

  it('names the entry after one that was deleted: its link is broken', async () => {
    await tamper(
      database,
      'ledger_lines',
      `delete from ledger_lines where entry_id = (select id from ledger_entries where seq = 2)`,
    );
    await tamper(database, 'ledger_entries', `delete from ledger_entries where seq = 2`);
    expect(await verify(database, computed)).toMatchObject({
      ok: false,
      entries: 1,
      problem: { reason: 'broken-link', entry: { seq: 3 } },
    });
  });

  it('names a computed transfer whose entry was removed from the end of the chain', async () => {
    await tamper(
      database,
      'ledger_lines',
      `delete from ledger_lines where entry_id = (select id from ledger_entries where seq = 5)`,
    );
    await tamper(database, 'ledger_entries', `delete from ledger_entries where seq = 5`);
    const report = await verify(database, computed);
    expect(report).toMatchObject({
      ok: false,
      entries: 4,
      problem: { reason: 'transfer-not-posted', applicationId: computed[4]!.applicationId },
    });
    expect(!report.ok && report.problem.detail).toContain(
      '440100 employee-pension pooled-fund -9007199254740993',
    );
  });

  it('names the first entry that moved other amounts than its transfer computed', async () => {
    const recomputed = computed.map((t, i) => (i === 3 ? { ...t, pooledFundFen: 1 } : t));
    const report = await verify(database, recomputed);
    expect(report).toMatchObject({
      ok: false,
      entries: 3,
      problem: {
        reason: 'transfer-amounts-differ',
        entry: { seq: 4 },
        applicationId: computed[3]!.applicationId,
      },
    });
    expect(!report.ok && report.problem.detail).toMatch(
      /posted .*110100 employee-pension pooled-fund -1234500.*; the transfer computed .*110100 employee-pension pooled-fund -1,/,
    );
  });

  it('names an entry that moved money for a transfer that computed none', async () => {
    const report = await verify(database, [...computed.slice(0, 1), ...computed.slice(2)]);
    expect(report).toMatchObject({
      ok: false,
      entries: 1,
      problem: { reason: 'transfer-not-computed', entry: { seq: 2 } },
    });
  });

  it('names a line written outside the chain with the database checks switched off', async () => {
    const client = await database.pool.connect();
    try {
      await client.query(`set session_replication_role = replica`);
      await client.query(
        `insert into ledger_lines (id, entry_id, line_no, account_id, amount_fen)
         select gen_random_uuid(), gen_random_uuid(), 1, id, 100 from ledger_accounts limit 1`,
      );
      await client.query(`set session_replication_role = origin`);
    } finally {
      client.release();
    }
    expect(await verify(database, computed)).toMatchObject({
      ok: false,
      entries: 5,
      problem: { reason: 'stray-line' },
    });
  });
});
