import { describe, expect, it } from 'vitest';
import { formatDate, formatTime } from './format-date.ts';

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

describe('formatTime', () => {
  it('gives the local time of a timestamp as HH:MM', () => {
    expect(formatTime(new Date(2026, 10, 27, 9, 5).toISOString())).toBe('09:05');
    expect(formatTime(new Date(2026, 10, 27, 23, 59).toISOString())).toBe('23:59');
    expect(formatTime('not a time')).toBe('not a time');
  });
});
