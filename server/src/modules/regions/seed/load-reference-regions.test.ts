import { describe, expect, it } from 'vitest';
import { RegionDirectory } from '../region-directory.ts';
import { DEMO_AGENCY_POST_CODES } from './demo-agency-post-codes.ts';
import { demoAgencies, readDivisions } from './load-reference-regions.ts';

describe('demoAgencies', () => {
  const regions = readDivisions();
  const agencies = demoAgencies(new RegionDirectory(regions, []), regions);
  const postCodeOf = (regionCode: string) =>
    agencies.find((agency) => agency.regionCode === regionCode)?.postCode;

  it('gives the agencies of the demo cities the post code of their city', () => {
    expect(postCodeOf('440100')).toBe('510000'); // 广州市
    expect(postCodeOf('440300')).toBe('518000'); // 深圳市
    expect(postCodeOf('510100')).toBe('610000'); // 成都市
    expect(postCodeOf('110100')).toBe('100000'); // 北京市
    expect(postCodeOf('130100')).toBe('050000'); // 石家庄市: the leading zero is kept
  });

  it('leaves the others without one, so that their documents say 未登记', () => {
    expect(postCodeOf('460300')).toBeNull(); // 三沙市
    expect(postCodeOf('429004')).toBeNull(); // 仙桃市, a county reporting to its province
  });

  it('has six digits for every post code, each for a region that has an agency', () => {
    const withAgency = new Set(agencies.map((agency) => agency.regionCode));
    for (const [regionCode, postCode] of Object.entries(DEMO_AGENCY_POST_CODES)) {
      expect(postCode, regionCode).toMatch(/^\d{6}$/);
      expect(withAgency.has(regionCode), regionCode).toBe(true);
    }
  });
});
