import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countStatements } from '../../helpers/count-statements.ts';
import { createTestApp } from '../../helpers/test-app.ts';
import {
  cardStaff,
  cardWith,
  holderAsks,
  invalidFields,
  personIdOf,
  type CardStaffClient,
  type TestApp,
} from './agency-card-helpers.ts';

interface QueueRow {
  id: string;
  kind: string;
  holderName: string;
  reason: { code: string; zh: string } | null;
  daysWaiting: number;
  card: { personId: string; id: string; cardNumber: string; status: string };
  version: number;
}

// 林悦 (first-job) holds cards of Guangzhou (440100) made for these tests; 李明哲's demo card waits
// for its replacement at Shenzhen (440300), whose queue Guangzhou staff never see.
describe("the agency's card task queue", () => {
  let t: TestApp;
  let guangzhou: CardStaffClient;
  let personId: string;
  const asked: string[] = [];
  beforeAll(async () => {
    t = await createTestApp({ demoData: true });
    guangzhou = await cardStaff(t, 'demo.440100.staff');
    personId = await personIdOf(t, 'first-job');
    const abroad = await cardWith(t, personId, ['enabled']);
    await holderAsks(t, 'first-job', abroad, { cancellation: 'settled-abroad' });
    const damaged = await cardWith(t, personId, ['enabled']);
    await holderAsks(t, 'first-job', damaged, 'replacement');
    const foreign = await cardWith(t, personId, ['enabled']);
    await holderAsks(t, 'first-job', foreign, { cancellation: 'foreign-nationality' });
    asked.push(abroad, damaged, foreign);
  });
  afterAll(() => t?.close());

  const rowsOf = async (query = '') => {
    const response = await guangzhou.queue(query);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as { total: number; rows: QueueRow[]; nextCursor: string | null };
  };

  it('lists the open tasks of the agency, longest waiting first, the holder and number masked', async () => {
    const page = await rowsOf();
    expect(page.total).toBe(3);
    expect(page.rows.map((row) => row.card.id)).toEqual(asked);
    expect(page.rows.map((row) => [row.kind, row.reason?.code])).toEqual([
      ['cancellation', 'settled-abroad'],
      ['replacement-issuing', 'replacement'],
      ['cancellation', 'foreign-nationality'],
    ]);
    for (const row of page.rows) {
      expect(row.holderName).toBe('林*');
      expect(row.card.cardNumber).toMatch(/^[A-Z]\*{6}\d{2}$/);
      expect(row).toMatchObject({
        daysWaiting: 0,
        version: 1,
        card: { personId, status: 'normal' },
      });
    }
    expect(page.rows[0]!.reason!.zh).toBe('出国（境）定居');
  });

  it('sorts by age the other way, filters by kind, and pages with a cursor', async () => {
    expect((await rowsOf('?order=newest')).rows.map((row) => row.card.id)).toEqual(
      [...asked].reverse(),
    );
    const replacements = await rowsOf('?kind=replacement-issuing');
    expect(replacements.total).toBe(1);
    expect(replacements.rows.map((row) => row.card.id)).toEqual([asked[1]]);

    const first = await rowsOf('?limit=2');
    expect(first.rows.map((row) => row.card.id)).toEqual(asked.slice(0, 2));
    expect(first.nextCursor).not.toBeNull();
    const second = await rowsOf(`?limit=2&cursor=${encodeURIComponent(first.nextCursor!)}`);
    expect(second.rows.map((row) => row.card.id)).toEqual(asked.slice(2));
    expect(second.nextCursor).toBeNull();
  });

  it('shows each agency only its own tasks', async () => {
    const shenzhen = await cardStaff(t, 'demo.440300.staff');
    const theirs = (await shenzhen.queue()).json();
    expect(theirs.total).toBe(1);
    expect(theirs.rows[0]).toMatchObject({ kind: 'replacement-issuing', holderName: '李**' });
    expect(theirs.rows.map((row: QueueRow) => row.card.id)).not.toContain(asked[0]);
    const beijing = await cardStaff(t, 'demo.110100.staff');
    expect((await beijing.queue()).json()).toEqual({ total: 0, rows: [], nextCursor: null });
  });

  it('refuses a query it does not understand, naming every field (400)', async () => {
    const response = await guangzhou.queue(
      '?kind=lost&order=oldest-first&limit=500&cursor=yesterday&status=open',
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('VALIDATION_FAILED');
    expect(invalidFields(response)).toEqual(['cursor', 'kind', 'limit', 'order', 'status']);
  });

  it('refuses a cursor of the right shape that no page gave (an impossible time, 400, not 500)', async () => {
    for (const cursor of [
      '2026-57-40T60:70:40.954Z_01a224bc-ea70-7b56-89d6-aec3f3e2c180',
      '2026-02-30T10:00:00.000Z_01a224bc-ea70-7b56-89d6-aec3f3e2c180',
      '2026-11-28T10:00:00.000Z_3bc8a3-f-d---e3--cd--8-ae0710-1a0-92',
    ]) {
      const response = await guangzhou.queue(`?cursor=${encodeURIComponent(cursor)}`);
      expect(response.statusCode, cursor).toBe(400);
      expect(invalidFields(response), cursor).toEqual(['cursor']);
    }
  });

  it('is for agency staff only', async () => {
    const response = await t.app.inject({ url: '/api/v1/agency/cards/tasks' });
    expect(response.statusCode).toBe(401);
  });

  it('looks the holders of a page up in one statement, however many they are', async () => {
    // 陈晓珊 (within-province) asks for a replacement of a Guangzhou card too.
    const other = await personIdOf(t, 'within-province');
    await holderAsks(t, 'within-province', await cardWith(t, other, ['enabled']), 'replacement');
    const { result, statements } = await countStatements(t.database, /from "persons"/, () =>
      rowsOf(),
    );
    expect(new Set(result.rows.map((row) => row.holderName))).toEqual(new Set(['林*', '陈**']));
    expect(statements).toBe(1);
  });
});
