import { describe, expect, it } from 'vitest';
import { individualAccountMonths, individualAccountPrincipalFen } from './individual-account.ts';
import { period } from './transfer-test-data.ts';

describe('individualAccountPrincipalFen', () => {
  it('credits 8% of the base from 2006', () => {
    // 24 months × 500,000 fen × 8% = 24 × 40,000 = 960,000 fen.
    expect(individualAccountPrincipalFen([period({ from: '2010-01', to: '2011-12' })])).toBe(
      960_000,
    );
  });

  it('credits 11% from 1998 to 2005, 8% from 2006, and nothing before 1998', () => {
    const history = [
      // 1995-07..1997-12 not counted; 1998-01..1999-06: 18 × 80,000 × 11% = 18 × 8,800 = 158,400.
      period({ from: '1995-07', to: '1999-06', monthlyBaseFen: 80_000 }),
      // 1999-07..2005-12: 78 × 150,000 × 11% = 78 × 16,500 = 1,287,000;
      // 2006-01..2008-12: 36 × 150,000 × 8% = 36 × 12,000 = 432,000.
      period({ from: '1999-07', to: '2008-12', monthlyBaseFen: 150_000 }),
    ];
    expect(individualAccountPrincipalFen(history)).toBe(158_400 + 1_287_000 + 432_000);
    expect(history.map(individualAccountMonths)).toEqual([18, 114]);
  });

  it('switches rate exactly between 2005-12 and 2006-01', () => {
    // 2005-12: 100,000 × 11% = 11,000; 2006-01: 100,000 × 8% = 8,000.
    const twoMonths = period({ from: '2005-12', to: '2006-01', monthlyBaseFen: 100_000 });
    expect(individualAccountPrincipalFen([twoMonths])).toBe(19_000);
  });

  it('is the same for people insured as individuals and on temporary accounts', () => {
    const base = { from: '2010-01', to: '2011-12' } as const;
    expect(individualAccountPrincipalFen([period({ ...base, insuredAs: 'individual' })])).toBe(
      960_000,
    );
    expect(individualAccountPrincipalFen([period({ ...base, accountKind: 'temporary' })])).toBe(
      960_000,
    );
  });

  it('credits nothing for months deemed paid', () => {
    expect(
      individualAccountPrincipalFen([period({ from: '1998-01', to: '2008-12', deemed: true })]),
    ).toBe(0);
  });

  it('rounds once, half up, after adding up every period', () => {
    // 50 fen × 11% = 5.5 fen → 6 fen (half up).
    expect(
      individualAccountPrincipalFen([
        period({ from: '1998-01', to: '1998-01', monthlyBaseFen: 50 }),
      ]),
    ).toBe(6);
    // 333 fen × 8% = 26.64 fen a month: ten months 266.4 → 266 (monthly rounding would say 270).
    expect(
      individualAccountPrincipalFen([
        period({ from: '2010-01', to: '2010-10', monthlyBaseFen: 333 }),
      ]),
    ).toBe(266);
    // Three one-month periods: 3 × 26.64 = 79.92 → 80 (rounding per period would say 81).
    const months = ['2010-01', '2010-03', '2010-05'].map((m) =>
      period({ from: m, to: m, monthlyBaseFen: 333 }),
    );
    expect(individualAccountPrincipalFen(months)).toBe(80);
  });
});
