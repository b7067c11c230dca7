import { describe, expect, it } from 'vitest';
import { openPage } from './support/browser.ts';
import {
  checkPage,
  openMyCards,
  proveItIsYouFromCardPage,
  unexpectedConsole,
} from './support/card-holder.ts';
import { usePlatformAndBrowser } from './support/platform-and-browser.ts';

/**
 * Enabling a new card in Chinese on a 320 px phone: 苏晴's sealed card from Chongqing asks for a
 * six-digit service password typed twice; the error summary links to each field that is wrong,
 * and the password she set (typed with a space) is the one the e-card channel then accepts.
 */
describe('enabling a sealed social security card, in a browser', () => {
  const env = usePlatformAndBrowser();

  it('sets the service password, after the error summary, and enables the card', async () => {
    const { page, problems } = await openPage(env.browser, 320);
    const citizenId = '320583198712202663';
    await openMyCards(page, env.platform.baseUrl, {
      phone: '139 0000 8831',
      maskedPhone: '139****8831',
      name: '苏晴',
      citizenId,
    });
    const sealed = page.locator('.card-list__item', { hasText: '重庆市' });
    await sealed.getByText('封存（待启用）').waitFor();
    await page.locator('.card-list__item', { hasText: '苏州市' }).getByText('正常').waitFor();
    await sealed.getByRole('link', { name: /^查看社保卡/ }).click();
    await page.getByRole('heading', { name: '社保卡详情', level: 1 }).waitFor();
    await page.getByText('这张卡还没有启用，暂时不能使用。', { exact: false }).waitFor();
    const cardId = new URL(page.url()).pathname.split('/')[2]!;
    await checkPage(page, 'sealed card');

    await page.getByRole('link', { name: '启用社保卡' }).click();
    await page.getByRole('heading', { name: '启用社保卡', level: 1 }).waitFor();
    expect(await page.getByLabel('服务密码', { exact: true }).count()).toBe(0);
    await proveItIsYouFromCardPage(page, await env.platform.issueCounterCode(citizenId));

    await page.getByRole('button', { name: '启用这张卡' }).click();
    await page.getByRole('link', { name: '请输入6位数字的服务密码' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('card-password');
    expect(await page.title()).toMatch(/^错误：启用社保卡/);
    await checkPage(page, 'enable with errors');

    await page.getByLabel('服务密码', { exact: true }).fill('147 258');
    await page.getByLabel('再输入一次服务密码').fill('147259');
    await page.getByRole('button', { name: '启用这张卡' }).click();
    await page.getByRole('link', { name: '两次输入的服务密码不一样，请重新输入' }).waitFor();
    await page.getByRole('button', { name: /^显示密码\s*：服务密码$/ }).click();
    expect(await page.getByLabel('服务密码', { exact: true }).getAttribute('type')).toBe('text');
    expect(await page.getByLabel('服务密码', { exact: true }).inputValue()).toBe('147 258');
    await page.getByLabel('再输入一次服务密码').fill('147258');
    await page.getByRole('button', { name: '启用这张卡' }).click();

    await page.getByRole('heading', { name: '社保卡已启用', level: 1 }).waitFor();
    await page.locator('.card-facts .card-tag', { hasText: '正常' }).waitFor();
    await checkPage(page, 'enabled confirmation');

    // The password set is the one typed, without the space.
    const check = (password: string) =>
      page.request.post(`${env.platform.baseUrl}/api/v1/ecard/password-check`, {
        data: { cardId, password },
        headers: { origin: env.platform.baseUrl },
      });
    expect((await check('147258')).status()).toBe(200);
    expect((await check('147259')).status()).toBe(422);
    expect(unexpectedConsole(problems)).toEqual([]);
  });
});
