import { describe, expect, it } from 'vitest';
import { chinaDate, chinaDateTime, chinaTime } from './china-moment.ts';

describe('moments on China time', () => {
  it('gives the China date of a timestamp late in the UTC day', () => {
    expect(chinaDate('2026-03-04T23:30:00.000Z', 'zh-CN')).toBe('2026年3月5日');
    expect(chinaDateTime('2026-03-04T23:30:00.000Z', 'en')).toBe('5 March 2026 07:30');
  });

  it('gives the China time of a timestamp, with seconds when asked', () => {
    expect(chinaTime('2026-11-27T01:05:09.000Z')).toBe('09:05');
    expect(chinaTime('2026-11-27T15:59:59.000Z', { seconds: true })).toBe('23:59:59');
    expect(chinaTime('2026-11-27T16:00:00.000Z')).toBe('00:00');
  });

  it('leaves text that is not a timestamp as it is', () => {
    expect(chinaDate('soon', 'zh-CN')).toBe('soon');
    expect(chinaTime('soon')).toBe('soon');
  });
});
