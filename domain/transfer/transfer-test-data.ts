// Builders and fast-check generators shared by the transfer tests; never imported by production code.
import fc from 'fast-check';
import { addMonths, monthIndex, yearMonthAt } from './months.ts';
import type { ContributionPeriod, TransferInput, YearMonth } from './types.ts';

/** Regions used in the tests (GB/T 2260). */
export const REGIONS = {
  zhengzhouZhongyuan: '410102', // 河南省郑州市中原区
  zhengzhouJinshui: '410105', // 河南省郑州市金水区
  xuchang: '411000', // 河南省许昌市
  shanghaiPudong: '310115', // 上海市浦东新区
  shenzhen: '440300', // 广东省深圳市
  guangzhou: '440100', // 广东省广州市
  hangzhouXihu: '330106', // 浙江省杭州市西湖区
  beijingChaoyang: '110105', // 北京市朝阳区
  chengduJinjiang: '510104', // 四川省成都市锦江区
} as const;

/** A normal employee period at a 16% employer rate; override what the test is about. */
export function period(overrides: Partial<ContributionPeriod> = {}): ContributionPeriod {
  return {
    region: REGIONS.shenzhen,
    from: '2010-01',
    to: '2011-12',
    monthlyBaseFen: 500_000,
    employerRateBp: 1600,
    insuredAs: 'employee',
    accountKind: 'normal',
    ...overrides,
  };
}

/** A valid calculator request: a man of 30 moving from Shenzhen to Shanghai, hukou in Henan. */
export function request(overrides: Partial<TransferInput> = {}): TransferInput {
  return {
    person: { sex: 'male', birthDate: '1995-04-01', hukouRegion: REGIONS.zhengzhouZhongyuan },
    fromRegion: REGIONS.shenzhen,
    destinationRegion: REGIONS.shanghaiPudong,
    transferDate: '2025-06-30',
    history: [period()],
    ...overrides,
  };
}

/** The terms of a period, without its months and region. */
const terms = fc.record({
  monthlyBaseFen: fc.integer({ min: 1, max: 5_000_000 }),
  employerRateBp: fc.integer({ min: 0, max: 3000 }),
  insuredAs: fc.constantFrom('employee' as const, 'individual' as const),
  accountKind: fc.constantFrom('normal' as const, 'temporary' as const),
  deemed: fc.oneof(
    { weight: 9, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constant(true) },
  ),
});

/**
 * One to eight periods in `region`, in order, without overlaps, from `first` at the earliest and
 * ending by `last` (at most 8 × 48 months, so `last` must leave room: checked by the caller).
 */
export const historyIn = (region: string, first: YearMonth, last: YearMonth) =>
  fc
    .array(
      fc.record({
        gap: fc.integer({ min: 0, max: 12 }),
        length: fc.integer({ min: 1, max: 36 }),
        terms,
      }),
      { minLength: 1, maxLength: 8 },
    )
    .map((parts) => {
      const periods: ContributionPeriod[] = [];
      let next = monthIndex(first);
      for (const { gap, length, terms: t } of parts) {
        const from = next + gap;
        const to = Math.min(from + length - 1, monthIndex(last));
        if (from > to) break;
        periods.push({ region, from: yearMonthAt(from), to: yearMonthAt(to), ...t });
        next = to + 1;
      }
      return periods;
    })
    .filter((periods) => periods.length > 0);

/** A month from `first` to `last` inclusive. */
export const monthBetween = (first: YearMonth, last: YearMonth) =>
  fc.integer({ min: 0, max: monthIndex(last) - monthIndex(first) }).map((n) => addMonths(first, n));
