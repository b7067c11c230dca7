import { useLanguage } from '../../i18n/language-context.tsx';
import { cardsEn } from './cards-messages.en.ts';
import { cardsZhCN, type CardsMessages } from './cards-messages.zh-CN.ts';

const cardsMessages = { 'zh-CN': cardsZhCN, en: cardsEn } as const;

/** The words of 我的社保卡 in the interface language. */
export function useCardsT(): CardsMessages {
  return cardsMessages[useLanguage().language];
}

/** A server text given in both languages, in the interface language. */
export function useTexts(): (texts: { zh: string; en: string }) => string {
  const { language } = useLanguage();
  return (texts) => (language === 'zh-CN' ? texts.zh : texts.en);
}
