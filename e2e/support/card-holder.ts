import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectNoAccessibilityViolations, reflows } from './browser.ts';
import { answerCounterCode, answerSignIn, type PageLanguage } from './citizen.ts';

/** A demo person as they use their cards: the phone they sign in with, and who they are. */
export interface CardHolder {
  phone: string;
  maskedPhone: string;
  name: string;
  citizenId: string;
}

const words = {
  zh: {
    signInFirst: '请先登录。',
    list: '我的社保卡',
    bind: '绑定身份',
    name: '姓名',
    citizenId: '身份证号码',
    bound: '已绑定您的身份信息。',
    verify: '进行实人认证',
    verified: '实人认证已完成，请继续办理。',
  },
  en: {
    signInFirst: 'Sign in first.',
    list: 'My social security cards',
    bind: 'Confirm who you are',
    name: 'Name',
    citizenId: 'ID number',
    bound: 'Your identity is confirmed.',
    verify: 'Confirm it is you',
    verified: 'You have confirmed it is you. You can carry on.',
  },
} as const;

/** Reflow at the page's width (320 px in these tests) and no axe-core violation. */
export async function checkPage(page: Page, state: string): Promise<void> {
  expect(await reflows(page), `${state} reflows`).toBe(true);
  await expectNoAccessibilityViolations(page, state);
}

/**
 * Opens 我的社保卡 signed out, signs in (which comes back to it), binds the account to the holder
 * from the page's own link (which comes back again) and waits for the list of cards.
 */
export async function openMyCards(
  page: Page,
  baseUrl: string,
  holder: CardHolder,
  language: PageLanguage = 'zh',
): Promise<void> {
  const w = words[language];
  await page.goto(`${baseUrl}/my-cards`);
  await page.getByText(w.signInFirst).waitFor();
  await answerSignIn(page, { baseUrl, phone: holder.phone, masked: holder.maskedPhone, language });
  await page.getByRole('heading', { name: w.list, level: 1 }).waitFor();
  await page.getByRole('link', { name: w.bind }).click();
  await page.getByLabel(w.name, { exact: true }).fill(holder.name);
  await page.getByLabel(w.citizenId).fill(holder.citizenId);
  await page.getByRole('button', { name: w.bind }).click();
  await page.getByRole('heading', { name: w.list, level: 1 }).waitFor();
  await page.getByRole('status').getByText(w.bound).waitFor();
  // Every demo person holds a card: the list has loaded once the first one shows.
  await page.locator('.card-list__item').first().waitFor();
}

/**
 * From a card action page that asks to prove it is you: the link, a counter code as agency staff
 * give it, and back to the same page, which says so.
 */
export async function proveItIsYouFromCardPage(
  page: Page,
  counterCode: string,
  language: PageLanguage = 'zh',
): Promise<void> {
  const w = words[language];
  const before = new URL(page.url());
  await page.getByRole('link', { name: w.verify }).click();
  await answerCounterCode(page, counterCode, language);
  await page.getByRole('status').getByText(w.verified).waitFor();
  const after = new URL(page.url());
  expect(`${after.pathname}${after.search}`).toBe(`${before.pathname}${before.search}`);
}

/** The API answers a card journey expects in the console (401 before sign-in, refusals). */
export const unexpectedConsole = (problems: string[], expected: RegExp = /status of 401/) =>
  problems.filter((problem) => !expected.test(problem));
