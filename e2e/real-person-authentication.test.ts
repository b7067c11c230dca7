import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAccessibilityViolations, openPage, reflows } from './support/browser.ts';
import { usePlatformAndBrowser } from './support/platform-and-browser.ts';
import { latestSmsCode } from './support/sms.ts';

/**
 * Binding the account to a person and real-person authentication in a real browser: sign in,
 * confirm who you are with a demo person's name and ID number (typed with spaces and a lower-case
 * x), consent to the notice, and pass the face check on the development confirmation page — with
 * an axe-core check of every page and state.
 */
describe('binding an identity and real-person authentication in a browser', () => {
  const env = usePlatformAndBrowser();

  /** Signs in with a texted code and waits for the account page. */
  async function signIn(page: Page, phone: string, masked: string): Promise<void> {
    await page.goto(`${env.platform.baseUrl}/sign-in`);
    await page.getByLabel('手机号码').fill(phone);
    await page.getByRole('button', { name: '获取验证码' }).click();
    await page.getByText(`验证码已发送到 ${masked}`).waitFor();
    await page
      .getByLabel('短信验证码')
      .fill(await latestSmsCode(page, env.platform.baseUrl, masked));
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.getByRole('heading', { name: '我的账户' }).waitFor();
  }

  /** Console errors other than the API's expected 422 answer to a wrong name. */
  const unexpected = (problems: string[]) => problems.filter((p) => !/status of 422/.test(p));

  it('binds a demo person, then proves it is them with the development face check', async () => {
    const { page, problems } = await openPage(env.browser, 1280);
    await signIn(page, '139 0000 4321', '139****4321');
    await page.getByText('尚未绑定').waitFor();

    // 绑定身份, reached from the account page.
    await page.getByRole('link', { name: '绑定身份' }).click();
    await page.getByRole('heading', { name: '绑定身份', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/account/identity');
    await expectNoAccessibilityViolations(page, 'bind question');

    await page.getByRole('button', { name: '绑定身份' }).click();
    await page.getByRole('heading', { name: '出现问题' }).waitFor();
    expect(await page.title()).toMatch(/^错误/);
    await page.getByRole('link', { name: '请输入您的姓名' }).waitFor();
    await page.getByRole('link', { name: '请输入18位身份证号码' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('citizen-id');
    await expectNoAccessibilityViolations(page, 'bind question with errors');

    // A name that does not match the registry: the same answer as an unknown number.
    const nameField = page.getByLabel('姓名', { exact: true });
    const idField = page.getByLabel('身份证号码');
    await nameField.fill('古丽娜');
    await idField.fill('650102 19930914 226x');
    await page.getByRole('button', { name: '绑定身份' }).click();
    await page.getByRole('link', { name: /姓名和身份证号码与社保登记的信息不一致/ }).waitFor();
    await expectNoAccessibilityViolations(page, 'bind question, not matched');

    await nameField.fill('古丽娜·艾买提');
    await page.getByRole('button', { name: '绑定身份' }).click();
    await page.getByRole('heading', { name: '我的账户' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/account');
    await page.getByText('古******').waitFor();
    await page.getByText('6501**********226X').waitFor();
    await page.getByText('已绑定').waitFor();
    await page.getByText('没有有效的实人认证').waitFor();
    await expectNoAccessibilityViolations(page, 'account page, bound');

    // 实人认证: the notice, consent and an equally visible choice of a face check or a counter code.
    await page.getByRole('link', { name: '进行实人认证' }).click();
    await page.getByRole('heading', { name: '实人认证', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/account/verification');
    await page.getByText('本平台不会保存您的照片或人脸特征信息').waitFor();
    await page.getByText('说明版本：2026-11').waitFor();
    await page.getByRole('radio', { name: '刷脸认证' }).waitFor();
    await page.getByRole('radio', { name: '柜台核验码' }).waitFor();
    await expectNoAccessibilityViolations(page, 'consent page');

    // Continuing without ticking the box (or choosing a way) shows the error summary.
    await page.getByRole('radio', { name: '刷脸认证' }).check();
    await page.getByRole('button', { name: '继续' }).click();
    await page.getByRole('heading', { name: '出现问题' }).waitFor();
    expect(await page.title()).toMatch(/^错误/);
    await page.getByRole('link', { name: '请阅读说明，并勾选“我已阅读并同意”' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('consent');
    await expectNoAccessibilityViolations(page, 'consent page without consent');

    await page.getByRole('checkbox', { name: '我已阅读并同意' }).check();
    await page.getByRole('button', { name: '继续' }).click();
    const developmentHeading = page.getByRole('heading', {
      name: '开发环境：模拟刷脸认证（不会采集人脸）',
      level: 1,
    });
    await developmentHeading.waitFor();
    expect(new URL(page.url()).pathname).toBe('/account/verification/development');
    await expectNoAccessibilityViolations(page, 'development face check');

    await page.getByRole('button', { name: '模拟认证通过' }).click();
    await page.getByRole('heading', { name: '我的账户' }).waitFor();
    await page.getByText(/^实人认证有效至 \d{2}:\d{2}$/).waitFor();
    const me = await page.request.get(`${env.platform.baseUrl}/api/v1/me`);
    const account = (await me.json()) as { realPersonAuthenticatedUntil: string | null };
    expect(Date.parse(account.realPersonAuthenticatedUntil ?? '')).toBeGreaterThan(Date.now());
    expect(await page.getByRole('link', { name: '进行实人认证' }).count()).toBe(0);
    await expectNoAccessibilityViolations(page, 'account page, authenticated');

    // Bound already: the bind page sends the person back to the account.
    await page.goto(`${env.platform.baseUrl}/account/identity`);
    await page.getByRole('heading', { name: '我的账户' }).waitFor();
    expect(unexpected(problems)).toEqual([]);
  });

  it('proves it is them with a counter code, in English, on a 320 px screen', async () => {
    const { page, problems } = await openPage(env.browser, 320);
    await signIn(page, '139 0000 8765', '139****8765');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('link', { name: 'Confirm who you are' }).click();
    await page.getByRole('heading', { name: 'Confirm who you are', level: 1 }).waitFor();
    expect(await reflows(page)).toBe(true);
    await page.getByLabel('Name', { exact: true }).fill('陈晓珊');
    await page.getByLabel('ID number').fill('440106 19940512 1246');
    await page.getByRole('button', { name: 'Confirm who you are' }).click();
    await page.getByRole('heading', { name: 'My account' }).waitFor();
    await page.getByText('4401**********1246').waitFor();

    await page.getByRole('link', { name: 'Prove it is you' }).click();
    await page.getByRole('heading', { name: 'Prove it is you', level: 1 }).waitFor();
    expect(await reflows(page)).toBe(true);
    await expectNoAccessibilityViolations(page, 'consent page in English at 320 px');

    // Neither ticked nor chosen: both problems listed.
    await page.getByRole('button', { name: 'Continue' }).click();
    await page
      .getByRole('link', { name: 'Read the notice and tick “I have read and agree”' })
      .waitFor();
    await page.getByRole('link', { name: 'Select how you want to prove it is you' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('method-face');
    expect(await reflows(page)).toBe(true);
    await expectNoAccessibilityViolations(page, 'consent page with errors at 320 px');

    await page.getByRole('checkbox', { name: 'I have read and agree' }).check();
    await page.getByRole('radio', { name: 'Counter code' }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: 'Enter the counter code', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/account/verification/counter-code');
    expect(await reflows(page)).toBe(true);
    await expectNoAccessibilityViolations(page, 'counter code question');

    await page.getByRole('button', { name: 'Submit the code' }).click();
    await page.getByRole('link', { name: 'Enter the 8-character counter code' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('counter-code');
    await expectNoAccessibilityViolations(page, 'counter code question with an error');

    // The code agency staff gave, typed in lower case with a hyphen.
    const code = await env.platform.issueCounterCode('440106199405121246');
    await page
      .getByLabel('Counter code')
      .fill(`${code.slice(0, 4)}-${code.slice(4)}`.toLowerCase());
    await page.getByRole('button', { name: 'Submit the code' }).click();
    await page.getByRole('heading', { name: 'My account' }).waitFor();
    await page.getByText(/^Proved it is you, valid until \d{2}:\d{2}$/).waitFor();
    expect(await reflows(page)).toBe(true);
    await expectNoAccessibilityViolations(page, 'account page, authenticated by counter code');
    expect(unexpected(problems)).toEqual([]);
  });
});
