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

// 李明哲 (demo 'earlier-ten-years'): Beijing, then Tianjin (suspended), now Shenzhen. Tianjin is
// the transfer-out agency. Each test changes Tianjin's records as its agency might have since the
// application, and the transfer-out step checks them again.
const BEIJING = '110100';
const TIANJIN = '120100';
const SHENZHEN = '440300';

describe('the transfer-out step checks the records again', () => {
  let t: TestApp;
  let tianjin: { cookie: string };
  let applicationId: string;
  let personId: string;
  const oldRelationship = (set: string) =>
    t.database.pool.query(
      `update insurance_relationships set ${set}
       where person_id = $1 and region_code = $2 and scheme = 'employee-pension'`,
      [personId, TIANJIN],
    );
  const transferOut = () => takeStep(t, tianjin.cookie, applicationId, 'transfer-out', 2);
  const expectNothingChanged = async () => {
    expect(await applicationRow(t, applicationId)).toMatchObject({
      status: 'accepted',
      version: 2,
      pooled_fund_fen: null,
    });
    expect(await fundBalances(t.database.db)).toEqual([]);
    const { rows } = await t.database.pool.query(
      `select kind from transfer_documents where application_id = $1`,
      [applicationId],
    );
    expect(rows).toEqual([{ kind: 'contact-letter' }]);
  };

  beforeAll(async () => {
    t = await createTestApp({ demoData: true });
    tianjin = await staffOf(t, TIANJIN);
    applicationId = await submitFor(t, 'earlier-ten-years', { from: TIANJIN, to: SHENZHEN });
    const { rows } = await t.database.pool.query<{ person_id: string }>(
      'select person_id from transfer_applications where id = $1',
      [applicationId],
    );
    personId = rows[0]!.person_id;
    await acceptCase(t, applicationId);
  });
  afterAll(() => t?.close());

  it('refuses while premiums are owed at the old place (422 ARREARS_AT_OLD_PLACE)', async () => {
    await oldRelationship('arrears_fen = 123400');
    const response = await transferOut();
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({
      code: 'ARREARS_AT_OLD_PLACE',
      details: { arrearsFen: 123_400 },
    });
    await expectNothingChanged();
    await oldRelationship('arrears_fen = 0');
  });

  it('refuses while the person still contributes at the old place (409 OLD_ACCOUNT_NOT_SUSPENDED)', async () => {
    await oldRelationship(`status = 'contributing'`);
    const response = await transferOut();
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      code: 'OLD_ACCOUNT_NOT_SUSPENDED',
      details: { status: 'contributing' },
    });
    await expectNothingChanged();
  });

  it('refuses when there is no live relationship at the old place (422 NO_RECORD_AT_OLD_PLACE)', async () => {
    await oldRelationship(`status = 'terminated', ended_on = '2024-01-01'`);
    const response = await transferOut();
    expect(response.statusCode).toBe(422);
    expect(response.json().code).toBe('NO_RECORD_AT_OLD_PLACE');
    await expectNothingChanged();
    await oldRelationship(`status = 'suspended', ended_on = null`);
  });

  it('refuses a record with months paid twice, in the calculator’s words (422 TRANSFER_RECORD_INVALID)', async () => {
    // Beijing records a month that Tianjin also holds: duplicate insurance (多地参保).
    const { rows } = await t.database.pool.query<{ id: string }>(
      `select id from insurance_relationships where person_id = $1 and region_code = $2`,
      [personId, BEIJING],
    );
    await t.database.pool.query(
      `insert into contribution_periods (id, person_id, relationship_id, region_code, from_month,
         to_month, monthly_base_fen, employer_rate_bp, insured_as, account_kind)
       values (gen_random_uuid(), $1, $2, $3, '2018-01', '2018-02', 500000, 1600, 'employee', 'normal')`,
      [personId, rows[0]!.id, BEIJING],
    );
    const response = await transferOut();
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({
      code: 'TRANSFER_RECORD_INVALID',
      details: { issues: [expect.objectContaining({ code: 'DUPLICATE_INSURANCE' })] },
    });
    await expectNothingChanged();
    await t.database.pool.query(
      `delete from contribution_periods where person_id = $1 and from_month = '2018-01'`,
      [personId],
    );
  });

  it('refuses a case without its contact letter (409 CONTACT_LETTER_MISSING)', async () => {
    const letter = await t.database.pool.query(
      `delete from transfer_documents where application_id = $1 returning *`,
      [applicationId],
    );
    const response = await transferOut();
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('CONTACT_LETTER_MISSING');
    const row = letter.rows[0] as Record<string, unknown>;
    await t.database.pool.query(
      `insert into transfer_documents (id, application_id, kind, number, issued_by_region_code,
         issued_at, content_encrypted) values ($1, $2, $3, $4, $5, $6, $7)`,
      [
        row.id,
        row.application_id,
        row.kind,
        row.number,
        row.issued_by_region_code,
        row.issued_at,
        row.content_encrypted,
      ],
    );
  });

  it('goes through once the records are in order, and the ledger verifies', async () => {
    const response = await transferOut();
    expect(response.statusCode, response.body).toBe(200);
    // Tianjin: 21 months at 7,000 yuan and 56 at 8,000 — 12% pooled, 8% credited.
    expect(response.json().amounts).toEqual({
      basis: 'calculated',
      pooledFundFen: 7_140_000,
      individualAccountFen: 4_760_000,
      totalFen: 11_900_000,
    });
    await expectLedgerVerifies(t);
  });
});
