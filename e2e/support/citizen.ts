import type { Page } from 'playwright-core';
import { latestSmsCode } from './sms.ts';

export type PageLanguage = 'zh' | 'en';

/** The words of the sign-in and real-person authentication pages a test answers. */
const words = {
  zh: {
    phone: '手机号码',
    sendCode: '获取验证码',
    sent: (masked: string) => `验证码已发送到 ${masked}`,
    code: '短信验证码',
    signIn: '登录',
    consent: '我已阅读并同意',
    counterCode: '柜台核验码',
    continue: '继续',
    submitCode: '提交核验码',
  },
  en: {
    phone: 'Mobile number',
    sendCode: 'Send code',
    sent: (masked: string) => `We sent a code to ${masked}`,
    code: 'Code from the text message',
    signIn: 'Sign in',
    consent: 'I have read and agree',
    counterCode: 'Counter code',
    continue: 'Continue',
    submitCode: 'Submit the code',
  },
} as const;

/**
 * Answers the sign-in pages, from the phone question on: the number, then the code texted to it.
 * Where the page goes next is the caller's to check.
 */
export async function answerSignIn(
  page: Page,
  options: { baseUrl: string; phone: string; masked: string; language?: PageLanguage },
): Promise<void> {
  const w = words[options.language ?? 'zh'];
  await page.getByLabel(w.phone).fill(options.phone);
  await page.getByRole('button', { name: w.sendCode }).click();
  await page.getByText(w.sent(options.masked)).waitFor();
  await page.getByLabel(w.code).fill(await latestSmsCode(page, options.baseUrl, options.masked));
  await page.getByRole('button', { name: w.signIn, exact: true }).click();
}

/**
 * Answers real-person authentication by counter code, from the consent page on: consent, the
 * counter code as agency staff gave it, and submit.
 */
export async function answerCounterCode(
  page: Page,
  code: string,
  language: PageLanguage = 'zh',
): Promise<void> {
  const w = words[language];
  await page.getByRole('checkbox', { name: w.consent }).check();
  await page.getByRole('radio', { name: w.counterCode }).check();
  await page.getByRole('button', { name: w.continue }).click();
  await page.getByRole('textbox', { name: w.counterCode }).fill(code);
  await page.getByRole('button', { name: w.submitCode }).click();
}
