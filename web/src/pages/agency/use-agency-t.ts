import { useLanguage } from '../../i18n/language-context.tsx';
import { agencyEn } from './agency-messages.en.ts';
import { agencyZhCN, type AgencyMessages } from './agency-messages.zh-CN.ts';

const agencyMessages = { 'zh-CN': agencyZhCN, en: agencyEn } as const;

/** The back office's words in the interface language. */
export function useAgencyT(): AgencyMessages {
  return agencyMessages[useLanguage().language];
}

/** A server text in both languages, in the interface language. */
export function useTexts(): (texts: { zh: string; en: string }) => string {
  const { language } = useLanguage();
  return (texts) => (language === 'zh-CN' ? texts.zh : texts.en);
}
