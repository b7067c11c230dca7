import { describe, expect, it } from 'vitest';
import { calculateTransfer } from './calculate-transfer.ts';
import { InvalidTransferInputError } from './invalid-transfer-input-error.ts';
import { period, REGIONS, request } from './transfer-test-data.ts';
import type { TransferCalculation } from './types.ts';

const codes = (result: TransferCalculation) => result.explanation.map((e) => e.code);
const entry = (result: TransferCalculation, code: string) =>
  result.explanation.find((e) => e.code === code);

describe('calculateTransfer', () => {
  it('moves 24 months at a 5,000-yuan base since 2010', () => {
    // A man of 30 (hukou in Sichuan) leaving Shenzhen for Shanghai.
    const result = calculateTransfer(
      request({
        person: { sex: 'male', birthDate: '1995-04-01', hukouRegion: REGIONS.chengduJinjiang },
        transferDate: '2025-06-30',
        history: [
          period({ from: '2010-01', to: '2011-12', monthlyBaseFen: 500_000, employerRateBp: 2000 }),
        ],
      }),
    );
    // Pooled: 24 × 500,000 × 12% = 1,440,000 fen; individual: 24 × 500,000 × 8% = 960,000 fen.
    expect(result).toMatchObject({
      pooledFundFen: 1_440_000,
      individualAccountPrincipalFen: 960_000,
      totalFen: 2_400_000,
      temporaryAccount: false,
      // The relationship moves to Shanghai, which has no months yet; Guangdong has 24 < 120:
      // everything gathers at the hukou place.
      benefitRegion: REGIONS.chengduJinjiang,
    });
    expect(codes(result)).toEqual([
      'POOLED_FUND',
      'INDIVIDUAL_ACCOUNT',
      'TOTAL',
      'TEMPORARY_ACCOUNT_BELOW_AGE',
      'BENEFIT_PLACE_GATHERED_AT_HUKOU',
      'MINIMUM_15_YEARS_NOT_REACHED',
    ]);
    const pooled = entry(result, 'POOLED_FUND');
    expect(pooled?.zh).toContain('共24个月（2年），合计14,400.00元');
    expect(pooled?.en).toContain('14,400.00 yuan');
    expect(pooled?.values).toEqual({ months: 24, pooledFundFen: 1_440_000 });
    expect(entry(result, 'TOTAL')?.zh).toContain('合计转移24,000.00元');
    expect(entry(result, 'INDIVIDUAL_ACCOUNT')?.zh).toContain('9,600.00元');
    expect(entry(result, 'MINIMUM_15_YEARS_NOT_REACHED')?.values).toEqual({
      totalMonths: 24,
      monthsMissing: 156,
    });
  });

  it('leaves the months before 1998 out of both amounts and says so', () => {
    const result = calculateTransfer(
      request({
        person: { sex: 'female', birthDate: '1975-08-08', hukouRegion: REGIONS.shenzhen },
        fromRegion: REGIONS.shanghaiPudong,
        destinationRegion: REGIONS.shenzhen,
        transferDate: '2009-02-01',
        history: [
          period({
            region: REGIONS.shanghaiPudong,
            from: '1995-07',
            to: '1999-06',
            monthlyBaseFen: 80_000,
          }),
          period({
            region: REGIONS.shanghaiPudong,
            from: '1999-07',
            to: '2008-12',
            monthlyBaseFen: 150_000,
          }),
        ],
      }),
    );
    // Pooled: 18 × 80,000 × 12% + 114 × 150,000 × 12% = 172,800 + 2,052,000 = 2,224,800.
    // Individual: 18 × 80,000 × 11% + 78 × 150,000 × 11% + 36 × 150,000 × 8%
    //           = 158,400 + 1,287,000 + 432,000 = 1,877,400.
    expect(result.pooledFundFen).toBe(2_224_800);
    expect(result.individualAccountPrincipalFen).toBe(1_877_400);
    expect(result.totalFen).toBe(4_102_200);
    expect(entry(result, 'BEFORE_1998_NOT_COUNTED')?.values).toEqual({ months: 30 });
    expect(entry(result, 'INDIVIDUAL_ACCOUNT')?.values).toEqual({
      months: 132,
      individualAccountPrincipalFen: 1_877_400,
    });
    // A woman of 33 going home to Guangdong: no temporary account; the relationship is then at
    // the hukou place.
    expect(result.temporaryAccount).toBe(false);
    expect(result.benefitRegion).toBe(REGIONS.shenzhen);
    expect(codes(result)).toContain('TEMPORARY_ACCOUNT_RETURN_TO_HUKOU_PLACE');
    expect(codes(result)).toContain('BENEFIT_PLACE_HUKOU');
  });

  it('opens a temporary account for a man of 52 and keeps the pension where it was', () => {
    const result = calculateTransfer(
      request({
        person: { sex: 'male', birthDate: '1972-03-10', hukouRegion: REGIONS.zhengzhouZhongyuan },
        fromRegion: REGIONS.shanghaiPudong,
        destinationRegion: REGIONS.shenzhen,
        transferDate: '2024-06-20',
        history: [
          period({
            region: REGIONS.zhengzhouZhongyuan,
            from: '1994-07',
            to: '1999-12',
            monthlyBaseFen: 60_000,
          }),
          period({
            region: REGIONS.shanghaiPudong,
            from: '2000-01',
            to: '2024-05',
            monthlyBaseFen: 800_000,
          }),
        ],
      }),
    );
    // Only the 293 Shanghai months move: pooled 293 × 800,000 × 12% = 28,128,000;
    // individual 72 × 800,000 × 11% + 221 × 800,000 × 8% = 6,336,000 + 14,144,000 = 20,480,000.
    expect(result).toMatchObject({
      pooledFundFen: 28_128_000,
      individualAccountPrincipalFen: 20_480_000,
      totalFen: 48_608_000,
      temporaryAccount: true,
      // The relationship stays in Shanghai, which has 293 months ≥ 120.
      benefitRegion: REGIONS.shanghaiPudong,
    });
    expect(codes(result)).toEqual([
      'POOLED_FUND',
      'INDIVIDUAL_ACCOUNT',
      'TOTAL',
      'TEMPORARY_ACCOUNT_OPENS',
      'BENEFIT_PLACE_CURRENT_10_YEARS',
      'MINIMUM_15_YEARS_REACHED',
    ]);
    expect(entry(result, 'TEMPORARY_ACCOUNT_OPENS')?.values).toEqual({ age: 52, ageThreshold: 50 });
    // 66 months in Henan + 293 in Shanghai = 359.
    expect(entry(result, 'MINIMUM_15_YEARS_REACHED')?.values).toEqual({
      totalMonths: 359,
      monthsMissing: 0,
    });
  });

  it('lets the same man, officially transferred, take his pension to the destination', () => {
    const result = calculateTransfer(
      request({
        person: { sex: 'male', birthDate: '1972-03-10', hukouRegion: REGIONS.zhengzhouZhongyuan },
        fromRegion: REGIONS.shanghaiPudong,
        destinationRegion: REGIONS.shenzhen,
        transferDate: '2024-06-20',
        officialTransfer: true,
        history: [period({ region: REGIONS.shanghaiPudong, from: '2000-01', to: '2024-05' })],
      }),
    );
    expect(result.temporaryAccount).toBe(false);
    // The relationship moves to Shenzhen (0 months there); Shanghai is the last place with 10 years.
    expect(result.benefitRegion).toBe(REGIONS.shanghaiPudong);
    expect(codes(result)).toContain('TEMPORARY_ACCOUNT_OFFICIAL_TRANSFER');
    expect(codes(result)).toContain('BENEFIT_PLACE_EARLIER_10_YEARS');
  });

  it('explains temporary-account rates, flexible work and deemed months of the periods that move', () => {
    const result = calculateTransfer(
      request({
        person: { sex: 'female', birthDate: '1960-01-01', hukouRegion: REGIONS.zhengzhouZhongyuan },
        transferDate: '2014-12-31',
        history: [
          period({ from: '1988-01', to: '1992-12', monthlyBaseFen: 0, deemed: true }),
          period({
            from: '2010-01',
            to: '2012-12',
            accountKind: 'temporary',
            employerRateBp: 1600,
          }),
          period({ from: '2013-01', to: '2014-12', insuredAs: 'individual', employerRateBp: 2000 }),
        ],
      }),
    );
    // Temporary: 36 × 500,000 × 16% = 2,880,000; individual: 24 × 500,000 × 12% = 1,440,000.
    expect(result.pooledFundFen).toBe(4_320_000);
    // 60 paid months since 2006 × 500,000 × 8% = 2,400,000.
    expect(result.individualAccountPrincipalFen).toBe(2_400_000);
    expect(entry(result, 'POOLED_FUND_TEMPORARY_ACCOUNT_RATE')?.values).toEqual({ months: 36 });
    expect(entry(result, 'POOLED_FUND_INDIVIDUAL_INSURED')?.values).toEqual({ months: 24 });
    expect(entry(result, 'DEEMED_MONTHS_NO_FUNDS')?.values).toEqual({ months: 60 });
    // Deemed months are not "before 1998" months with money left behind.
    expect(codes(result)).not.toContain('BEFORE_1998_NOT_COUNTED');
  });

  it('counts the periods of the whole transfer-out province and notes a move within it', () => {
    const result = calculateTransfer(
      request({
        fromRegion: REGIONS.shenzhen,
        destinationRegion: REGIONS.guangzhou,
        history: [
          period({ region: REGIONS.guangzhou, from: '2010-01', to: '2010-12' }),
          period({ region: REGIONS.shenzhen, from: '2011-01', to: '2011-12' }),
          period({ region: REGIONS.hangzhouXihu, from: '2012-01', to: '2012-12' }),
        ],
      }),
    );
    // 24 Guangdong months × 500,000 × 12% = 1,440,000; the Zhejiang year does not move from here.
    expect(result.pooledFundFen).toBe(1_440_000);
    expect(codes(result)).toContain('WITHIN_ONE_PROVINCE');
    expect(codes(result)).toContain('TEMPORARY_ACCOUNT_SAME_PLACE');
  });

  it('refuses a request with problems, listing them', () => {
    const bad = request({ history: [period({ from: '2012-01', to: '2011-01' })] });
    expect(() => calculateTransfer(bad)).toThrow(InvalidTransferInputError);
    try {
      calculateTransfer(bad);
    } catch (error) {
      expect((error as InvalidTransferInputError).issues.map((i) => i.code)).toEqual([
        'PERIOD_ENDS_BEFORE_START',
      ]);
    }
  });
});
