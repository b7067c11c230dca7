/**
 * Thrown when a computation needs a year for which the State Council's holiday arrangement
 * (节假日安排) is not in the calendar data, so its working days are unknown.
 */
export class CalendarNotCoveredError extends Error {
  override readonly name = 'CalendarNotCoveredError';

  constructor(
    /** The year that is missing from the holiday calendar. */
    readonly year: number,
    coveredYears: readonly number[],
  ) {
    super(
      `The working-day calendar does not cover ${year} (covered: ${describeYears(coveredYears)}): ` +
        `its statutory holidays and make-up working days are unknown until the holiday data is updated.`,
    );
  }
}

// "2004–2026", or "2004–2010, 2012" should the data ever have a gap.
function describeYears(years: readonly number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < years.length;) {
    let j = i;
    while (j + 1 < years.length && years[j + 1] === years[j]! + 1) j++;
    runs.push(i === j ? `${years[i]}` : `${years[i]}–${years[j]}`);
    i = j + 1;
  }
  return runs.length > 0 ? runs.join(', ') : 'no years';
}
