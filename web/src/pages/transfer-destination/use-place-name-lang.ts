import { useLanguage } from '../../i18n/language-context.tsx';

/** Place names come in Chinese only: on English pages they are marked as Chinese for screen readers. */
export function usePlaceNameLang(): string | undefined {
  return useLanguage().language === 'zh-CN' ? undefined : 'zh-CN';
}
