export { CalendarNotCoveredError } from './calendar-not-covered-error.ts';
export {
  addCalendarDays,
  addWorkingDays,
  calendarDayDeadline,
  workingDayDeadline,
  workingDaysBetween,
  workingDaysUntil,
  type Deadline,
} from './deadlines.ts';
export {
  checkArrangementYears,
  validateHolidayArrangements,
  type ArrangementDay,
  type ArrangementProblem,
  type ArrangementValidation,
  type HolidayArrangement,
} from './holiday-arrangement.ts';
export {
  arrangementSource,
  arrangementWindow,
  arrangementYearOf,
  assertDateCovered,
  calendarRevision,
  coveredYears,
  firstDayBeyondPackage,
  firstUncoveredDay,
  holidayName,
  isCovered,
  isDateCovered,
  isStatutoryHoliday,
  isWorkingDay,
  packageYears,
  useLoadedArrangements,
  workingDayStatus,
  type ArrangementSource,
  type HolidayName,
} from './holiday-calendar.ts';
export {
  isStatutoryWorkingDay,
  statutoryDays,
  statutoryDaysOff,
  type StatutoryDay,
} from './statutory-holidays.ts';
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
export { writtenDateEn, writtenDateZh } from './written-date.ts';
