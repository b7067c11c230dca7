import type { FastifyBaseLogger } from 'fastify';
import type pg from 'pg';
import type { Executor } from '../../platform/db/database.ts';
import { HolidayCalendarSync } from './holiday-calendar-sync.ts';

export { calendarRoutes } from './calendar.routes.ts';
export {
  loadHolidayArrangements,
  type LoadedYear,
  type LoadHolidayArrangementsResult,
} from './commands/load-holiday-arrangements.ts';
export { selectStoredArrangements, type StoredArrangement } from './calendar.repository.ts';
export { HolidayCalendarSync, useStoredArrangements } from './holiday-calendar-sync.ts';

/**
 * The calendar module as a long-running process composes it: the sync that puts the loaded
 * holiday arrangements into the process's working-day calendar, before any request or job.
 */
export function createCalendarModule(options: {
  db: Executor;
  pool: pg.Pool;
  log: FastifyBaseLogger;
}) {
  const sync = new HolidayCalendarSync(options.db, options.pool, options.log);
  return { start: () => sync.start(), stop: () => sync.stop() };
}
