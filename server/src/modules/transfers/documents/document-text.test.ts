import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatChinaDateTime, formatFen, formatYearMonthZh } from './document-text.ts';

describe('formatFen', () => {
  it('writes fen as yuan with two decimals and thousands separators', () => {
    expect(formatFen(0)).toBe('0.00');
    expect(formatFen(5)).toBe('0.05');
    expect(formatFen(120)).toBe('1.20');
    expect(formatFen(100_000)).toBe('1,000.00');
    expect(formatFen(123_456_789)).toBe('1,234,567.89');
  });

  it('takes bigint fen exactly, beyond what a double holds', () => {
    expect(formatFen(6_281_750n)).toBe('62,817.50');
    expect(formatFen(9_007_199_254_740_993n)).toBe('90,071,992,547,409.93');
  });

  it('loses no fen and groups every three digits, for any amount', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 20n }), (fen) => {
        const text = formatFen(fen);
        expect(text).toMatch(/^\d{1,3}(,\d{3})*\.\d{2}$/);
        expect(BigInt(text.replace(/[,.]/g, ''))).toBe(fen);
        if (fen <= BigInt(Number.MAX_SAFE_INTEGER)) expect(formatFen(Number(fen))).toBe(text);
      }),
    );
  });

  it('refuses negative, fractional and unsafe amounts', () => {
    expect(() => formatFen(-1)).toThrow(RangeError);
    expect(() => formatFen(-1n)).toThrow(RangeError);
    expect(() => formatFen(10.5)).toThrow(RangeError);
    expect(() => formatFen(2 ** 53)).toThrow(RangeError);
  });
});

describe('dates', () => {
  it('writes months zero-padded so a column lines up', () => {
    expect(formatYearMonthZh('2006-01')).toBe('2006年01月');
  });

  it('gives the generation time in China time, past midnight when UTC is still on the day before', () => {
    expect(formatChinaDateTime(new Date('2024-03-05T16:30:05Z'))).toBe(
      '2024-03-06 00:30:05（北京时间）',
    );
  });
});
