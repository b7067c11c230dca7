import {
  postFundTransfer,
  type FundTransfer,
  verifyLedger,
  type ExpectedFundTransfers,
} from '../../src/modules/ledger/index.ts';
import { newId } from '../../src/platform/ids.ts';
import type { createTestDatabase } from '../helpers/test-database.ts';

export type TestDatabase = Awaited<ReturnType<typeof createTestDatabase>>;

/** A valid employee-pension transfer from Guangzhou to Shanghai, with the given changes. */
export function fundTransfer(overrides: Partial<FundTransfer> = {}): FundTransfer {
  return {
    applicationId: newId(),
    scheme: 'employee-pension',
    fromRegionCode: '440100',
    toRegionCode: '310100',
    pooledFundFen: 1_234_500,
    individualAccountFen: 654_321,
    ...overrides,
  };
}

/** Posts the transfer in a transaction of its own, as the transfer-out agency's staff member. */
export function post(database: TestDatabase, transfer: FundTransfer) {
  return database.db.transaction((tx) =>
    postFundTransfer(tx, {
      ...transfer,
      actor: { type: 'staff', id: 'staff-440100-01' },
      at: new Date(),
    }),
  );
}

export function verify(database: TestDatabase, expected: ExpectedFundTransfers) {
  return verifyLedger(database.db, expected);
}

/**
 * Runs SQL behind a ledger table's append-only trigger, as only someone able to disable triggers
 * (a superuser or the table owner) could.
 */
export async function tamper(
  database: TestDatabase,
  table: 'ledger_accounts' | 'ledger_entries' | 'ledger_lines',
  statement: string,
): Promise<void> {
  const client = await database.pool.connect();
  try {
    await client.query(`alter table ${table} disable trigger ${table}_no_update_or_delete`);
    await client.query(statement);
    await client.query(`alter table ${table} enable trigger ${table}_no_update_or_delete`);
  } finally {
    client.release();
  }
}
