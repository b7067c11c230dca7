import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInChina } from '../../../../domain/china-time.ts';
import { getInsuranceRecord } from '../../../src/modules/persons/index.ts';
import {
  acceptCase,
  createTestApp,
  expectLedgerVerifies,
  staffOf,
  takeStep,
  type TestApp,
} from './agency-process-helpers.ts';

// 马晓东's seeded application (demo 'open-application'): Lanzhou to Xi'an, waiting for review.
const LANZHOU = '620100';
const XIAN = '610100';

describe('completing when the person no longer holds a relationship at the new place', () => {
  let t: TestApp;
  let applicationId: string;
  let personId: string;
  beforeAll(async () => {
    t = await createTestApp({ demoData: true });
    const { rows } = await t.database.pool.query<{ id: string; person_id: string }>(
      `select id, person_id from transfer_applications where from_region_code = $1 and to_region_code = $2`,
      [LANZHOU, XIAN],
    );
    ({ id: applicationId, person_id: personId } = rows[0]!);
    await acceptCase(t, applicationId);
    const lanzhou = await staffOf(t, LANZHOU);
    const out = await takeStep(t, lanzhou.cookie, applicationId, 'transfer-out', 2);
    expect(out.statusCode, out.body).toBe(200);
    // Xi'an's records show the relationship ended meanwhile (the employment there ended).
    await t.database.pool.query(
      `update insurance_relationships set status = 'terminated', ended_on = '2026-10-31'
       where person_id = $1 and region_code = $2`,
      [personId, XIAN],
    );
  });
  afterAll(() => t?.close());

  it('opens a contributing relationship there, which receives the transferred record', async () => {
    const xian = await staffOf(t, XIAN);
    const response = await takeStep(t, xian.cookie, applicationId, 'complete', 3);
    expect(response.statusCode, response.body).toBe(200);
    const record = await getInsuranceRecord({ db: t.database.db, personId });
    const relationships = record.schemes.find(
      (s) => s.scheme === 'employee-pension',
    )!.relationships;
    const opened = relationships.find((r) => r.regionCode === XIAN && r.status !== 'terminated');
    expect(opened).toMatchObject({ status: 'contributing', startedOn: todayInChina() });
    expect(opened!.periods.length).toBeGreaterThan(0);
    expect(new Set(opened!.periods.map((p) => p.region))).toEqual(new Set([LANZHOU]));
    const ended = relationships.filter((r) => r.status === 'terminated');
    expect(ended.map((r) => [r.regionCode, r.periods.length > 0])).toEqual(
      expect.arrayContaining([
        [LANZHOU, false],
        [XIAN, true],
      ]),
    );
    await expectLedgerVerifies(t);
  });
});
