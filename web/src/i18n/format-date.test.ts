import { describe, expect, it } from 'vitest';
import { formatDate } from './format-date.ts';

describe('formatDate', () => {
  it('writes dates the Chinese way without leading zeros', () => {
    expect(formatDate('2021-01-01', 'zh-CN')).toBe('2021年1月1日');
    expect(formatDate('2099-12-31', 'zh-CN')).toBe('2099年12月31日');
  });

  it('writes dates the British way in English', () => {
    expect(formatDate('2022-07-01', 'en')).toBe('1 July 2022');
  });

  it('leaves a value that is not a date as it is', () => {
    expect(formatDate('soon', 'en')).toBe('soon');
  });
});
