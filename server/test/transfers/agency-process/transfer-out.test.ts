import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInChina } from '../../../../domain/china-time.ts';
import { fundBalances } from '../../../src/modules/ledger/index.ts';
import { getInsuranceRecord } from '../../../src/modules/persons/index.ts';
import { readPdfText } from '../../../src/modules/transfers/documents/read-pdf-text.ts';
import {
  acceptCase,
  applicationRow,
  createTestApp,
  deadlineIn,
  expectLedgerVerifies,
  getDocument,
  staffOf,
  submitFor,
  takeStep,
  type StepResult,
  type TestApp,
} from './agency-process-helpers.ts';

// 周子航 (demo 'cross-province'): eight years in Chengdu, suspended without arrears, contributing
// in Guangzhou since 2024-10. Guangzhou is the transfer-in agency, Chengdu the transfer-out one.
const CHENGDU = '510100';
const GUANGZHOU = '440100';
const SHANGHAI = '310100'; // an agency with no part in this case

describe('POST /api/v1/agency/cases/{id}/transfer-out', () => {
  let t: TestApp;
  let chengdu: { cookie: string; staffId: string };
  let guangzhou: { cookie: string };
  let shanghai: { cookie: string };
  let applicationId: string;
  let personId: string;
  beforeAll(async () => {
    t = await createTestApp({ demoData: true });
    [chengdu, guangzhou, shanghai] = await Promise.all([
      staffOf(t, CHENGDU),
      staffOf(t, GUANGZHOU),
      staffOf(t, SHANGHAI),
    ]);
    applicationId = await submitFor(t, 'cross-province', { from: CHENGDU, to: GUANGZHOU });
    const { rows } = await t.database.pool.query<{ person_id: string }>(
      'select person_id from transfer_applications where id = $1',
      [applicationId],
    );
    personId = rows[0]!.person_id;
  });
  afterAll(() => t?.close());

  it('is refused while the transfer-in agency has not accepted the case (409 ILLEGAL_TRANSITION)', async () => {
    const response = await takeStep(t, chengdu.cookie, applicationId, 'transfer-out', 1);
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      code: 'ILLEGAL_TRANSITION',
      details: { status: 'submitted' },
    });
    await acceptCase(t, applicationId);
    expect(await applicationRow(t, applicationId)).toMatchObject({
      status: 'accepted',
      version: 2,
    });
  });

  it('does not exist for the transfer-in agency nor for an unrelated agency (404), and changes nothing', async () => {
    for (const cookie of [guangzhou.cookie, shanghai.cookie]) {
      const response = await takeStep(t, cookie, applicationId, 'transfer-out', 2);
      expect(response.statusCode).toBe(404);
      expect(response.json().code).toBe('APPLICATION_NOT_FOUND');
    }
    const citizen = await t.app.inject({
      method: 'POST',
      url: `/api/v1/agency/cases/${applicationId}/transfer-out`,
      payload: { version: 2 },
    });
    expect(citizen.statusCode).toBe(401);
    expect(await applicationRow(t, applicationId)).toMatchObject({
      status: 'accepted',
      version: 2,
    });
    expect(await fundBalances(t.database.db)).toEqual([]);
  });

  it('refuses a stale page (409 CONFLICT) before doing any work', async () => {
    const response = await takeStep(t, chengdu.cookie, applicationId, 'transfer-out', 1);
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'CONFLICT', details: { version: 2 } });
    expect(await fundBalances(t.database.db)).toEqual([]);
  });

  let transferOut: StepResult;
  it('moves exactly what the transfer calculator computes for the same recorded history', async () => {
    const record = await getInsuranceRecord({ db: t.database.db, personId });
    const history = record.schemes.find((s) => s.scheme === 'employee-pension')!.history;
    const calculator = await t.app.inject({
      method: 'POST',
      url: '/api/v1/transfer-calculator',
      payload: {
        person: record.person,
        fromRegion: CHENGDU,
        destinationRegion: GUANGZHOU,
        transferDate: todayInChina(),
        history,
      },
    });
    expect(calculator.statusCode, calculator.body).toBe(200);
    const expected = calculator.json();

    const response = await takeStep(t, chengdu.cookie, applicationId, 'transfer-out', 2);
    expect(response.statusCode, response.body).toBe(200);
    transferOut = response.json();
    expect(transferOut.amounts).toEqual({
      basis: 'calculated',
      pooledFundFen: expected.pooledFundFen,
      individualAccountFen: expected.individualAccountPrincipalFen,
      totalFen: expected.totalFen,
    });
    // By hand: 32 months at 5,500 yuan and 64 at 7,000 — 12% to the pooled fund, 8% credited.
    expect(transferOut.amounts).toMatchObject({
      pooledFundFen: 7_488_000,
      individualAccountFen: 4_992_000,
    });
    expect(transferOut).toMatchObject({ id: applicationId, status: 'out-done', version: 3 });
    // The transfer-in agency now has 15 working days to complete (DOMAIN.md §3 step 4).
    expect(transferOut.nextDeadlineOn).toBe(deadlineIn(15));
    expect(await applicationRow(t, applicationId)).toEqual({
      status: 'out-done',
      version: 3,
      pooled_fund_fen: '7488000',
      individual_account_fen: '4992000',
    });
  });

  it('posts those amounts between the two regional funds, and the ledger verifies', async () => {
    const balances = await fundBalances(t.database.db, { scheme: 'employee-pension' });
    expect(balances).toEqual([
      {
        regionCode: GUANGZHOU,
        scheme: 'employee-pension',
        accountKind: 'individual-accounts',
        balanceFen: 4_992_000n,
      },
      {
        regionCode: GUANGZHOU,
        scheme: 'employee-pension',
        accountKind: 'pooled-fund',
        balanceFen: 7_488_000n,
      },
      {
        regionCode: CHENGDU,
        scheme: 'employee-pension',
        accountKind: 'individual-accounts',
        balanceFen: -4_992_000n,
      },
      {
        regionCode: CHENGDU,
        scheme: 'employee-pension',
        accountKind: 'pooled-fund',
        balanceFen: -7_488_000n,
      },
    ]);
    expect(await expectLedgerVerifies(t)).toEqual({ ok: true, entries: 1, transfers: 1 });
  });

  it('ends the relationship at the old place: terminated today, its periods still with it until completion', async () => {
    const record = await getInsuranceRecord({ db: t.database.db, personId });
    const pension = record.schemes.find((s) => s.scheme === 'employee-pension')!;
    const old = pension.relationships.find((r) => r.regionCode === CHENGDU)!;
    expect(old).toMatchObject({ status: 'terminated', endedOn: todayInChina() });
    expect(old.periods).toHaveLength(2);
    const audited = await t.database.pool.query(
      `select data from audit_log where action = 'insurance-relationship.ended' and subject_id = $1`,
      [personId],
    );
    expect(audited.rows).toEqual([
      {
        data: expect.objectContaining({
          relationshipId: old.id,
          previousStatus: 'suspended',
          reason: `transfer-out:${applicationId}`,
        }),
      },
    ]);
  });

  it('issues the information table, numbered by the transfer-out agency, stored encrypted', async () => {
    const year = todayInChina().slice(0, 4);
    expect(transferOut.document).toMatchObject({
      kind: 'information-table',
      number: `${CHENGDU}-XXB-${year}-000001`,
    });
    const { rows } = await t.database.pool.query<{ content_encrypted: string }>(
      `select content_encrypted from transfer_documents where application_id = $1 and kind = 'information-table'`,
      [applicationId],
    );
    // Not 'XXB' alone: three letters turn up by chance in base64 ciphertext now and then.
    expect(rows[0]!.content_encrypted).not.toContain(transferOut.document.number);
    expect(rows[0]!.content_encrypted).not.toContain('pooledFundFen');
    expect(t.cipher.decrypt(rows[0]!.content_encrypted)).toContain(`"pooledFundFen":7488000`);
  });

  it('downloads the information table as a PDF for the staff of both agencies, never cached', async () => {
    for (const cookie of [chengdu.cookie, guangzhou.cookie]) {
      const response = await getDocument(t, cookie, applicationId, 'information-table');
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.headers['content-disposition']).toBe(
        `attachment; filename="${transferOut.document.number}.pdf"`,
      );
      expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      const [page] = (await readPdfText(new Uint8Array(response.rawPayload))).pages;
      expect(page).toContain(`编号：${transferOut.document.number}`);
      expect(page).toContain('统筹基金转移额74,880.00');
      expect(page).toContain('1998年1月1日之后个人账户储存额49,920.00');
      expect(page).toContain('转移资金总额124,800.00');
      expect(page).toContain('合计96');
      // The transfer-out agency's contact details from the directory, its post code with them.
      expect(page).toContain('邮政编码610000联系电话12333');
    }
  });

  it('downloads the contact letter too, and answers 404 for one not issued yet or for another agency', async () => {
    const letter = await getDocument(t, chengdu.cookie, applicationId, 'contact-letter');
    expect(letter.statusCode).toBe(200);
    const [letterPage] = (await readPdfText(new Uint8Array(letter.rawPayload))).pages;
    expect(letterPage).toContain('邮政编码510000');
    const notYet = await getDocument(t, chengdu.cookie, applicationId, 'completion-notice');
    expect(notYet.statusCode).toBe(404);
    expect(notYet.json().code).toBe('DOCUMENT_NOT_FOUND');
    const stranger = await getDocument(t, shanghai.cookie, applicationId, 'information-table');
    expect(stranger.statusCode).toBe(404);
    expect(stranger.json().code).toBe('APPLICATION_NOT_FOUND');
  });

  it('audits each download: who, which document, when', async () => {
    const { rows } = await t.database.pool.query<{
      actor_id: string;
      data: Record<string, unknown>;
    }>(
      `select actor_id, data from audit_log where action = 'transfer-document.downloaded' order by seq`,
    );
    expect(rows.map((row) => [row.actor_id, row.data.kind, row.data.number])).toEqual([
      [chengdu.staffId, 'information-table', transferOut.document.number],
      [expect.any(String), 'information-table', transferOut.document.number],
      [chengdu.staffId, 'contact-letter', expect.stringMatching(/-LXH-/)],
    ]);
    expect(rows[0]!.data).toMatchObject({ applicationId, personId });
  });

  it('cannot be taken twice: the case is out-done and the money moved once', async () => {
    const again = await takeStep(t, chengdu.cookie, applicationId, 'transfer-out', 3);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      code: 'ILLEGAL_TRANSITION',
      details: { status: 'out-done' },
    });
    expect(await expectLedgerVerifies(t)).toMatchObject({ entries: 1, transfers: 1 });
  });
});
