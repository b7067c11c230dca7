import { useLanguage } from '../../i18n/language-context.tsx';
import { calculatorEn } from './calculator-messages.en.ts';
import { calculatorZhCN, type CalculatorMessages } from './calculator-messages.zh-CN.ts';

const calculatorMessages = { 'zh-CN': calculatorZhCN, en: calculatorEn } as const;

/** The transfer calculator's words in the interface language. */
export function useCalculatorT(): CalculatorMessages {
  return calculatorMessages[useLanguage().language];
}
