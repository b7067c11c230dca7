import { en } from './messages.en.ts';
import { zhCN, type Messages } from './messages.zh-CN.ts';

export const languages = ['zh-CN', 'en'] as const;
export type Language = (typeof languages)[number];

export const messages: Record<Language, Messages> = { 'zh-CN': zhCN, en };

const storageKey = 'shebao.language';

/** The language chosen on an earlier visit; Chinese when none was chosen. */
export function storedLanguage(): Language {
  try {
    const stored = localStorage.getItem(storageKey);
    return stored === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

/** Remembers the choice and sets `<html lang>`, so that screen readers pronounce the page right. */
export function applyLanguage(language: Language): void {
  document.documentElement.lang = language;
  try {
    localStorage.setItem(storageKey, language);
  } catch {
    // Private browsing may refuse storage: the choice then lasts for this page only.
  }
}
