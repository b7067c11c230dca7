import { describe, expect, it } from 'vitest';
import { pooledFundFen, pooledFundMonths, pooledFundRateBp } from './pooled-fund.ts';
import { period } from './transfer-test-data.ts';

describe('pooledFundFen', () => {
  it('moves 12% of the base for each month since 1998, whatever the employer paid', () => {
    // 24 months × 500,000 fen (5,000 yuan) × 12% = 24 × 60,000 = 1,440,000 fen.
    expect(pooledFundFen([period({ from: '2010-01', to: '2011-12', employerRateBp: 2000 })])).toBe(
      1_440_000,
    );
    expect(pooledFundFen([period({ from: '2010-01', to: '2011-12', employerRateBp: 1000 })])).toBe(
      1_440_000,
    );
  });

  it('leaves out the months before 1998', () => {
    const history = [
      // 1995-07..1997-12 (30 months) move nothing; 1998-01..1999-06: 18 × 80,000 × 12% = 172,800.
      period({ from: '1995-07', to: '1999-06', monthlyBaseFen: 80_000 }),
      // 1999-07..2008-12: 114 months × 150,000 × 12% = 114 × 18,000 = 2,052,000.
      period({ from: '1999-07', to: '2008-12', monthlyBaseFen: 150_000 }),
    ];
    expect(pooledFundFen(history)).toBe(172_800 + 2_052_000);
    expect(pooledFundFen([period({ from: '1990-01', to: '1997-12' })])).toBe(0);
  });

  it('moves the actual employer rate of a temporary account when it is above 12%', () => {
    const temporary = { from: '2020-01', to: '2020-12', monthlyBaseFen: 600_000 } as const;
    // 12 months × 600,000 fen × 16% = 12 × 96,000 = 1,152,000 fen.
    expect(
      pooledFundFen([period({ ...temporary, accountKind: 'temporary', employerRateBp: 1600 })]),
    ).toBe(1_152_000);
    // At 10% the temporary account still moves 12%: 12 × 600,000 × 12% = 864,000 fen.
    expect(
      pooledFundFen([period({ ...temporary, accountKind: 'temporary', employerRateBp: 1000 })]),
    ).toBe(864_000);
    // A normal account at 16% moves 12%: 864,000 fen.
    expect(
      pooledFundFen([period({ ...temporary, accountKind: 'normal', employerRateBp: 1600 })]),
    ).toBe(864_000);
  });

  it('moves 12% for people insured as individuals, even on a temporary account', () => {
    // A flexible worker pays 20%; 12 months × 600,000 fen × 12% = 864,000 fen moves.
    const flexible = {
      from: '2020-01',
      to: '2020-12',
      monthlyBaseFen: 600_000,
      employerRateBp: 2000,
    } as const;
    expect(pooledFundFen([period({ ...flexible, insuredAs: 'individual' })])).toBe(864_000);
    expect(
      pooledFundFen([period({ ...flexible, insuredAs: 'individual', accountKind: 'temporary' })]),
    ).toBe(864_000);
    expect(
      pooledFundRateBp(period({ ...flexible, insuredAs: 'individual', accountKind: 'temporary' })),
    ).toBe(1200);
  });

  it('moves nothing for months deemed paid', () => {
    const deemed = period({ from: '1998-01', to: '1999-12', deemed: true });
    expect(pooledFundMonths(deemed)).toBe(0);
    expect(pooledFundFen([deemed])).toBe(0);
  });

  it('rounds once, half up, after adding up every period', () => {
    // 333 fen × 12% = 39.96 fen: one month → 40 fen; ten months → 399.6 → 400 fen.
    expect(pooledFundFen([period({ from: '2010-01', to: '2010-01', monthlyBaseFen: 333 })])).toBe(
      40,
    );
    expect(pooledFundFen([period({ from: '2010-01', to: '2010-10', monthlyBaseFen: 333 })])).toBe(
      400,
    );
    // Temporary account at 15%: 10 fen × 15% = 1.5 fen → 2 fen; twice = 3 fen exactly, not 2 + 2.
    const tiny = period({
      from: '2010-01',
      to: '2010-01',
      monthlyBaseFen: 10,
      accountKind: 'temporary',
      employerRateBp: 1500,
    });
    expect(pooledFundFen([tiny])).toBe(2);
    expect(pooledFundFen([tiny, { ...tiny, from: '2010-02', to: '2010-02' }])).toBe(3);
  });

  it('is zero for no periods', () => {
    expect(pooledFundFen([])).toBe(0);
  });
});
