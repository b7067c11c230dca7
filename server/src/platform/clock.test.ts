import { describe, expect, it } from 'vitest';
import { chinaToday } from './clock.ts';

describe('chinaToday', () => {
  it('turns over at midnight in China, not in UTC', () => {
    expect(chinaToday(Date.parse('2026-11-27T15:59:59Z'))).toBe('2026-11-27');
    expect(chinaToday(Date.parse('2026-11-27T16:00:00Z'))).toBe('2026-11-28');
    expect(chinaToday(Date.parse('2026-11-27T15:00:00Z'))).toBe('2026-11-27');
    expect(chinaToday(Date.parse('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
  });
});
