// Age in whole years (周岁) on a given day. The birthday itself counts: a man is 50 on his 50th
// birthday. A period in years ends on the corresponding day of its last month, or on the last day
// of that month when it has none (Civil Code Art. 202), so someone born on 29 February reaches a
// new age on 28 February of a common year.
import { assertIsoDate, compareIsoDates, type IsoDate } from '../calendar/iso-date.ts';

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The age in whole years on `date` of someone born on `birthDate`; RangeError if before birth. */
export function ageOn(birthDate: IsoDate, date: IsoDate): number {
  assertIsoDate(birthDate);
  assertIsoDate(date);
  if (compareIsoDates(date, birthDate) < 0)
    throw new RangeError(`${date} is before the birth date ${birthDate}`);
  const [birthYear, birthMonth, birthDay] = birthDate.split('-').map(Number) as [
    number,
    number,
    number,
  ];
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const birthdayThisYear = birthMonth === 2 && birthDay === 29 && !isLeapYear(year) ? 28 : birthDay;
  const hadBirthday = month > birthMonth || (month === birthMonth && day >= birthdayThisYear);
  return year - birthYear - (hadBirthday ? 0 : 1);
}
