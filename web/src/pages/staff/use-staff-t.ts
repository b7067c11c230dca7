import { useLanguage } from '../../i18n/language-context.tsx';
import { staffEn } from './staff-messages.en.ts';
import { staffZhCN, type StaffMessages } from './staff-messages.zh-CN.ts';

const staffMessages = { 'zh-CN': staffZhCN, en: staffEn } as const;

/** The staff pages' words in the interface language. */
export function useStaffT(): StaffMessages {
  return staffMessages[useLanguage().language];
}
