import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInChina } from '../../../../domain/china-time.ts';
import { allocateDocumentNumber } from '../../../src/modules/transfers/agency/documents-issue.ts';
import { createTestApp } from '../../helpers/test-app.ts';
import type { TestApp } from '../transfer-helpers.ts';
import { staffMember, submitApplicationOf } from '../agency/agency-helpers.ts';

const MIGRATION = new URL('../../../drizzle/0013_transfer_document_counters.sql', import.meta.url);

/**
 * Contact letters, information tables and completion notices are numbered per agency, kind and
 * year by a counter row: issues at the same time get distinct, consecutive numbers, and a
 * numbering that began before the counters continues where it stood.
 */
describe('document numbers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ demoData: true });
  });
  afterAll(() => t?.close());

  /** Takes a number in a transaction of its own that stays open a while, as an issue does. */
  const issue = (regionCode: string, kind: 'contact-letter' | 'completion-notice', year: string) =>
    t.database.db.transaction(async (tx) => {
      const number = await allocateDocumentNumber(tx, { regionCode, kind, year });
      await tx.execute('select pg_sleep(0.05)');
      return number;
    });
  const seqOf = (number: string) => Number(number.slice(-6));

  it('gives issues at the same time distinct, consecutive numbers', async () => {
    const numbers = await Promise.all(
      Array.from({ length: 8 }, () => issue('310100', 'contact-letter', '2031')),
    );
    expect(numbers.map(seqOf).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(new Set(numbers.map((n) => n.slice(0, -6)))).toEqual(new Set(['310100-LXH-2031-']));
    // Another kind, year or agency counts on its own.
    expect(await issue('310100', 'completion-notice', '2031')).toBe('310100-WCGZ-2031-000001');
    expect(await issue('310100', 'contact-letter', '2032')).toBe('310100-LXH-2032-000001');
    expect(await issue('320100', 'contact-letter', '2031')).toBe('320100-LXH-2031-000001');
  });

  it('leaves no gap behind an issue that was rolled back', async () => {
    const failed = t.database.db.transaction(async (tx) => {
      await allocateDocumentNumber(tx, {
        regionCode: '330100',
        kind: 'contact-letter',
        year: '2031',
      });
      throw new Error('the document could not be rendered');
    });
    await expect(failed).rejects.toThrow('rendered');
    expect(await issue('330100', 'contact-letter', '2031')).toBe('330100-LXH-2031-000001');
  });

  it('numbers the contact letters of cases accepted at once one after the other', async () => {
    // Three cases wait for Shenzhen (440300); three members of its staff accept one each at once.
    const cases = [
      await submitApplicationOf(t, 'within-province'),
      await submitApplicationOf(t, 'earlier-ten-years'),
      await submitApplicationOf(t, 'medical-long-gap', 'medical'),
    ];
    const staff = await Promise.all(
      ['demo.440300.staff', 'demo.440300.supervisor', 'demo.440300.staff'].map((username) =>
        staffMember(t, username),
      ),
    );
    const accepted = await Promise.all(
      cases.map((application, i) => staff[i]!.accept(application.id, application.version)),
    );
    expect(accepted.map((response) => response.statusCode)).toEqual([200, 200, 200]);
    const numbers = accepted.map(
      (response) =>
        response.json().documents.find((d: { kind: string }) => d.kind === 'contact-letter').number,
    );
    const year = todayInChina().slice(0, 4);
    expect(numbers.sort()).toEqual([1, 2, 3].map((seq) => `440300-LXH-${year}-00000${seq}`));
  });

  it('continues a numbering that began before the counters, without a gap or a repeat', async () => {
    // Documents numbered before migration 0013, as the numbering then left them (the demo
    // application's id stands in for their cases: only the numbers matter here).
    const { rows } = await t.database.pool.query<{ id: string }>(
      `select id from transfer_applications where status = 'submitted' limit 1`,
    );
    const applicationId = rows[0]!.id;
    for (const [kind, number] of [
      ['contact-letter', '610100-LXH-2030-000041'],
      ['information-table', '620100-XXB-2030-000007'],
      ['completion-notice', '610100-WCGZ-2029-000012'],
    ]) {
      await t.database.pool.query(
        `insert into transfer_documents
           (id, application_id, kind, number, issued_by_region_code, issued_at, content_encrypted)
         values (gen_random_uuid(), $1, $2, $3, left($3, 6), now(), 'x')`,
        [applicationId, kind, number],
      );
    }
    // A counter ahead of the documents (numbers already taken) is never lowered.
    await t.database.pool.query(
      `insert into transfer_document_counters values ('610100', 'contact-letter', 2030, 50)`,
    );
    // The migration's own statement that carries the numbering over.
    const statements = (await readFile(MIGRATION, 'utf8')).split('--> statement-breakpoint');
    const carryOver = statements.find((s) =>
      s.includes('INSERT INTO "transfer_document_counters"'),
    );
    await t.database.pool.query(carryOver!);

    const next = (
      regionCode: string,
      kind: 'information-table' | 'completion-notice',
      year: string,
    ) => t.database.db.transaction((tx) => allocateDocumentNumber(tx, { regionCode, kind, year }));
    expect(await next('620100', 'information-table', '2030')).toBe('620100-XXB-2030-000008');
    expect(await next('610100', 'completion-notice', '2029')).toBe('610100-WCGZ-2029-000013');
    expect(await issue('610100', 'contact-letter', '2030')).toBe('610100-LXH-2030-000051');
  });
});
