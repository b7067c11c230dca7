import { useLanguage, useT } from '../i18n/language-context.tsx';
import type { Language } from '../i18n/language.ts';

// Each language is named in itself, so that someone who cannot read the current one finds theirs.
const choices: { language: Language; label: string }[] = [
  { language: 'zh-CN', label: '中文' },
  { language: 'en', label: 'English' },
];

/** Switches the interface between Chinese and English. */
export function LanguageSwitch() {
  const t = useT();
  const { language, setLanguage } = useLanguage();
  return (
    <div className="header-switch" role="group" aria-label={t.header.languageGroup}>
      {choices.map((choice) => (
        <button
          key={choice.language}
          type="button"
          className="header-button"
          lang={choice.language}
          aria-pressed={language === choice.language}
          onClick={() => setLanguage(choice.language)}
        >
          {choice.label}
        </button>
      ))}
    </div>
  );
}
