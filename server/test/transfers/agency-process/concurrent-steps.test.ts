import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fundBalances } from '../../../src/modules/ledger/index.ts';
import {
  acceptCase,
  applicationRow,
  createTestApp,
  expectLedgerVerifies,
  staffOf,
  submitFor,
  takeStep,
  type TestApp,
} from './agency-process-helpers.ts';

// 吴国平 (demo 'before-1998'): Shenyang 1995–2008 (suspended), Beijing since 2009.
const SHENYANG = '210100';
const BEIJING = '110100';

const sortedStatuses = (responses: { statusCode: number }[]) =>
  responses.map((response) => response.statusCode).sort();

describe('two staff members taking the same step at once', () => {
  let t: TestApp;
  let applicationId: string;
  let personId: string;
  beforeAll(async () => {
    t = await createTestApp({ demoData: true });
    applicationId = await submitFor(t, 'before-1998', { from: SHENYANG, to: BEIJING });
    const { rows } = await t.database.pool.query<{ person_id: string }>(
      'select person_id from transfer_applications where id = $1',
      [applicationId],
    );
    personId = rows[0]!.person_id;
    await acceptCase(t, applicationId);
  });
  afterAll(() => t?.close());

  it('transfer-out: exactly one wins, the other gets a conflict, and the money moves once', async () => {
    const [staff, supervisor] = await Promise.all([
      staffOf(t, SHENYANG),
      staffOf(t, SHENYANG, 'supervisor'),
    ]);
    const responses = await Promise.all([
      takeStep(t, staff.cookie, applicationId, 'transfer-out', 2),
      takeStep(t, supervisor.cookie, applicationId, 'transfer-out', 2),
    ]);
    expect(sortedStatuses(responses)).toEqual([200, 409]);
    const loser = responses.find((response) => response.statusCode === 409)!;
    expect(['CONFLICT', 'ILLEGAL_TRANSITION']).toContain(loser.json().code);
    const winner = responses.find((response) => response.statusCode === 200)!.json();

    const { rows: entries } = await t.database.pool.query(
      `select reference_id from ledger_entries`,
    );
    expect(entries).toEqual([{ reference_id: applicationId }]);
    const { rows: tables } = await t.database.pool.query(
      `select number from transfer_documents where kind = 'information-table'`,
    );
    expect(tables).toHaveLength(1);
    // Before 1998 only the person's own contributions move, which the records do not carry;
    // 1998–2005 credited 11%, from 2006 8%; 12% of every month since 1998 to the pooled fund.
    expect(winner.amounts).toMatchObject({
      pooledFundFen: (96 * 90_000 * 12 + 36 * 180_000 * 12) / 100,
      individualAccountFen: (96 * 90_000 * 11 + 36 * 180_000 * 8) / 100,
    });
    const shenyang = await fundBalances(t.database.db, { regionCode: SHENYANG });
    expect(shenyang.map((fund) => fund.balanceFen)).toEqual([
      -BigInt(winner.amounts.individualAccountFen),
      -BigInt(winner.amounts.pooledFundFen),
    ]);
  });

  it('complete: exactly one wins, and the record is merged once', async () => {
    const [staff, supervisor] = await Promise.all([
      staffOf(t, BEIJING),
      staffOf(t, BEIJING, 'supervisor'),
    ]);
    const responses = await Promise.all([
      takeStep(t, staff.cookie, applicationId, 'complete', 3),
      takeStep(t, supervisor.cookie, applicationId, 'complete', 3),
    ]);
    expect(sortedStatuses(responses)).toEqual([200, 409]);
    expect(await applicationRow(t, applicationId)).toMatchObject({
      status: 'completed',
      version: 4,
    });
    const { rows } = await t.database.pool.query(
      `select r.region_code, count(p.id)::int as periods
       from insurance_relationships r left join contribution_periods p
         on p.person_id = r.person_id and p.relationship_id = r.id
       where r.person_id = $1 group by r.region_code order by r.region_code`,
      [personId],
    );
    expect(rows).toEqual([
      { region_code: BEIJING, periods: 5 },
      { region_code: SHENYANG, periods: 0 },
    ]);
    const { rows: notices } = await t.database.pool.query(
      `select number from transfer_documents where kind = 'completion-notice'`,
    );
    expect(notices).toHaveLength(1);
    await expectLedgerVerifies(t);
  });
});
