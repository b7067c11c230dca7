export { CalendarNotCoveredError } from './calendar-not-covered-error.ts';
export { addCalendarDays, addWorkingDays, workingDaysBetween } from './deadlines.ts';
export {
  assertDateCovered,
  isDateCovered,
  coveredYears,
  holidayName,
  isCovered,
  isStatutoryHoliday,
  isWorkingDay,
  type HolidayName,
} from './holiday-calendar.ts';
export {
  addDays,
  assertIsoDate,
  compareIsoDates,
  dayOfWeek,
  isIsoDate,
  yearOf,
  type DayOfWeek,
  type IsoDate,
} from './iso-date.ts';
