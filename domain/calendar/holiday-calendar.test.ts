import { isWorkday as packageIsWorkday } from 'chinese-days';
import data from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { afterEach, describe, expect, it } from 'vitest';
import { CalendarNotCoveredError } from './calendar-not-covered-error.ts';
import { EXAMPLE_ARRANGEMENT_2027 } from './holiday-arrangement.example.ts';
import { validateHolidayArrangements, type HolidayArrangement } from './holiday-arrangement.ts';
import {
  arrangementSource,
  calendarRevision,
  coveredYears,
  firstDayBeyondPackage,
  firstUncoveredDay,
  holidayName,
  isCovered,
  isDateCovered,
  isStatutoryHoliday,
  isWorkingDay,
  useLoadedArrangements,
  workingDayStatus,
} from './holiday-calendar.ts';
import { addDays, dayOfWeek } from './iso-date.ts';

function thrown(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('the holiday data', () => {
  it('lists in-lieu days only inside holiday breaks and make-up days only on weekends', () => {
    for (const date of Object.keys(data.inLieuDays)) expect(data.holidays).toHaveProperty([date]);
    for (const date of Object.keys(data.workdays)) {
      expect(data.holidays, date).not.toHaveProperty([date]);
      expect([0, 6], date).toContain(dayOfWeek(date));
    }
  });

  it('covers a run of years with no gap, from 2004 to at least 2026', () => {
    const years = coveredYears();
    expect(years[0]).toBe(2004);
    expect(years).toContain(2026);
    years.forEach((year, i) => expect(year).toBe(2004 + i));
  });

  it('agrees with the package’s own isWorkday on every covered day', () => {
    const disagreements: string[] = [];
    for (let day = '2004-01-01'; isDateCovered(day); day = addDays(day, 1)) {
      if (isWorkingDay(day) !== packageIsWorkday(day)) disagreements.push(day);
    }
    expect(disagreements).toEqual([]);
  });
});

describe('Spring Festival 2024: off 02-10..17, make-up working days 02-04 and 02-18', () => {
  it('works on the make-up Sundays and rests through the break', () => {
    expect(dayOfWeek('2024-02-04')).toBe(0);
    expect(dayOfWeek('2024-02-18')).toBe(0); // a Sunday (the notice says 星期日)
    expect(isWorkingDay('2024-02-04')).toBe(true);
    expect(isWorkingDay('2024-02-09')).toBe(true); // New Year's Eve, a Friday, was worked
    for (let day = '2024-02-10'; day <= '2024-02-17'; day = addDays(day, 1)) {
      expect(isWorkingDay(day), day).toBe(false);
      expect(isStatutoryHoliday(day), day).toBe(true);
      expect(holidayName(day), day).toEqual({ zh: '春节', en: 'Spring Festival' });
    }
    expect(isWorkingDay('2024-02-18')).toBe(true);
    expect(isStatutoryHoliday('2024-02-18')).toBe(false);
    expect(holidayName('2024-02-18')).toBeUndefined();
    expect(isWorkingDay('2024-02-19')).toBe(true);
  });
});

describe('National Day 2025: off 10-01..08, make-up Sunday 09-28 and Saturday 10-11', () => {
  it('works on the make-up days and rests through the break', () => {
    expect(isWorkingDay('2025-09-27')).toBe(false); // an ordinary Saturday
    expect(isWorkingDay('2025-09-28')).toBe(true);
    expect(isWorkingDay('2025-09-30')).toBe(true);
    for (let day = '2025-10-01'; day <= '2025-10-08'; day = addDays(day, 1)) {
      expect(isWorkingDay(day), day).toBe(false);
      expect(isStatutoryHoliday(day), day).toBe(true);
    }
    expect(isWorkingDay('2025-10-09')).toBe(true);
    expect(isWorkingDay('2025-10-11')).toBe(true);
    expect(isWorkingDay('2025-10-12')).toBe(false);
  });

  it('names the days, with the Mid-Autumn Festival inside the break', () => {
    expect(holidayName('2025-10-01')).toEqual({ zh: '国庆节', en: 'National Day' });
    expect(holidayName('2025-10-06')).toEqual({ zh: '中秋节', en: 'Mid-autumn Festival' });
    expect(holidayName('2025-10-11')).toBeUndefined();
  });
});

describe('ordinary days', () => {
  it('works on weekdays and rests at weekends outside breaks', () => {
    expect(isWorkingDay('2024-03-04')).toBe(true);
    expect(isWorkingDay('2024-03-09')).toBe(false);
    expect(isStatutoryHoliday('2024-03-09')).toBe(false);
    expect(holidayName('2024-03-09')).toBeUndefined();
    expect(holidayName('2024-04-04')).toEqual({ zh: '清明节', en: 'Tomb-sweeping Day' });
  });
});

describe('coverage', () => {
  it('throws CalendarNotCoveredError with the year outside the data', () => {
    for (const [date, year] of [
      ['2027-01-04', 2027],
      ['2003-12-31', 2003],
    ] as const) {
      expect(isCovered(year)).toBe(false);
      expect(isDateCovered(date)).toBe(false);
      for (const query of [isWorkingDay, isStatutoryHoliday, holidayName]) {
        const error = thrown(() => query(date));
        expect(error).toBeInstanceOf(CalendarNotCoveredError);
        expect(error).toMatchObject({ name: 'CalendarNotCoveredError', year });
        expect((error as Error).message).toContain(`does not cover ${year} (covered: 2004–`);
      }
    }
  });

  it('needs the next year for Dec 25–31, which its New Year arrangement may change', () => {
    expect(isCovered(2026)).toBe(true);
    expect(isWorkingDay('2026-12-24')).toBe(true);
    expect(thrown(() => isWorkingDay('2026-12-25'))).toMatchObject({ year: 2027 });
    expect(thrown(() => isWorkingDay('2026-12-31'))).toMatchObject({ year: 2027 });
    // 2019's notice made Saturday 2018-12-29 a working day and Monday 2018-12-31 a day off.
    expect(isWorkingDay('2018-12-29')).toBe(true);
    expect(isWorkingDay('2018-12-31')).toBe(false);
    expect(holidayName('2018-12-31')).toEqual({ zh: '元旦', en: "New Year's Day" });
  });

  it('rejects strings that are not dates', () => {
    expect(() => isWorkingDay('2024-02-30')).toThrow(RangeError);
    expect(() => holidayName('2024/02/10')).toThrow(RangeError);
  });
});

function arrangementsOf(file: unknown): HolidayArrangement[] {
  const result = validateHolidayArrangements(file);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.arrangements;
}

describe('loaded arrangements', () => {
  afterEach(() => useLoadedArrangements([]));

  it('cover the next year, and the last week of the year before, as the package would', () => {
    expect(firstUncoveredDay()).toBe('2026-12-25');
    const before = calendarRevision();
    useLoadedArrangements(arrangementsOf(EXAMPLE_ARRANGEMENT_2027));
    expect(calendarRevision()).not.toBe(before);
    expect(coveredYears().at(-1)).toBe(2027);
    expect(arrangementSource(2027)).toBe('loaded');
    expect(arrangementSource(2026)).toBe('package');
    expect(arrangementSource(2028)).toBeUndefined();
    expect(firstUncoveredDay()).toBe('2027-12-25');
    expect(firstDayBeyondPackage()).toBe('2026-12-25');
    expect(isWorkingDay('2026-12-25')).toBe(true); // a Friday
    expect(isWorkingDay('2026-12-26')).toBe(false);
    // The example's Spring Festival: off 02-05..13, make-up Sunday 01-31 and Saturday 02-20.
    expect(isWorkingDay('2027-01-31')).toBe(true);
    expect(isWorkingDay('2027-02-04')).toBe(true);
    expect(isWorkingDay('2027-02-12')).toBe(false);
    expect(isStatutoryHoliday('2027-02-13')).toBe(true);
    expect(holidayName('2027-02-13')).toEqual({ zh: '春节', en: 'Spring Festival' });
    expect(isWorkingDay('2027-02-20')).toBe(true);
    expect(() => isWorkingDay('2027-12-27')).toThrow(CalendarNotCoveredError);
  });

  it('decide December 25–31 of the year before by the loaded year', () => {
    // As 2019's notice did with 2018-12-29/31: a make-up Saturday and a Monday off.
    const bridged = structuredClone(EXAMPLE_ARRANGEMENT_2027);
    bridged.holidays[0] = {
      name: '元旦',
      from: '2026-12-31',
      to: '2027-01-03',
      workingDays: ['2026-12-26'],
    };
    const [arrangement] = arrangementsOf(bridged);
    useLoadedArrangements([arrangement!]);
    expect(isWorkingDay('2026-12-26')).toBe(true);
    expect(isWorkingDay('2026-12-31')).toBe(false);
    expect(holidayName('2026-12-31')).toEqual({ zh: '元旦', en: "New Year's Day" });
  });

  it('count only after a covered year: a year loaded after a gap is not used', () => {
    const later = { ...arrangementsOf(EXAMPLE_ARRANGEMENT_2027)[0]!, year: 2028 };
    useLoadedArrangements([later]);
    expect(coveredYears().at(-1)).toBe(2026);
    expect(isCovered(2028)).toBe(false);
    expect(isDateCovered('2028-03-01')).toBe(false);
  });

  it('are given up when replaced, the package staying', () => {
    useLoadedArrangements(arrangementsOf(EXAMPLE_ARRANGEMENT_2027));
    useLoadedArrangements([]);
    expect(coveredYears().at(-1)).toBe(2026);
    expect(isWorkingDay('2026-03-02')).toBe(true);
  });
});

describe('workingDayStatus', () => {
  afterEach(() => useLoadedArrangements([]));

  it('answers covered days from the arrangement, not provisionally', () => {
    expect(workingDayStatus('2026-02-16')).toEqual({ working: false, provisional: false });
    expect(workingDayStatus('2026-02-14')).toEqual({ working: true, provisional: false });
  });

  it('answers later days by the statutory holidays alone, provisionally', () => {
    expect(workingDayStatus('2026-12-25')).toEqual({ working: true, provisional: true });
    expect(workingDayStatus('2026-12-26')).toEqual({ working: false, provisional: true });
    expect(workingDayStatus('2027-01-01')).toEqual({ working: false, provisional: true });
    expect(workingDayStatus('2027-02-09')).toEqual({ working: false, provisional: true }); // 补假
    expect(workingDayStatus('2027-02-11')).toEqual({ working: true, provisional: true });
    useLoadedArrangements(arrangementsOf(EXAMPLE_ARRANGEMENT_2027));
    expect(workingDayStatus('2027-02-11')).toEqual({ working: false, provisional: false });
  });

  it('still refuses days before the calendar and after the lunar tables', () => {
    expect(() => workingDayStatus('2003-12-31')).toThrow(CalendarNotCoveredError);
    expect(() => workingDayStatus('2101-01-03')).toThrow(CalendarNotCoveredError);
  });
});
