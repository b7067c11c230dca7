import { describe, expect, it } from 'vitest';
import { isRegionCode, placeOf, regionLabel, samePlace } from './place.ts';
import { REGIONS } from './transfer-test-data.ts';

describe('place', () => {
  it('compares regions by province', () => {
    expect(placeOf(REGIONS.shenzhen)).toBe('44');
    expect(samePlace(REGIONS.shenzhen, REGIONS.guangzhou)).toBe(true);
    expect(samePlace(REGIONS.zhengzhouZhongyuan, REGIONS.xuchang)).toBe(true);
    expect(samePlace(REGIONS.shenzhen, REGIONS.shanghaiPudong)).toBe(false);
  });

  it('accepts six digits that start with a province code', () => {
    expect(isRegionCode('440300')).toBe(true);
    expect(isRegionCode('440524')).toBe(true); // a county code that no longer exists is still a place
    for (const bad of ['990101', '44030', '4403000', '44o300', '', 440300]) {
      expect(isRegionCode(bad), String(bad)).toBe(false);
    }
  });

  it('names a region by its province for people to read', () => {
    expect(regionLabel('440300')).toEqual({ zh: '广东省（440300）', en: 'Guangdong (440300)' });
    expect(regionLabel('990101')).toEqual({ zh: '990101', en: '990101' });
  });
});
