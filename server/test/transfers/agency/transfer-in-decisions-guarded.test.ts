import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../helpers/test-app.ts';
import type { TestApp } from '../transfer-helpers.ts';
import {
  rejection,
  staffMember,
  storedCase,
  submitApplicationOf,
  type StaffMember,
} from './agency-helpers.ts';

// The guards of the transfer-in steps: status (ILLEGAL_TRANSITION), version (CONFLICT), two staff
// at once, and who may act at all (404 for anyone else, never 403).
describe('guarded transfer-in decisions', () => {
  let t: TestApp;
  let beijing: StaffMember; // transfer-in agency of 林 (before-1998: Shenyang → Beijing)
  let beijingSupervisor: StaffMember;
  let shenyang: StaffMember; // its transfer-out agency
  let guangzhou: StaffMember; // unrelated to that case
  beforeAll(async () => {
    t = await createTestApp({ demoData: true });
    beijing = await staffMember(t, 'demo.110100.staff');
    beijingSupervisor = await staffMember(t, 'demo.110100.supervisor');
    shenyang = await staffMember(t, 'demo.210100.staff');
    guangzhou = await staffMember(t, 'demo.440100.staff');
  });
  afterAll(() => t?.close());

  const documentsOf = async (id: string) =>
    (
      await t.database.pool.query(
        'select number from transfer_documents where application_id = $1',
        [id],
      )
    ).rows;
  const forceStatus = (id: string, status: string) =>
    t.database.pool.query(
      'update transfer_applications set status = $2, version = version + 1 where id = $1 returning version',
      [id, status],
    );

  it('refuses to accept or reject from every status that does not allow it (409 ILLEGAL_TRANSITION), changing nothing', async () => {
    const { id } = await submitApplicationOf(t, 'before-1998');
    const refused: string[] = [];
    // The statuses the other steps reach are set directly: this test is about the guards only.
    for (const status of ['accepted', 'out-done', 'completed', 'rejected', 'withdrawn']) {
      const { rows } = await forceStatus(id, status);
      const version = rows[0].version as number;
      const before = await storedCase(t, id);
      const attempts = { accept: await beijing.accept(id, version) } as Record<
        string,
        Awaited<ReturnType<StaffMember['accept']>>
      >;
      // A rejection may follow acceptance: it is refused from every other closed or later status.
      if (status !== 'accepted') attempts.reject = await beijing.reject(id, rejection(version));
      for (const [step, response] of Object.entries(attempts)) {
        expect(response.statusCode, `${step} from ${status}`).toBe(409);
        expect(response.json()).toMatchObject({ code: 'ILLEGAL_TRANSITION', details: { status } });
        refused.push(`${step} from ${status}`);
      }
      expect(await storedCase(t, id)).toEqual(before);
    }
    expect(refused).toHaveLength(9);
    expect(await documentsOf(id)).toEqual([]);
  });

  it('refuses a stale page (409 CONFLICT) and keeps the newer decision', async () => {
    const { id, version } = await submitApplicationOf(t, 'employer-rates'); // Shenzhen → Beijing
    const accepted = await beijing.accept(id, version);
    expect(accepted.statusCode).toBe(200);
    // A second page still showing the submitted case tries to reject it, then to accept it.
    for (const response of [
      await beijingSupervisor.reject(id, rejection(version)),
      await beijingSupervisor.accept(id, version),
    ]) {
      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({
        code: 'CONFLICT',
        details: { version: version + 1 },
      });
    }
    expect(await storedCase(t, id)).toEqual({
      status: 'accepted',
      version: version + 1,
      actions: ['submitted', 'accepted'],
    });
    expect(await documentsOf(id)).toHaveLength(1);
  });

  it('lets exactly one of two staff accepting at once win; the other gets a conflict', async () => {
    const { id, version } = await submitApplicationOf(t, 'earlier-ten-years'); // Tianjin → Shenzhen
    const shenzhen = await staffMember(t, 'demo.440300.staff');
    const shenzhenSupervisor = await staffMember(t, 'demo.440300.supervisor');
    const responses = await Promise.all([
      shenzhen.accept(id, version),
      shenzhenSupervisor.accept(id, version),
    ]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(responses.find((r) => r.statusCode === 409)!.json().code).toBe('CONFLICT');
    const stored = await storedCase(t, id);
    expect(stored.actions.filter((a) => a === 'accepted')).toHaveLength(1);
    expect(stored.version).toBe(version + 1);
    expect(await documentsOf(id)).toHaveLength(1);
    const audits = await t.database.pool.query(
      `select count(*)::int as n from audit_log where subject_id = $1 and action = 'transfer-application.accepted'`,
      [id],
    );
    expect(audits.rows[0].n).toBe(1);
  });

  it('lets one accept and one reject at once: exactly one decision stands', async () => {
    const { id, version } = await submitApplicationOf(t, 'flexible-worker'); // Nanning → Kunming
    const kunming = await staffMember(t, 'demo.530100.staff');
    const kunmingSupervisor = await staffMember(t, 'demo.530100.supervisor');
    const responses = await Promise.all([
      kunming.accept(id, version),
      kunmingSupervisor.reject(id, rejection(version)),
    ]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const stored = await storedCase(t, id);
    expect(stored.actions).toHaveLength(2);
    expect(['accepted', 'rejected']).toContain(stored.status);
    expect(await documentsOf(id)).toHaveLength(stored.status === 'accepted' ? 1 : 0);
  });

  describe('who may act', () => {
    let id: string;
    let version: number;
    beforeAll(async () => {
      ({ id, version } = await submitApplicationOf(t, 'deemed-years')); // Harbin → Haikou
    });

    it('answers 404 to staff of an unrelated agency on the case, accept, reject and reveal, and changes nothing', async () => {
      const before = await storedCase(t, id);
      for (const response of [
        await guangzhou.casePage(id),
        await guangzhou.accept(id, version),
        await guangzhou.reject(id, rejection(version)),
        await guangzhou.reveal(id, 'citizenId'),
        await guangzhou.reveal(id, 'contactPhone'),
      ]) {
        expect(response.statusCode).toBe(404);
        expect(response.json().code).toBe('APPLICATION_NOT_FOUND');
      }
      expect(await storedCase(t, id)).toEqual(before);
      const reveals = await t.database.pool.query(
        `select count(*)::int as n from audit_log where subject_id = $1`,
        [id],
      );
      expect(reveals.rows[0].n).toBe(1); // the submission only
    });

    it('lets the transfer-out agency read the case but neither accept nor reject it (404)', async () => {
      const harbin = await staffMember(t, 'demo.230100.staff');
      const page = await harbin.casePage(id);
      expect(page.statusCode).toBe(200);
      expect(page.json()).toMatchObject({ sides: ['transfer-out'], availableActions: ['reveal'] });
      for (const response of [
        await harbin.accept(id, version),
        await harbin.reject(id, rejection(version)),
      ]) {
        expect(response.statusCode).toBe(404);
        expect(response.json().code).toBe('APPLICATION_NOT_FOUND');
      }
      expect((await storedCase(t, id)).status).toBe('submitted');
    });

    it('answers 404 for a case that does not exist', async () => {
      const response = await shenyang.accept('01900000-0000-7000-8000-000000000000', 1);
      expect(response.statusCode).toBe(404);
    });

    it('refuses an administrator, who holds no agency (403)', async () => {
      const admin = await staffMember(t, 'demo.sysadmin');
      expect((await admin.casePage(id)).statusCode).toBe(403);
      expect((await admin.accept(id, version)).statusCode).toBe(403);
    });
  });
});
