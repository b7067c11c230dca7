import { describe, expect, it } from 'vitest';
import { writtenDateEn, writtenDateZh } from './written-date.ts';

describe('a date written for people', () => {
  it('in Chinese has no leading zeros', () => {
    expect(writtenDateZh('2024-03-04')).toBe('2024年3月4日');
    expect(writtenDateZh('2026-12-31')).toBe('2026年12月31日');
  });

  it('in English gives the month by name, day first', () => {
    expect(writtenDateEn('2024-03-04')).toBe('4 March 2024');
    expect(writtenDateEn('2027-01-15')).toBe('15 January 2027');
  });

  it('leaves what is not an ISO date as it is, instead of writing NaN or undefined', () => {
    for (const text of ['', '2024-3-4', '2024-13-01', '2024-00-10', 'soon', '2024-03-04T10:00'])
      expect([writtenDateZh(text), writtenDateEn(text)]).toEqual([text, text]);
  });
});
