import { describe, expect, it } from 'vitest';
import { ageOn } from './age.ts';

describe('ageOn', () => {
  it('counts the birthday itself', () => {
    expect(ageOn('1975-06-15', '2025-06-15')).toBe(50);
    expect(ageOn('1975-06-15', '2025-06-14')).toBe(49);
    expect(ageOn('1975-06-15', '2025-12-31')).toBe(50);
    expect(ageOn('1975-06-15', '1975-06-15')).toBe(0);
  });

  it('gives someone born on 29 February a new age on 28 February of a common year', () => {
    // Civil Code Art. 202: no corresponding day → the last day of the month.
    expect(ageOn('1976-02-29', '2026-02-27')).toBe(49);
    expect(ageOn('1976-02-29', '2026-02-28')).toBe(50);
    // In a leap year the day exists, so the birthday is 29 February itself.
    expect(ageOn('1980-02-29', '2028-02-28')).toBe(47);
    expect(ageOn('1980-02-29', '2028-02-29')).toBe(48);
  });

  it('refuses a day before birth and invalid dates', () => {
    expect(() => ageOn('1975-06-15', '1975-06-14')).toThrow(RangeError);
    expect(() => ageOn('1975-02-30', '2025-01-01')).toThrow(RangeError);
  });
});
