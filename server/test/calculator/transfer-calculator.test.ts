import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/test-app.ts';
import {
  type Body,
  calculateWith,
  codes,
  JINJIANG,
  JINSHUI,
  period,
  PUDONG,
  request,
  SHENZHEN,
  XIHU,
  ZHONGYUAN,
} from './calculator-fixtures.ts';

describe('POST /api/v1/transfer-calculator: the rules', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  const calculate = (payload: unknown) => calculateWith(t)(payload);

  describe('what moves', () => {
    it('moves 12% and 8% of 24 months at a 5,000-yuan base, worked out by hand', async () => {
      const response = await calculate(request({ history: [period({ employerRateBp: 2000 })] }));
      expect(response.statusCode).toBe(200);
      const body = response.json();
      // Pooled: 24 × 500,000 fen × 12% = 1,440,000; individual (2006 on): 24 × 500,000 × 8% = 960,000.
      expect(body).toMatchObject({
        pooledFundFen: 1_440_000,
        individualAccountPrincipalFen: 960_000,
        totalFen: 2_400_000,
        temporaryAccount: false,
        temporaryAccountReason: 'BELOW_AGE',
        // The relationship moves to Shanghai with no months; Guangdong has 24 < 120: everything
        // gathers at the hukou place.
        benefitRegion: JINJIANG,
        benefitRegionName: '四川省成都市锦江区',
        benefitRegionReason: 'GATHERED_AT_HUKOU_PLACE',
        totalMonths: 24,
        meetsMonthlyPensionMinimum: false,
      });
      expect(codes(body)).toEqual([
        'POOLED_FUND',
        'INDIVIDUAL_ACCOUNT',
        'TOTAL',
        'TEMPORARY_ACCOUNT_BELOW_AGE',
        'BENEFIT_PLACE_GATHERED_AT_HUKOU',
        'MINIMUM_15_YEARS_NOT_REACHED',
      ]);
      const pooled = body.explanation[0];
      expect(pooled.zh).toContain('合计14,400.00元');
      expect(pooled.en).toContain('14,400.00 yuan');
      expect(pooled.values).toEqual({ months: 24, pooledFundFen: 1_440_000 });
      expect(Object.keys(body).sort()).toEqual(
        [
          'pooledFundFen',
          'individualAccountPrincipalFen',
          'totalFen',
          'temporaryAccount',
          'temporaryAccountReason',
          'benefitRegion',
          'benefitRegionName',
          'benefitRegionReason',
          'totalMonths',
          'meetsMonthlyPensionMinimum',
          'explanation',
        ].sort(),
      );
    });

    it('counts deemed months as years without money', async () => {
      const body = (
        await calculate(
          request({
            history: [
              period({ from: '1990-01', to: '1997-12', monthlyBaseFen: 0, deemed: true }),
              period(),
            ],
          }),
        )
      ).json();
      expect(body).toMatchObject({ pooledFundFen: 1_440_000, totalMonths: 24 + 96 });
      expect(codes(body)).toContain('DEEMED_MONTHS_NO_FUNDS');
    });
  });

  describe('the 50/40 rule', () => {
    // A man of 55, hukou in Henan, 209 months in Shenzhen (2008-01 to 2025-05), moving to Shanghai.
    const man55 = (overrides: Body = {}) =>
      request({
        person: { sex: 'male', birthDate: '1970-03-15', hukouRegion: ZHONGYUAN },
        history: [period({ from: '2008-01', to: '2025-05', monthlyBaseFen: 800_000 })],
        ...overrides,
      });

    it('opens a temporary account for a man of 50 or more moving away from his hukou place', async () => {
      const body = (await calculate(man55())).json();
      expect(body).toMatchObject({
        // 209 × 800,000 × 12% and × 8%.
        pooledFundFen: 20_064_000,
        individualAccountPrincipalFen: 13_376_000,
        temporaryAccount: true,
        temporaryAccountReason: 'AGE_AND_AWAY_FROM_HUKOU_PLACE',
        // The relationship stays in Shenzhen, which has 10 years or more.
        benefitRegion: SHENZHEN,
        benefitRegionName: '广东省深圳市',
        benefitRegionReason: 'CURRENT_PLACE_10_YEARS',
        totalMonths: 209,
        meetsMonthlyPensionMinimum: true,
      });
      expect(
        body.explanation.find((e: { code: string }) => e.code === 'TEMPORARY_ACCOUNT_OPENS'),
      ).toMatchObject({ values: { age: 55, ageThreshold: 50 } });
    });

    it('does not apply to an approved official transfer', async () => {
      const body = (await calculate(man55({ officialTransfer: true }))).json();
      expect(body).toMatchObject({
        temporaryAccount: false,
        temporaryAccountReason: 'OFFICIAL_TRANSFER',
        // The relationship moves to Shanghai; Shenzhen is the last earlier place with 10 years.
        benefitRegion: SHENZHEN,
        benefitRegionReason: 'EARLIER_PLACE_10_YEARS',
      });
    });

    it('applies to a woman from 40, and not to a man of 49', async () => {
      const woman41 = request({
        person: { sex: 'female', birthDate: '1984-01-01', hukouRegion: JINJIANG },
        destinationRegion: XIHU,
      });
      expect((await calculate(woman41)).json().temporaryAccount).toBe(true);
      const man49 = man55({
        person: { sex: 'male', birthDate: '1975-07-01', hukouRegion: ZHONGYUAN },
      });
      expect((await calculate(man49)).json()).toMatchObject({
        temporaryAccount: false,
        temporaryAccountReason: 'BELOW_AGE',
      });
    });

    it('moves the actual employer rate of temporary-account months when it is above 12%', async () => {
      const body = (
        await calculate(
          man55({
            fromRegion: PUDONG,
            destinationRegion: XIHU,
            transferDate: '2025-03-01',
            history: [
              period({ from: '2008-01', to: '2022-12' }),
              period({
                region: PUDONG,
                from: '2023-01',
                to: '2024-12',
                employerRateBp: 2000,
                accountKind: 'temporary',
              }),
            ],
          }),
        )
      ).json();
      // 24 × 500,000 × 20% = 2,400,000; individual 24 × 500,000 × 8% = 960,000.
      expect(body).toMatchObject({
        pooledFundFen: 2_400_000,
        individualAccountPrincipalFen: 960_000,
      });
      expect(codes(body)).toContain('POOLED_FUND_TEMPORARY_ACCOUNT_RATE');
    });
  });

  describe('where the pension is claimed (10-year rule)', () => {
    // A man of 35, hukou in Henan: 132 months in Shenzhen, then 53 in Hangzhou.
    const mover = (destinationRegion: string) =>
      request({
        person: { sex: 'male', birthDate: '1990-01-01', hukouRegion: ZHONGYUAN },
        fromRegion: XIHU,
        destinationRegion,
        history: [
          period({ from: '2010-01', to: '2020-12' }),
          period({ region: XIHU, from: '2021-01', to: '2025-05' }),
        ],
      });

    it('is the last earlier place with 10 years when the new place has fewer', async () => {
      expect((await calculate(mover(PUDONG))).json()).toMatchObject({
        benefitRegion: SHENZHEN,
        benefitRegionReason: 'EARLIER_PLACE_10_YEARS',
        totalMonths: 185,
        meetsMonthlyPensionMinimum: true,
      });
    });

    it('is the hukou place when the person moves back there, at any age', async () => {
      expect((await calculate(mover(JINSHUI))).json()).toMatchObject({
        temporaryAccount: false,
        temporaryAccountReason: 'RETURN_TO_HUKOU_PLACE',
        benefitRegion: JINSHUI,
        benefitRegionName: '河南省郑州市金水区',
        benefitRegionReason: 'HUKOU_PLACE',
      });
    });
  });
});
