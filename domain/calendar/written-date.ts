// One way of writing a date for people, whoever writes it: the web pages, the text messages and
// the official documents all say 2024年3月4日 or 4 March 2024, never 2024-03-04 or 03/04/2024.

const monthsEn = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** The year, month and day of an ISO `YYYY-MM-DD` date, or null when it is not one. */
function partsOf(isoDate: string): { year: number; month: number; day: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { year, month, day } : null;
}

/** "2024-03-04" → "2024年3月4日" (no leading zeros, as official documents write it). */
export function writtenDateZh(isoDate: string): string {
  const parts = partsOf(isoDate);
  return parts ? `${parts.year}年${parts.month}月${parts.day}日` : isoDate;
}

/** "2024-03-04" → "4 March 2024". */
export function writtenDateEn(isoDate: string): string {
  const parts = partsOf(isoDate);
  return parts ? `${parts.day} ${monthsEn[parts.month - 1]} ${parts.year}` : isoDate;
}
