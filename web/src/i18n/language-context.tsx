import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { applyLanguage, messages, storedLanguage, type Language } from './language.ts';
import type { Messages } from './messages.zh-CN.ts';

interface LanguageChoice {
  language: Language;
  setLanguage: (language: Language) => void;
}

const LanguageContext = createContext<LanguageChoice>({
  language: 'zh-CN',
  setLanguage: () => undefined,
});

/** Holds the interface language, remembered between visits. */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setLanguage] = useState<Language>(storedLanguage);
  useEffect(() => applyLanguage(language), [language]);
  return <LanguageContext value={{ language, setLanguage }}>{children}</LanguageContext>;
}

/** The current language and a way to change it. */
export function useLanguage(): LanguageChoice {
  return useContext(LanguageContext);
}

/** The interface text in the current language. */
export function useT(): Messages {
  return messages[useContext(LanguageContext).language];
}
