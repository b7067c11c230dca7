// Numbers written for people: yuan with two decimals, months also as years and months.

/** An amount in fen as yuan with two decimals and thousands separators: 1440000 → "14,400.00". */
export function formatYuan(fen: number): string {
  if (!Number.isSafeInteger(fen) || fen < 0)
    throw new RangeError(`An amount must be a whole, non-negative number of fen: ${fen}`);
  const yuan = Math.floor(fen / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${yuan}.${String(fen % 100).padStart(2, '0')}`;
}

/** A count of months in Chinese, with years when there are any: 186 → "186个月（15年6个月）". */
export function monthsZh(months: number): string {
  const [years, rest] = [Math.floor(months / 12), months % 12];
  if (years === 0) return `${months}个月`;
  return `${months}个月（${years}年${rest > 0 ? `${rest}个月` : ''}）`;
}

/** A count of months in English, with years when there are any: "186 months (15 years 6 months)". */
export function monthsEn(months: number): string {
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  const [years, rest] = [Math.floor(months / 12), months % 12];
  if (years === 0) return plural(months, 'month');
  const inYears =
    rest > 0 ? `${plural(years, 'year')} ${plural(rest, 'month')}` : plural(years, 'year');
  return `${plural(months, 'month')} (${inYears})`;
}
