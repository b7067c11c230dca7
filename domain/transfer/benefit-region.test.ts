import { describe, expect, it } from 'vitest';
import { determineBenefitRegion, relationshipRegionOf } from './benefit-region.ts';
import { period, REGIONS } from './transfer-test-data.ts';

const hukouRegion = REGIONS.zhengzhouZhongyuan; // 河南

describe('determineBenefitRegion (10-year rule)', () => {
  it('1. chooses the hukou place when the relationship is there', () => {
    const history = [period({ region: REGIONS.shenzhen, from: '2005-01', to: '2015-12' })]; // 132 months
    const result = determineBenefitRegion({
      hukouRegion,
      history,
      relationshipRegion: REGIONS.zhengzhouJinshui, // another district of the hukou province
    });
    expect(result).toMatchObject({
      region: REGIONS.zhengzhouJinshui,
      reason: 'HUKOU_PLACE',
      monthsAtRelationshipPlace: 0,
    });
  });

  it('2. chooses the place of the relationship when it has 10 years, deemed years included', () => {
    const history = [
      period({ region: REGIONS.shanghaiPudong, from: '2000-01', to: '2004-12' }), // 60
      period({ region: REGIONS.shenzhen, from: '2005-01', to: '2016-12' }), // 144
    ];
    expect(determineBenefitRegion({ hukouRegion, history })).toMatchObject({
      region: REGIONS.shenzhen,
      reason: 'CURRENT_PLACE_10_YEARS',
      monthsAtRelationshipPlace: 144,
      totalMonths: 204,
      meetsMonthlyPensionMinimum: true,
    });
    // 60 months deemed paid + 60 paid in Guangdong = 120 months: exactly 10 years.
    const deemed = [
      period({ region: REGIONS.guangzhou, from: '1990-01', to: '1994-12', deemed: true }),
      period({ region: REGIONS.shenzhen, from: '2010-01', to: '2014-12' }),
    ];
    expect(determineBenefitRegion({ hukouRegion, history: deemed }).reason).toBe(
      'CURRENT_PLACE_10_YEARS',
    );
    // One month less (119) is not 10 years, and no earlier place has them.
    const short = [
      deemed[0]!,
      period({ region: REGIONS.shenzhen, from: '2010-01', to: '2014-11' }),
    ];
    expect(determineBenefitRegion({ hukouRegion, history: short }).reason).toBe(
      'GATHERED_AT_HUKOU_PLACE',
    );
  });

  it('3. chooses the last earlier place with 10 years when the current one has fewer', () => {
    const history = [
      period({ region: REGIONS.beijingChaoyang, from: '1998-01', to: '2009-12' }), // 144
      period({ region: REGIONS.shanghaiPudong, from: '2010-01', to: '2021-12' }), // 144, later
      period({ region: REGIONS.shenzhen, from: '2022-01', to: '2022-12' }), // 12
      period({ region: REGIONS.hangzhouXihu, from: '2023-01', to: '2025-12' }), // 36
    ];
    expect(determineBenefitRegion({ hukouRegion, history })).toMatchObject({
      region: REGIONS.shanghaiPudong,
      reason: 'EARLIER_PLACE_10_YEARS',
      relationshipRegion: REGIONS.hangzhouXihu,
      monthsAtRelationshipPlace: 36,
      monthsAtBenefitPlace: 144,
    });
  });

  it('3. adds up the months of one place across separate stays', () => {
    const history = [
      period({ region: REGIONS.shenzhen, from: '2000-01', to: '2004-12' }), // 60
      period({ region: REGIONS.shanghaiPudong, from: '2005-01', to: '2006-12' }), // 24
      period({ region: REGIONS.guangzhou, from: '2007-01', to: '2011-12' }), // 60 more in Guangdong
      period({ region: REGIONS.hangzhouXihu, from: '2012-01', to: '2013-12' }), // 24
    ];
    expect(determineBenefitRegion({ hukouRegion, history })).toMatchObject({
      region: REGIONS.guangzhou,
      reason: 'EARLIER_PLACE_10_YEARS',
      monthsAtBenefitPlace: 120,
    });
  });

  it('4. gathers everything at the hukou place when no place has 10 years', () => {
    const history = [
      period({ region: REGIONS.shanghaiPudong, from: '2010-01', to: '2014-12' }), // 60
      period({ region: REGIONS.shenzhen, from: '2015-01', to: '2019-12' }), // 60
    ];
    expect(determineBenefitRegion({ hukouRegion, history })).toMatchObject({
      region: hukouRegion,
      reason: 'GATHERED_AT_HUKOU_PLACE',
      relationshipRegion: REGIONS.shenzhen,
      totalMonths: 120,
      meetsMonthlyPensionMinimum: false,
    });
  });

  it('does not count temporary-account months toward a place, only toward the total', () => {
    const history = [
      period({ region: REGIONS.shanghaiPudong, from: '2008-01', to: '2015-12' }), // 96, relationship
      period({
        region: REGIONS.shenzhen,
        from: '2016-01',
        to: '2025-12',
        accountKind: 'temporary',
      }), // 120
    ];
    expect(determineBenefitRegion({ hukouRegion, history })).toMatchObject({
      region: hukouRegion,
      reason: 'GATHERED_AT_HUKOU_PLACE',
      relationshipRegion: REGIONS.shanghaiPudong,
      totalMonths: 216,
      meetsMonthlyPensionMinimum: true,
    });
  });

  it('needs 180 months for a monthly pension, counting a repeated month once', () => {
    const fifteenYears = [period({ region: hukouRegion, from: '2000-01', to: '2014-12' })];
    expect(determineBenefitRegion({ hukouRegion, history: fifteenYears })).toMatchObject({
      totalMonths: 180,
      meetsMonthlyPensionMinimum: true,
    });
    const repeated = [
      period({ region: hukouRegion, from: '2000-01', to: '2014-11' }), // 179
      period({ region: REGIONS.shenzhen, from: '2014-11', to: '2014-11' }), // the same month again
    ];
    expect(determineBenefitRegion({ hukouRegion, history: repeated })).toMatchObject({
      totalMonths: 179,
      meetsMonthlyPensionMinimum: false,
    });
  });
});

describe('relationshipRegionOf', () => {
  it('is the region of the latest period not on a temporary account', () => {
    const history = [
      period({
        region: REGIONS.shenzhen,
        from: '2016-01',
        to: '2020-12',
        accountKind: 'temporary',
      }),
      period({ region: REGIONS.beijingChaoyang, from: '2000-01', to: '2004-12' }),
      period({ region: REGIONS.shanghaiPudong, from: '2005-01', to: '2015-12' }),
    ];
    expect(relationshipRegionOf(history)).toBe(REGIONS.shanghaiPudong);
    expect(relationshipRegionOf(history.slice(0, 1))).toBeUndefined();
  });
});
