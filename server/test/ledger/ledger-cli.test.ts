import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FundTransfer } from '../../src/modules/ledger/index.ts';
import { repositoryRoot, runCommand } from '../helpers/run-command.ts';
import { createTestDatabase } from '../helpers/test-database.ts';
import { fundTransfer, post, tamper, type TestDatabase } from './ledger-helpers.ts';

/**
 * Stores a computed transfer where the transfers module's computedFundTransfers reads it, as
 * the transfer-out step does: the amount columns of transfer_applications.
 */
async function storeComputed(database: TestDatabase, transfer: FundTransfer): Promise<void> {
  await database.pool.query(
    `insert into transfer_applications (id, person_id, scheme, from_region_code, to_region_code,
       status, contact_phone_encrypted, address, post_code, channel, submitted_at,
       pooled_fund_fen, individual_account_fen)
     values ($1, gen_random_uuid(), $2, $3, $4, 'out-done', 'not-a-phone', '地址', '510000', 'web',
       now(), $5, $6)`,
    [
      transfer.applicationId,
      transfer.scheme,
      transfer.fromRegionCode,
      transfer.toRegionCode,
      String(transfer.pooledFundFen),
      String(transfer.individualAccountFen),
    ],
  );
}

describe('npx shebao ledger verify', { timeout: 120_000 }, () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  const verifyCommand = () =>
    runCommand([`${repositoryRoot}/bin/shebao.mjs`, 'ledger', 'verify'], {
      DATABASE_URL: database.url,
    });

  it('proves an empty ledger', async () => {
    expect(await verifyCommand()).toEqual({
      code: 0,
      stdout:
        'Fund ledger intact: 0 entries verified, 0 transfers moved exactly their computed amounts, and all fund balances sum to 0 fen.\n',
      stderr: '',
    });
  });

  it('refuses a posted transfer that no transfer computed', async () => {
    const transfer = fundTransfer();
    await post(database, transfer);
    const result = await verifyCommand();
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      new RegExp(
        `^Fund ledger BROKEN at entry #1 \\(.+, transfer application ${transfer.applicationId}\\), transfer-not-computed: `,
      ),
    );
    // Once the transfer process's amounts are stored where the verifier reads them, it passes.
    await storeComputed(database, transfer);
  });

  it('passes when every transfer moved its computed amounts, and fails naming a tampered entry', async () => {
    const second = fundTransfer({ scheme: 'medical', pooledFundFen: 0, individualAccountFen: 88 });
    await storeComputed(database, second);
    await post(database, second);
    expect(await verifyCommand()).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('Fund ledger intact: 2 entries verified, 2 transfers'),
    });

    await tamper(
      database,
      'ledger_lines',
      `update ledger_lines set amount_fen = -amount_fen
       where entry_id = (select id from ledger_entries where seq = 2)`,
    );
    const result = await verifyCommand();
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      new RegExp(
        `^Fund ledger BROKEN at entry #2 \\(.+, transfer application ${second.applicationId}\\), hash-mismatch: its content or one of its lines was changed\\. 1 entries before it are intact\\.\\n$`,
      ),
    );
  });
});
