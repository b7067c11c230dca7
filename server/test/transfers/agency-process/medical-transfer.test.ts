import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fundBalances } from '../../../src/modules/ledger/index.ts';
import { readPdfText } from '../../../src/modules/transfers/documents/read-pdf-text.ts';
import {
  acceptCase,
  createTestApp,
  deadlineIn,
  expectLedgerVerifies,
  getDocument,
  staffOf,
  submitFor,
  takeStep,
  type TestApp,
} from './agency-process-helpers.ts';

// 宋佳 (demo 'medical-short-gap') moves his medical insurance from Jinan to Tianjin. The
// platform holds no medical fund balances (docs/DECISIONS.md "Funds of a transfer-out"): the
// relationship and the record move, no money moves through the fund ledger.
const JINAN = '370100';
const TIANJIN = '120100';

describe('a medical insurance transfer through the agencies', () => {
  let t: TestApp;
  let jinan: { cookie: string };
  let tianjin: { cookie: string };
  let applicationId: string;
  beforeAll(async () => {
    t = await createTestApp({ demoData: true });
    [jinan, tianjin] = await Promise.all([staffOf(t, JINAN), staffOf(t, TIANJIN)]);
    applicationId = await submitFor(t, 'medical-short-gap', {
      scheme: 'medical',
      from: JINAN,
      to: TIANJIN,
    });
    await acceptCase(t, applicationId);
  });
  afterAll(() => t?.close());

  it('transfers out without moving money, and gives the transfer-in agency 5 working days', async () => {
    const response = await takeStep(t, jinan.cookie, applicationId, 'transfer-out', 2);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      status: 'out-done',
      nextDeadlineOn: deadlineIn(5),
      amounts: { basis: 'not-modelled', pooledFundFen: 0, individualAccountFen: 0, totalFen: 0 },
    });
    expect(await fundBalances(t.database.db)).toEqual([]);
    // The computed transfer (nothing) is known, and nothing was posted for it: the ledger agrees.
    expect(await expectLedgerVerifies(t)).toEqual({ ok: true, entries: 0, transfers: 0 });
    const { rows } = await t.database.pool.query(
      `select status from insurance_relationships where region_code = $1 and scheme = 'medical'
         and person_id = (select person_id from transfer_applications where id = $2)`,
      [JINAN, applicationId],
    );
    expect(rows).toEqual([{ status: 'terminated' }]);
  });

  it('lists the medical periods on the information table with nothing moved', async () => {
    const response = await getDocument(t, tianjin.cookie, applicationId, 'information-table');
    expect(response.statusCode).toBe(200);
    const [page] = (await readPdfText(new Uint8Array(response.rawPayload))).pages;
    expect(page).toContain('险种基本医疗保险');
    expect(page).toContain('2017年07月2025年12月102');
    expect(page).toContain('转移资金总额0.00');
  });

  it('completes: the record joins the relationship in Tianjin', async () => {
    const response = await takeStep(t, tianjin.cookie, applicationId, 'complete', 3);
    expect(response.statusCode, response.body).toBe(200);
    const { rows } = await t.database.pool.query(
      `select p.region_code, p.from_month from contribution_periods p
       join insurance_relationships r on r.person_id = p.person_id and r.id = p.relationship_id
       where r.region_code = $1 and r.scheme = 'medical'
         and r.person_id = (select person_id from transfer_applications where id = $2)
       order by p.from_month`,
      [TIANJIN, applicationId],
    );
    expect(rows).toEqual([
      { region_code: JINAN, from_month: '2017-07' },
      { region_code: TIANJIN, from_month: '2026-03' },
    ]);
    await expectLedgerVerifies(t);
  });
});
