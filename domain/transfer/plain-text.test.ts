import { describe, expect, it } from 'vitest';
import { formatYuan, monthsEn, monthsZh } from './plain-text.ts';

describe('formatYuan', () => {
  it('writes fen as yuan with two decimals and thousands separators', () => {
    expect(formatYuan(1_440_000)).toBe('14,400.00');
    expect(formatYuan(48_608_000)).toBe('486,080.00');
    expect(formatYuan(123_456_789)).toBe('1,234,567.89');
    expect(formatYuan(5)).toBe('0.05');
    expect(formatYuan(0)).toBe('0.00');
  });

  it('refuses fractions of a fen and negative amounts', () => {
    expect(() => formatYuan(1.5)).toThrow(RangeError);
    expect(() => formatYuan(-1)).toThrow(RangeError);
  });
});

describe('monthsZh and monthsEn', () => {
  it('add the years when there are any', () => {
    expect(monthsZh(11)).toBe('11个月');
    expect(monthsZh(24)).toBe('24个月（2年）');
    expect(monthsZh(186)).toBe('186个月（15年6个月）');
    expect(monthsEn(1)).toBe('1 month');
    expect(monthsEn(13)).toBe('13 months (1 year 1 month)');
    expect(monthsEn(24)).toBe('24 months (2 years)');
  });
});
