// The file itself, not the calendar's index: that would bring the holiday data into the bundle.
import { writtenDateEn, writtenDateZh } from '../../../domain/calendar/written-date.ts';
import type { Language } from './language.ts';

/** An ISO `YYYY-MM-DD` date as people write it: 2021年1月1日, or 1 January 2021. */
export function formatDate(isoDate: string, language: Language): string {
  return language === 'zh-CN' ? writtenDateZh(isoDate) : writtenDateEn(isoDate);
}
