import { recordAudit } from '../../../platform/audit/index.ts';
import type { Db } from '../../../platform/db/database.ts';
import type { InsuranceScheme } from '../../../../../domain/schemes.ts';
import { RegionDirectory } from '../region-directory.ts';
import {
  insertOpenings,
  selectAgencies,
  selectOpenings,
  selectRegions,
  type OpeningRecord,
} from '../regions.repository.ts';

/**
 * Demo regions that have NOT opened online employee-pension transfer, so that a newcomer can see
 * both answers: 三沙市, 那曲市, 果洛藏族自治州, 和田地区 and the directly administered 神农架林区.
 */
export const DEMO_CLOSED_REGIONS = ['460300', '540600', '632600', '653200', '429021'];

/** Demo region whose online service opens in the future, to show the "opens on" answer. */
export const DEMO_FUTURE_REGION = { regionCode: '650200', openSince: '2099-01-01' };

/** Provinces whose cities have opened online resident-pension transfer in the demo. */
const RESIDENT_PENSION_PROVINCES = ['11', '31', '32', '33', '44'];

/**
 * Opens most destination regions in the demo database. Runs only on an empty registry and
 * records one audit entry for the whole seed.
 */
export async function seedDemoOpenings(db: Db): Promise<{ seeded: number }> {
  if ((await selectOpenings(db)).length > 0) return { seeded: 0 };
  const directory = new RegionDirectory(await selectRegions(db), await selectAgencies(db));
  const destinations = directory
    .provinces()
    .flatMap((province) => directory.destinationsIn(province.code))
    .filter((region) => !DEMO_CLOSED_REGIONS.includes(region.code));
  const open =
    (scheme: InsuranceScheme, openSince: string) =>
    (regionCode: string): OpeningRecord => ({
      regionCode,
      scheme,
      openSince,
    });
  const openings: OpeningRecord[] = [
    ...destinations
      .filter((r) => r.code !== DEMO_FUTURE_REGION.regionCode)
      .map((r) => open('employee-pension', '2021-01-01')(r.code)),
    open('employee-pension', DEMO_FUTURE_REGION.openSince)(DEMO_FUTURE_REGION.regionCode),
    ...destinations.map((r) => open('medical', '2022-07-01')(r.code)),
    ...destinations
      .filter((r) => RESIDENT_PENSION_PROVINCES.includes(r.code.slice(0, 2)))
      .map((r) => open('resident-pension', '2023-01-01')(r.code)),
  ];
  await db.transaction(async (tx) => {
    await insertOpenings(tx, openings);
    await recordAudit(tx, {
      actor: { type: 'system', id: 'demo-seed' },
      action: 'online-transfer.demo-seeded',
      subjectType: 'registry',
      subjectId: 'online-transfer-openings',
      data: { openings: openings.length, closedRegions: DEMO_CLOSED_REGIONS },
    });
  });
  return { seeded: openings.length };
}
