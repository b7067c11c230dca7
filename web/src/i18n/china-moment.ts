import { todayInChina } from '../../../domain/china-time.ts';
import { formatDate } from './format-date.ts';
import type { Language } from './language.ts';

// Agencies and the platform work on China time, whatever the browser's time zone: a step taken
// at 07:00 in Beijing happened on that day, not on the day before as its UTC timestamp would say.
// Citizens read the same moments as the agencies do.

/** The China date of an ISO timestamp, as people write it. */
export function chinaDate(isoTimestamp: string, language: Language): string {
  const at = new Date(isoTimestamp);
  if (Number.isNaN(at.getTime())) return isoTimestamp;
  return formatDate(todayInChina(at), language);
}

/** The China date and time (24-hour clock) of an ISO timestamp. */
export function chinaDateTime(isoTimestamp: string, language: Language): string {
  const at = new Date(isoTimestamp);
  if (Number.isNaN(at.getTime())) return isoTimestamp;
  return `${chinaDate(isoTimestamp, language)} ${chinaTime(isoTimestamp)}`;
}

/**
 * The China time of an ISO timestamp on a 24-hour clock, the same in both languages: HH:MM, or
 * HH:MM:SS with `seconds` (a QR code lives for about a minute).
 */
export function chinaTime(isoTimestamp: string, options: { seconds?: boolean } = {}): string {
  const at = new Date(isoTimestamp);
  if (Number.isNaN(at.getTime())) return isoTimestamp;
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(11, options.seconds ? 19 : 16);
}
