import type { Language } from './language.ts';

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
];

/** An ISO `YYYY-MM-DD` date as people write it: 2021年1月1日, or 1 January 2021. */
export function formatDate(isoDate: string, language: Language): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  return language === 'zh-CN'
    ? `${year}年${month}月${day}日`
    : `${day} ${monthsEn[month - 1]} ${year}`;
}
