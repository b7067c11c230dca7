import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  fundBalances,
  postFundTransfer,
  type FundTransfer,
} from '../../src/modules/ledger/index.ts';
import { AppError } from '../../src/platform/errors/app-error.ts';
import { createTestDatabase } from '../helpers/test-database.ts';
import { fundTransfer, post as postOne, verify, type TestDatabase } from './ledger-helpers.ts';

describe('posting a fund transfer', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());
  /** Every transfer this file posted, as the transfers module would list them for the verifier. */
  const computed: FundTransfer[] = [];
  const post = async (db: TestDatabase, transfer: FundTransfer) => {
    const posted = await postOne(db, transfer);
    computed.push(transfer);
    return posted;
  };

  it('moves both funds out of the transfer-out region into the transfer-in region', async () => {
    const transfer = fundTransfer({ pooledFundFen: 1_234_500, individualAccountFen: 654_321 });
    const posted = await post(database, transfer);
    expect(posted).toMatchObject({ entryId: expect.any(String), seq: 1 });

    expect(await fundBalances(database.db, { scheme: 'employee-pension' })).toEqual([
      {
        regionCode: '310100',
        scheme: 'employee-pension',
        accountKind: 'individual-accounts',
        balanceFen: 654_321n,
      },
      {
        regionCode: '310100',
        scheme: 'employee-pension',
        accountKind: 'pooled-fund',
        balanceFen: 1_234_500n,
      },
      {
        regionCode: '440100',
        scheme: 'employee-pension',
        accountKind: 'individual-accounts',
        balanceFen: -654_321n,
      },
      {
        regionCode: '440100',
        scheme: 'employee-pension',
        accountKind: 'pooled-fund',
        balanceFen: -1_234_500n,
      },
    ]);
    const { rows } = await database.pool.query(
      `select count(*)::int as lines, sum(amount_fen)::int as total from ledger_lines where entry_id = $1`,
      [posted.entryId],
    );
    expect(rows[0]).toEqual({ lines: 4, total: 0 });
    expect(await verify(database, [transfer])).toEqual({ ok: true, entries: 1, transfers: 1 });
  });

  it('keeps the accounts per region, scheme and fund, reusing them for the next transfer', async () => {
    await post(database, fundTransfer({ pooledFundFen: 100, individualAccountFen: 50 }));
    await post(
      database,
      fundTransfer({
        scheme: 'medical',
        fromRegionCode: '310100',
        toRegionCode: '440100',
        pooledFundFen: 0,
        individualAccountFen: 7_00,
      }),
    );
    const balances = await fundBalances(database.db, { regionCode: '440100' });
    expect(balances.map((b) => [b.scheme, b.accountKind, b.balanceFen])).toEqual([
      ['employee-pension', 'individual-accounts', -654_371n],
      ['employee-pension', 'pooled-fund', -1_234_600n],
      ['medical', 'individual-accounts', 700n],
    ]);
    const { rows } = await database.pool.query(`select count(*)::int as n from ledger_accounts`);
    expect(rows[0].n).toBe(6);
  });

  it('posts nothing when the transfer moves no money', async () => {
    const posted = await post(
      database,
      fundTransfer({ pooledFundFen: 0, individualAccountFen: 0 }),
    );
    expect(posted).toEqual({ entryId: null });
  });

  it('refuses to post the same transfer twice, and the database refuses it too', async () => {
    const transfer = fundTransfer();
    const first = await post(database, transfer);
    const again = postOne(database, { ...transfer, pooledFundFen: 1 });
    await expect(again).rejects.toBeInstanceOf(AppError);
    await expect(again).rejects.toMatchObject({
      code: 'FUND_TRANSFER_ALREADY_POSTED',
      status: 409,
      details: { applicationId: transfer.applicationId, entryId: first.entryId },
    });
    // Without the command's check, the unique key on the reference still refuses a second entry.
    await expect(
      database.pool.query(
        `insert into ledger_entries (id, posted_at, kind, reference_type, reference_id, description,
           actor_type, actor_id, prev_hash, hash)
         values (gen_random_uuid(), now(), 'fund-transfer', 'transfer-application', $1, 'again',
           'staff', 'x', 'not-a-real-link', 'x')`,
        [transfer.applicationId],
      ),
    ).rejects.toThrow(/ledger_entries_reference_key/);
  });

  it('refuses amounts that are negative or not whole fen, and a transfer within one region', async () => {
    await expect(post(database, fundTransfer({ pooledFundFen: -1 }))).rejects.toThrow(RangeError);
    await expect(post(database, fundTransfer({ individualAccountFen: 0.5 }))).rejects.toThrow(
      /whole number of fen/,
    );
    await expect(
      post(database, fundTransfer({ fromRegionCode: '440100', toRegionCode: '440100' })),
    ).rejects.toThrow(/two regions/);
  });

  it('rolls the entry back with the transaction it was posted in', async () => {
    const transfer = fundTransfer();
    await expect(
      database.db.transaction(async (tx) => {
        await postFundTransfer(tx, {
          ...transfer,
          actor: { type: 'system', id: 't' },
          at: new Date(),
        });
        throw new Error('the transfer-out step failed');
      }),
    ).rejects.toThrow('the transfer-out step failed');
    const { rows } = await database.pool.query(
      `select count(*)::int as n from ledger_entries where reference_id = $1`,
      [transfer.applicationId],
    );
    expect(rows[0].n).toBe(0);
  });

  it('keeps one unforked chain when transfers are posted concurrently', async () => {
    const transfers = Array.from({ length: 20 }, (_, i) =>
      fundTransfer({ pooledFundFen: 1000 + i, individualAccountFen: i % 3 }),
    );
    await Promise.all(transfers.map((t) => post(database, t)));
    const { rows } = await database.pool.query(
      `select count(*)::int as n, sum(amount_fen)::int as total from ledger_lines`,
    );
    expect(rows[0].total).toBe(0);
    // Every entry links to the one before it, and each moved what was computed.
    expect(await verify(database, computed)).toEqual({ ok: true, entries: 24, transfers: 24 });
  });
});
