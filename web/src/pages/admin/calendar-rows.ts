import type { CalendarYears } from '../../api/calendar.ts';

/** One row of the holiday-calendar table: a run of package years, or one loaded year. */
export type CalendarRow =
  | { source: 'package'; from: number; to: number }
  | { source: 'loaded'; year: number; notice: string | null; loadedAt: string | null };

/**
 * The covered years as the admin page lists them: consecutive years from the chinese-days package
 * as one range (there are twenty of them), each year an operator loaded on its own row with its
 * notice — as `npx shebao calendar list` prints them.
 */
export function calendarRows(years: CalendarYears['years']): CalendarRow[] {
  const rows: CalendarRow[] = [];
  for (const entry of years) {
    const last = rows.at(-1);
    if (entry.source === 'loaded')
      rows.push({
        source: 'loaded',
        year: entry.year,
        notice: entry.notice,
        loadedAt: entry.loadedAt,
      });
    else if (last?.source === 'package' && last.to === entry.year - 1) last.to = entry.year;
    else rows.push({ source: 'package', from: entry.year, to: entry.year });
  }
  return rows;
}

/** The year whose arrangement would make the provisional deadlines certain. */
export function nextYearToLoad(years: CalendarYears['years']): number | null {
  const last = years.at(-1);
  return last ? last.year + 1 : null;
}
