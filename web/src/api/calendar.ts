import type { components } from './schema.d.ts';
import { api } from './client.ts';
import { unwrap } from './unwrap.ts';

export type CalendarYears = components['schemas']['CalendarYears'];

/** The years whose holiday arrangement deadlines are counted with, and where they come from. */
export async function getCalendarYears(signal?: AbortSignal): Promise<CalendarYears> {
  return unwrap(api.GET('/api/v1/calendar/years', { signal }));
}
