import { describe, expect, it } from 'vitest';
import { EXAMPLE_ARRANGEMENT_2027 } from './holiday-arrangement.example.ts';
import {
  checkArrangementYears,
  validateHolidayArrangements,
  type ArrangementValidation,
} from './holiday-arrangement.ts';

const example = () => structuredClone(EXAMPLE_ARRANGEMENT_2027);

function problemsOf(result: ArrangementValidation): string[] {
  if (result.ok) throw new Error('expected problems');
  return result.problems.map((p) => `${p.path}: ${p.message}`);
}

describe('validateHolidayArrangements', () => {
  it('reads a year: every day off of each break, make-up days, names in both languages', () => {
    const result = validateHolidayArrangements(example());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([]);
    const [arrangement] = result.arrangements;
    expect(arrangement!.year).toBe(2027);
    expect(arrangement!.daysOff).toHaveLength(3 + 9 + 3 + 5 + 1 + 1 + 7);
    expect(arrangement!.daysOff.slice(3, 5)).toEqual([
      { date: '2027-02-05', name: { zh: '春节', en: 'Spring Festival' } },
      { date: '2027-02-06', name: { zh: '春节', en: 'Spring Festival' } },
    ]);
    expect(arrangement!.workingDays.map((d) => d.date)).toEqual([
      '2027-01-31',
      '2027-02-20',
      '2027-04-25',
      '2027-09-26',
      '2027-10-09',
    ]);
  });

  it('reads a list of years, in order, and one break for two holidays', () => {
    const file = [
      {
        year: 2028,
        notice: '示例 2028',
        holidays: [
          { name: '元旦', from: '2028-01-01', to: '2028-01-03', workingDays: [] },
          { name: '春节', from: '2028-01-25', to: '2028-02-01', workingDays: ['2028-02-05'] },
          { name: '清明节', from: '2028-04-02', to: '2028-04-04', workingDays: [] },
          { name: '劳动节', from: '2028-05-01', to: '2028-05-03', workingDays: [] },
          { name: '端午节', from: '2028-05-27', to: '2028-05-29', workingDays: [] },
          { name: '中秋节、国庆节', from: '2028-10-01', to: '2028-10-07', workingDays: [] },
        ],
      },
      example(),
    ];
    const result = validateHolidayArrangements(file);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.arrangements.map((a) => a.year)).toEqual([2027, 2028]);
    expect(result.arrangements[1]!.daysOff.at(-1)!.name).toEqual({
      zh: '中秋节、国庆节',
      en: 'Mid-autumn Festival and National Day',
    });
  });

  it('warns, without refusing, when the weekdays off do not come to the law’s 13', () => {
    const file = example();
    file.holidays[1]!.workingDays = ['2027-01-31']; // one make-up day left out
    const result = validateHolidayArrangements(file);
    expect(result.ok && result.warnings).toEqual([
      '2027: 18 weekdays off less 4 make-up working days is 14, not the 13 statutory days: check the file against the notice.',
    ]);
  });

  it('lists every problem with where it is', () => {
    const file = example() as Record<string, unknown> & ReturnType<typeof example>;
    file.holidays[0]!.to = '2027-02-30';
    file.holidays[1]!.workingDays = ['2027-02-17', '2027-02-20', '2027-02-20', '2027-02-13'];
    file.holidays[2]!.from = '2027-05-04'; // after its own end, and inside Labour Day
    (file.holidays[3] as Record<string, unknown>).workdays = ['2027-04-25'];
    file.holidays[6]!.to = '2027-12-28';
    expect(problemsOf(validateHolidayArrangements(file))).toEqual([
      '$.holidays[0].to: expected a date YYYY-MM-DD, not "2027-02-30"',
      '$.holidays[1].workingDays[0]: 2027-02-17 is a Wednesday: a make-up working day (调休上班) is a Saturday or Sunday',
      '$.holidays[1].workingDays[2]: 2027-02-20 is listed twice as a working day',
      '$.holidays[2].to: 2027-04-05 is before 2027-05-04',
      '$.holidays[3].workdays: unknown field (expected: name, nameEn, from, to, workingDays)',
      "$.holidays[6].to: 2027-12-28 belongs to the 2028 arrangement: the next year's notice decides December 25–31",
      '$.holidays[1].workingDays[3]: 2027-02-13 is both a working day and a day off of 春节',
    ]);
  });

  it('refuses overlapping breaks, long breaks and days outside the year', () => {
    const file = example();
    file.holidays[2] = { name: '清明节', from: '2027-02-12', to: '2027-04-05', workingDays: [] };
    file.holidays[4] = { name: '端午节', from: '2027-06-09', to: '2027-06-09', workingDays: [] };
    file.holidays.push({ name: '元旦', from: '2026-12-24', to: '2026-12-24', workingDays: [] });
    file.holidays.push({ name: '端午节', from: '2027-06-08', to: '2027-06-10', workingDays: [] });
    expect(problemsOf(validateHolidayArrangements(file))).toEqual([
      '$.holidays[2].to: a break of more than 15 days (2027-02-12 to 2027-04-05): check the dates',
      '$.holidays[7].from: 2026-12-24 is outside the 2027 arrangement (2026-12-25 to 2027-12-24)',
      '$.holidays[7].to: 2026-12-24 is outside the 2027 arrangement (2026-12-25 to 2027-12-24)',
      '$.holidays[8].from: 2027-06-09 is already a day off of 端午节 ($.holidays[4])',
    ]);
  });

  it('refuses a file that leaves a statutory day of the law working', () => {
    const file = example();
    file.holidays[3] = { name: '劳动节', from: '2027-05-02', to: '2027-05-05', workingDays: [] };
    file.holidays.splice(5, 1); // no Mid-Autumn Festival
    expect(problemsOf(validateHolidayArrangements(file))).toEqual([
      '$.holidays: 2027-05-01 is 劳动节 (Labour Day), a statutory day off under 全国年节及纪念日放假办法, but no break gives it off',
      '$.holidays: 2027-09-15 is 中秋节 (Mid-autumn Festival), a statutory day off under 全国年节及纪念日放假办法, but no break gives it off',
    ]);
  });

  it('refuses a wrong shape, with what it expected', () => {
    expect(problemsOf(validateHolidayArrangements([]))).toEqual(['$: no arrangement in the file']);
    expect(problemsOf(validateHolidayArrangements('2027'))).toEqual([
      '$: expected an object with year, notice and holidays',
    ]);
    expect(
      problemsOf(validateHolidayArrangements({ year: 27, notice: ' ', holidays: {}, extra: 1 })),
    ).toEqual([
      '$.extra: unknown field (expected: year, notice, holidays)',
      '$.year: expected a year from 2004 to 2100, e.g. 2027',
      "$.notice: expected the notice's title and number (up to 300 characters)",
      '$.holidays: expected a list of holidays',
    ]);
    expect(
      problemsOf(
        validateHolidayArrangements({
          year: 2027,
          notice: 'x',
          holidays: [{ name: '植树节', from: '2027-03-12', to: '2027-03-12', workingDays: 'no' }],
        }),
      ).slice(0, 2),
    ).toEqual([
      '$.holidays[0].nameEn: give the English name of 植树节',
      '$.holidays[0].workingDays: expected a list of dates (may be [])',
    ]);
  });

  it('refuses the same year twice in one file', () => {
    expect(problemsOf(validateHolidayArrangements([example(), example()]))).toEqual([
      '$[1].year: 2027 is in the file twice',
    ]);
  });
});

describe('checkArrangementYears', () => {
  const known = { packageYears: [2024, 2025, 2026], loadedYears: [] as number[] };

  it('accepts the year after the covered ones, and the next with it', () => {
    expect(checkArrangementYears([2027], known)).toEqual([]);
    expect(checkArrangementYears([2027, 2028], known)).toEqual([]);
  });

  it('refuses a gap, and a year the package has, unless it is a loaded year corrected', () => {
    expect(checkArrangementYears([2028], known)).toEqual([
      {
        path: 'year 2028',
        message: '2028 cannot be loaded before 2027: working days are counted without a gap',
      },
    ]);
    expect(checkArrangementYears([2026], known)).toEqual([
      {
        path: 'year 2026',
        message: '2026 is already in the chinese-days package; it needs no loading',
      },
    ]);
    expect(
      checkArrangementYears([2027], { packageYears: [2026, 2027], loadedYears: [2027] }),
    ).toEqual([]);
  });
});
