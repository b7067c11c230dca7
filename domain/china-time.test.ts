import { describe, expect, it } from 'vitest';
import { todayInChina } from './china-time.ts';

describe('today in China', () => {
  it('is already the next day from 16:00 UTC', () => {
    expect(todayInChina(new Date('2026-11-27T15:59:59Z'))).toBe('2026-11-27');
    expect(todayInChina(new Date('2026-11-27T16:00:00Z'))).toBe('2026-11-28');
    expect(todayInChina(new Date('2026-12-31T20:00:00Z'))).toBe('2027-01-01');
  });
});
