import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insuranceSchemes } from '../../../domain/schemes.ts';
import { fundBalances, type FundTransfer } from '../../src/modules/ledger/index.ts';
import { newId } from '../../src/platform/ids.ts';
import { createTestDatabase } from '../helpers/test-database.ts';
import { post, verify, type TestDatabase } from './ledger-helpers.ts';

const regionCodes = ['110100', '310100', '440100', '440300', '420100', '429004'];

/** Any transfer between two different regions of any amounts, zero included. */
const transferArbitrary = fc.record({
  regions: fc.uniqueArray(fc.constantFrom(...regionCodes), { minLength: 2, maxLength: 2 }),
  scheme: fc.constantFrom(...insuranceSchemes),
  pooledFundFen: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER })),
  individualAccountFen: fc.oneof(fc.constant(0n), fc.bigInt({ min: 0n, max: 10n ** 15n })),
});

describe('the fund ledger conserves money', () => {
  let database: TestDatabase;
  const posted: FundTransfer[] = [];
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  const balancesByFund = async () =>
    new Map(
      (await fundBalances(database.db)).map((b) => [
        `${b.regionCode} ${b.scheme} ${b.accountKind}`,
        b.balanceFen,
      ]),
    );

  it('keeps the sum of all balances unchanged, and moves each fund by exactly the transfers', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(transferArbitrary, { minLength: 1, maxLength: 6 }),
        async (drawn) => {
          const before = await balancesByFund();
          const expectedChange = new Map<string, bigint>();
          const change = (fund: string, fen: bigint) =>
            expectedChange.set(fund, (expectedChange.get(fund) ?? 0n) + fen);
          for (const { regions, ...amounts } of drawn) {
            const transfer: FundTransfer = {
              applicationId: newId(),
              fromRegionCode: regions[0]!,
              toRegionCode: regions[1]!,
              ...amounts,
            };
            await post(database, transfer);
            posted.push(transfer);
            const pooled = BigInt(transfer.pooledFundFen);
            const individual = BigInt(transfer.individualAccountFen);
            change(`${transfer.fromRegionCode} ${transfer.scheme} pooled-fund`, -pooled);
            change(`${transfer.toRegionCode} ${transfer.scheme} pooled-fund`, pooled);
            change(
              `${transfer.fromRegionCode} ${transfer.scheme} individual-accounts`,
              -individual,
            );
            change(`${transfer.toRegionCode} ${transfer.scheme} individual-accounts`, individual);
          }
          const after = await balancesByFund();
          const sum = (balances: Map<string, bigint>) =>
            [...balances.values()].reduce((total, fen) => total + fen, 0n);
          expect(sum(after)).toBe(sum(before));
          expect(sum(after)).toBe(0n);
          for (const fund of new Set([...before.keys(), ...after.keys()])) {
            const moved = (after.get(fund) ?? 0n) - (before.get(fund) ?? 0n);
            expect(moved, fund).toBe(expectedChange.get(fund) ?? 0n);
          }
        },
      ),
      { numRuns: 40 },
    );
    const report = await verify(database, posted);
    expect(report).toMatchObject({ ok: true });
  });
});
