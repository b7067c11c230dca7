import { expect } from 'vitest';
import { todayInChina } from '../../../../domain/china-time.ts';
import { computedFundTransfers } from '../../../src/modules/transfers/index.ts';
import { deadlineAfter } from '../../../src/modules/transfers/deadline.ts';
import { verifyLedger } from '../../../src/modules/ledger/index.ts';
import { createTestApp } from '../../helpers/test-app.ts';
import { staffSession } from '../../helpers/staff.ts';
import { citizenOf, type TestApp } from '../transfer-helpers.ts';

export { createTestApp, citizenOf, type TestApp };

/** The demo staff member of an agency, signed in. */
export async function staffOf(t: TestApp, regionCode: string, role = 'staff') {
  return staffSession(t.database, `demo.${regionCode}.${role}`);
}

/** The application form of a demo person's move, as a citizen fills it in. */
export function formOf(move: { scheme?: string; from: string; to: string }) {
  return {
    scheme: move.scheme ?? 'employee-pension',
    destinationRegion: move.to,
    fromRegion: move.from,
    contactPhone: '13800138000',
    address: '演示地址 示例路1号',
    postCode: '510620',
  };
}

/** The demo person submits the application for their move; its id. */
export async function submitFor(
  t: TestApp,
  key: string,
  move: { scheme?: string; from: string; to: string },
): Promise<string> {
  const citizen = await citizenOf(t, key, { authenticated: true });
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/me/transfer-applications',
    headers: { cookie: citizen.cookie },
    payload: formOf(move),
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id;
}

/** POSTs `{ version }` to an agency step of a case as the staff member with this cookie. */
export function takeStep(
  t: TestApp,
  cookie: string,
  applicationId: string,
  step: 'accept' | 'transfer-out' | 'complete',
  version: number,
) {
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/agency/cases/${applicationId}/${step}`,
    headers: { cookie },
    payload: { version },
  });
}

/** GETs a document of a case as the staff member with this cookie. */
export function getDocument(t: TestApp, cookie: string, applicationId: string, kind: string) {
  return t.app.inject({
    url: `/api/v1/agency/cases/${applicationId}/documents/${kind}`,
    headers: { cookie },
  });
}

/** The application's row as stored. */
export async function applicationRow(t: TestApp, applicationId: string) {
  const { rows } = await t.database.pool.query<{
    status: string;
    version: number;
    pooled_fund_fen: string | null;
    individual_account_fen: string | null;
  }>(
    'select status, version, pooled_fund_fen, individual_account_fen from transfer_applications where id = $1',
    [applicationId],
  );
  return rows[0]!;
}

/** The fund ledger proves that every computed transfer moved exactly its amounts. */
export async function expectLedgerVerifies(t: TestApp) {
  const report = await verifyLedger(t.database.db, computedFundTransfers);
  expect(report).toMatchObject({ ok: true });
  return report;
}

/** The transfer-in agency accepts the case through its route, issuing the contact letter. */
export async function acceptCase(t: TestApp, applicationId: string, version = 1) {
  const { rows } = await t.database.pool.query<{ to_region_code: string }>(
    'select to_region_code from transfer_applications where id = $1',
    [applicationId],
  );
  const transferIn = await staffOf(t, rows[0]!.to_region_code);
  const response = await takeStep(t, transferIn.cookie, applicationId, 'accept', version);
  expect(response.statusCode, response.body).toBe(200);
}

/** The legal deadline `workingDays` working days after today (null past the holiday calendar). */
export function deadlineIn(workingDays: number): string | null {
  return deadlineAfter(todayInChina(), workingDays);
}

/** What the transfer-out and complete routes answer. */
export interface StepResult {
  id: string;
  status: string;
  version: number;
  nextDeadlineOn: string | null;
  amounts?: {
    basis: string;
    pooledFundFen: number;
    individualAccountFen: number;
    totalFen: number;
  };
  document: { kind: string; number: string; issuedAt: string };
}
