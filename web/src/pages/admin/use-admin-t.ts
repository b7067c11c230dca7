import { useLanguage } from '../../i18n/language-context.tsx';
import { adminEn } from './admin-messages.en.ts';
import { adminZhCN, type AdminMessages } from './admin-messages.zh-CN.ts';

const adminMessages = { 'zh-CN': adminZhCN, en: adminEn } as const;

/** The admin console's words in the interface language. */
export function useAdminT(): AdminMessages {
  return adminMessages[useLanguage().language];
}
