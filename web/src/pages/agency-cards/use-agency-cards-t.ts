import { useLanguage } from '../../i18n/language-context.tsx';
import { agencyCardsEn } from './agency-cards-messages.en.ts';
import { agencyCardsZhCN, type AgencyCardsMessages } from './agency-cards-messages.zh-CN.ts';

const messages = { 'zh-CN': agencyCardsZhCN, en: agencyCardsEn } as const;

/** The agency card pages' words in the interface language. */
export function useAgencyCardsT(): AgencyCardsMessages {
  return messages[useLanguage().language];
}
