import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculateTransfer } from './calculate-transfer.ts';
import { individualAccountPrincipalFen } from './individual-account.ts';
import { addMonths, compareYearMonths, monthIndex, yearMonthAt } from './months.ts';
import { pooledFundFen } from './pooled-fund.ts';
import { historyIn, monthBetween, REGIONS, request } from './transfer-test-data.ts';
import type { ContributionPeriod } from './types.ts';

const FROM = REGIONS.shenzhen;
const TRANSFER_DATE = '2025-06-30';
const LAST_MONTH = '2025-06';
// At most 8 periods of 36 months after gaps of 12: 384 months from 1990-01 end before 2022-01.
const anyHistory = historyIn(FROM, '1990-01', LAST_MONTH);
const historySince1998 = historyIn(FROM, '1998-01', LAST_MONTH);

const amounts = (periods: readonly ContributionPeriod[]) => ({
  pooled: pooledFundFen(periods),
  individual: individualAccountPrincipalFen(periods),
});

describe('calculateTransfer properties', () => {
  it('never gives a negative amount, and the total is the sum of the two parts', () => {
    fc.assert(
      fc.property(anyHistory, fc.boolean(), (history, officialTransfer) => {
        const result = calculateTransfer(
          request({ history, transferDate: TRANSFER_DATE, officialTransfer }),
        );
        for (const fen of [
          result.pooledFundFen,
          result.individualAccountPrincipalFen,
          result.totalFen,
        ]) {
          expect(Number.isSafeInteger(fen)).toBe(true);
          expect(fen).toBeGreaterThanOrEqual(0);
        }
        expect(result.totalFen).toBe(result.pooledFundFen + result.individualAccountPrincipalFen);
        expect(result.explanation.length).toBeGreaterThanOrEqual(6);
      }),
    );
  });

  it('never decreases when a month is added at the end of a period or after the last one', () => {
    fc.assert(
      fc.property(anyHistory, fc.nat(), fc.boolean(), (history, pick, asNewPeriod) => {
        const i = pick % history.length;
        const target = history[i]!;
        const next = addMonths(target.to, 1);
        const nextStart = history[i + 1]?.from;
        // Only where the month is free and not after the transfer.
        fc.pre(
          compareYearMonths(next, LAST_MONTH) <= 0 &&
            (!nextStart || (next !== nextStart && compareYearMonths(next, nextStart) < 0)),
        );
        const longer = asNewPeriod
          ? [...history, { ...target, from: next, to: next }]
          : history.map((p, k) => (k === i ? { ...p, to: next } : p));
        const before = amounts(history);
        const after = amounts(longer);
        expect(after.pooled).toBeGreaterThanOrEqual(before.pooled);
        expect(after.individual).toBeGreaterThanOrEqual(before.individual);
      }),
    );
  });

  it('gives the same amounts when a period is split in two (rounding happens once, at the end)', () => {
    fc.assert(
      fc.property(anyHistory, fc.nat(), fc.nat(), (history, pick, cutAt) => {
        const i = pick % history.length;
        const target = history[i]!;
        const length = monthIndex(target.to) - monthIndex(target.from) + 1;
        fc.pre(length >= 2);
        const cut = yearMonthAt(monthIndex(target.from) + 1 + (cutAt % (length - 1)));
        const split = [
          ...history.slice(0, i),
          { ...target, to: addMonths(cut, -1) },
          { ...target, from: cut },
          ...history.slice(i + 1),
        ];
        // Stronger than "within 1 fen": exact sums rounded once do not depend on the split.
        expect(amounts(split)).toEqual(amounts(history));
      }),
    );
  });

  it('gives the same amounts whatever happened before 1998', () => {
    const before1998 = historyIn(FROM, '1980-01', '1997-12');
    fc.assert(
      fc.property(historySince1998, before1998, (history, early) => {
        const withEarly = request({ history: [...early, ...history], transferDate: TRANSFER_DATE });
        const without = request({ history, transferDate: TRANSFER_DATE });
        const [a, b] = [calculateTransfer(withEarly), calculateTransfer(without)];
        expect(a.pooledFundFen).toBe(b.pooledFundFen);
        expect(a.individualAccountPrincipalFen).toBe(b.individualAccountPrincipalFen);
      }),
    );
  });

  it('claims the pension at the hukou place or at a place of the history', () => {
    fc.assert(
      fc.property(anyHistory, monthBetween('1950-01', '1990-12'), (history, birthMonth) => {
        const person = {
          sex: 'female' as const,
          birthDate: `${birthMonth}-15`,
          hukouRegion: REGIONS.zhengzhouZhongyuan,
        };
        const result = calculateTransfer(request({ person, history, transferDate: TRANSFER_DATE }));
        expect([REGIONS.zhengzhouZhongyuan, FROM, REGIONS.shanghaiPudong]).toContain(
          result.benefitRegion,
        );
      }),
    );
  });
});
