import { describe, expect, it } from 'vitest';
import { arrangementYear } from './recompute-open-deadlines.ts';

describe('the year named in a deadline-moved notice', () => {
  it('is the window of the later date, capped at the latest covered year, when no load asks', () => {
    const none = { loadedYears: [] };
    expect(arrangementYear('2027-02-16', '2027-02-17', { ...none, lastCovered: 2027 })).toBe(2027);
    // December 25–31 belong to the next year's arrangement (its New Year may move a weekend).
    expect(arrangementYear('2027-12-27', '2027-12-28', { ...none, lastCovered: 2028 })).toBe(2028);
    expect(arrangementYear('2027-12-27', '2027-12-28', { ...none, lastCovered: 2027 })).toBe(2027);
  });

  it('is the loaded year when a load corrects an older year while a later one is loaded', () => {
    // 2028 is loaded; correcting 2027 moves a deadline that now ends in 2028's window.
    expect(
      arrangementYear('2027-12-24', '2027-12-27', { lastCovered: 2028, loadedYears: [2027] }),
    ).toBe(2027);
    // A load of the year the dates point at names that year.
    expect(
      arrangementYear('2027-12-24', '2027-12-27', { lastCovered: 2028, loadedYears: [2027, 2028] }),
    ).toBe(2028);
    expect(
      arrangementYear('2027-03-01', '2027-03-02', { lastCovered: 2027, loadedYears: [2027] }),
    ).toBe(2027);
  });
});
