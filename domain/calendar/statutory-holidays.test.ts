import { describe, expect, it } from 'vitest';
import { isStatutoryHoliday, isWorkingDay } from './holiday-calendar.ts';
import { addDays, dayOfWeek } from './iso-date.ts';
import { isStatutoryWorkingDay, statutoryDays, statutoryDaysOff } from './statutory-holidays.ts';

const dates = (year: number) => statutoryDays(year).map((d) => `${d.date} ${d.name.zh}`);

describe('statutoryDays', () => {
  it('gives the 13 days of the law as amended in 2024, lunar holidays from the lunar calendar', () => {
    expect(dates(2027)).toEqual([
      '2027-01-01 元旦',
      '2027-02-05 春节', // New Year's Eve: the 12th month of 2026 has 29 days
      '2027-02-06 春节',
      '2027-02-07 春节',
      '2027-02-08 春节',
      '2027-04-05 清明节',
      '2027-05-01 劳动节',
      '2027-05-02 劳动节',
      '2027-06-09 端午节',
      '2027-09-15 中秋节',
      '2027-10-01 国庆节',
      '2027-10-02 国庆节',
      '2027-10-03 国庆节',
    ]);
  });

  it('takes the Dragon Boat Festival in the ordinary fifth month of a year with a leap one', () => {
    // 2028 has a leap fifth month (闰五月); the festival is on 五月初五, 2028-05-28.
    expect(dates(2028)).toContain('2028-05-28 端午节');
  });

  it('is only computed for the years of the amended law, 2025 to 2100', () => {
    expect(() => statutoryDays(2024)).toThrow(RangeError);
    expect(() => statutoryDays(2101)).toThrow(RangeError);
    expect(() => statutoryDays(2027.5)).toThrow(RangeError);
  });
});

describe('statutoryDaysOff', () => {
  it('makes up the days that fall on a weekend on the next weekdays after the holiday (补假)', () => {
    const off = statutoryDaysOff(2027);
    const keys = [...off.keys()].sort();
    expect(keys).toEqual([
      '2027-01-01',
      '2027-02-05',
      '2027-02-08',
      '2027-02-09', // for Saturday 02-06
      '2027-02-10', // for Sunday 02-07
      '2027-04-05',
      '2027-05-03', // for Saturday 05-01
      '2027-05-04', // for Sunday 05-02
      '2027-06-09',
      '2027-09-15',
      '2027-10-01',
      '2027-10-04', // for Saturday 10-02
      '2027-10-05', // for Sunday 10-03
    ]);
    expect(off.get('2027-02-10')).toEqual({ zh: '春节', en: 'Spring Festival' });
  });

  it('makes up a holiday that falls on another one, as Mid-Autumn on National Day 2028', () => {
    // 2028-10-03 is both the third day of National Day and the Mid-Autumn Festival.
    expect(statutoryDays(2028).filter((d) => d.date === '2028-10-03')).toHaveLength(2);
    expect([...statutoryDaysOff(2028).keys()].filter((d) => d >= '2028-10-01').sort()).toEqual([
      '2028-10-02',
      '2028-10-03',
      '2028-10-04', // for Sunday 10-01
      '2028-10-05', // for the Mid-Autumn Festival on 10-03
    ]);
  });

  it('always gives 13 weekdays off, 2025 to 2100', () => {
    for (let year = 2025; year <= 2100; year++) {
      const off = [...statutoryDaysOff(year).keys()];
      expect(off, String(year)).toHaveLength(13);
      for (const date of off) expect([0, 6], date).not.toContain(dayOfWeek(date));
    }
  });
});

describe('the law and the published arrangements', () => {
  it('agree that every statutory day of 2025 and 2026 is a day off', () => {
    for (const year of [2025, 2026]) {
      for (const { date } of statutoryDays(year)) expect(isStatutoryHoliday(date), date).toBe(true);
    }
  });

  it('count the same number of working days in 2025 and 2026, moved about by the notices', () => {
    for (const year of [2025, 2026]) {
      let official = 0;
      let statutory = 0;
      for (let day = `${year}-01-01`; day < `${year}-12-25`; day = addDays(day, 1)) {
        if (isWorkingDay(day)) official++;
        if (isStatutoryWorkingDay(day)) statutory++;
      }
      expect(statutory, String(year)).toBe(official);
    }
  });
});
