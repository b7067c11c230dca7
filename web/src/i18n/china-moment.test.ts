import { describe, expect, it } from 'vitest';
import { chinaDate, chinaDateTime } from './china-moment.ts';

describe('moments on China time', () => {
  it('gives the China date of a timestamp late in the UTC day', () => {
    expect(chinaDate('2026-03-04T23:30:00.000Z', 'zh-CN')).toBe('2026年3月5日');
    expect(chinaDateTime('2026-03-04T23:30:00.000Z', 'en')).toBe('5 March 2026 07:30');
  });

  it('leaves text that is not a timestamp as it is', () => {
    expect(chinaDate('soon', 'zh-CN')).toBe('soon');
  });
});
