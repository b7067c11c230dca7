import type { z } from 'zod';
import {
  arrangementSource,
  coveredYears,
  firstUncoveredDay,
} from '../../../../domain/calendar/index.ts';
import type { StoredArrangement } from './calendar.repository.ts';
import type { calendarYearsSchema } from './calendar.schemas.ts';

/**
 * The covered years as this process's calendar has them (a load reaches every process through
 * NOTIFY), with the notice and time of those loaded by an operator.
 */
export function presentCalendarYears(
  stored: readonly StoredArrangement[],
): z.infer<typeof calendarYearsSchema> {
  return {
    years: coveredYears().map((year) => {
      const loaded =
        arrangementSource(year) === 'loaded' ? stored.find((a) => a.year === year) : undefined;
      return {
        year,
        source: arrangementSource(year) ?? 'package',
        notice: loaded?.notice ?? null,
        loadedAt: loaded?.loadedAt.toISOString() ?? null,
      };
    }),
    provisionalFrom: firstUncoveredDay(),
  };
}
