import type { Page } from 'playwright-core';
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
 * 我的社保卡 in Chinese on a 320 px phone: 林悦 finds her card, reports it lost for now (proving it
 * is her on the way, which comes back to the report), sees it stopped with the day the report ends,
 * and ends the report (with the keyboard alone); an end of the report sent from a page left open
 * after it ended is refused with 409 and the page shows the card as it is now. Every state is
 * checked with axe-core.
 */
describe('reporting a social security card lost and unblocking it, in a browser', () => {
  const env = usePlatformAndBrowser();
  const holder = {
    phone: '139 0000 8801',
    maskedPhone: '139****8801',
    name: '林悦',
    citizenId: '350203200209092441',
  };

  const statusOf = (page: Page) => page.locator('.card-facts .card-tag').first().textContent();

  it('reports the card lost, ends the report, and refuses a stale second end', async () => {
    const { page, problems } = await openPage(env.browser, 320);
    await openMyCards(page, env.platform.baseUrl, holder);
    await checkPage(page, 'my cards');
    const cardLinks = page.getByRole('link', { name: /^查看社保卡 [A-Z]\*+\d{2}$/ });
    expect(await cardLinks.count()).toBe(1);
    await page.locator('.card-list').getByText('正常', { exact: true }).waitFor();
    await page.locator('.card-list').getByText('厦门市', { exact: true }).waitFor();

    await cardLinks.first().click();
    await page.getByRole('heading', { name: '社保卡详情', level: 1 }).waitFor();
    const cardPath = new URL(page.url()).pathname;
    expect(await statusOf(page)).toBe('正常');
    await page.getByRole('heading', { name: '办理记录' }).waitFor();
    await page.locator('.timeline').getByText('启用').waitFor();
    expect(await page.getByRole('link', { name: '解除挂失' }).count()).toBe(0);
    await checkPage(page, 'card in use');

    // Report it lost: prove it is her first, which comes back to the report.
    await page.getByRole('link', { name: '临时挂失' }).click();
    await page.getByRole('heading', { name: '临时挂失社保卡', level: 1 }).waitFor();
    await page.getByRole('heading', { name: '先确认是您本人' }).waitFor();
    expect(await page.getByRole('button', { name: '确认挂失' }).count()).toBe(0);
    await checkPage(page, 'report lost, not authenticated');
    await proveItIsYouFromCardPage(page, await env.platform.issueCounterCode(holder.citizenId));
    await checkPage(page, 'report lost, authenticated');
    await page.getByRole('button', { name: '确认挂失' }).click();

    await page.getByRole('heading', { name: '社保卡已临时挂失', level: 1 }).waitFor();
    await page
      .getByText(/^如果您不解除，挂失会在 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2} 自动解除/)
      .waitFor();
    await checkPage(page, 'reported lost confirmation');

    await page.getByRole('link', { name: '查看这张卡' }).click();
    await page.getByRole('heading', { name: '社保卡详情', level: 1 }).waitFor();
    expect(await statusOf(page)).toBe('临时挂失');
    await page.getByText('这张卡已临时挂失，暂时不能使用。').waitFor();
    const newest = page.locator('.timeline__item').first();
    expect(await newest.textContent()).toMatch(/^临时挂失持卡人本人 · \d{4}年/);
    expect(await page.getByRole('link', { name: '临时挂失' }).count()).toBe(0);
    await checkPage(page, 'card reported lost');

    // A second tab keeps the unblock page open while the first ends the report.
    const stale = await page.context().newPage();
    await stale.goto(`${env.platform.baseUrl}${cardPath}/unblock`);
    await stale.getByRole('button', { name: '确认解除挂失' }).waitFor();

    // Ending the report with the keyboard alone: Enter on the link, Tab to the button, Enter.
    await page.getByRole('link', { name: '解除挂失' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: '解除挂失', level: 1 }).waitFor();
    await checkPage(page, 'unblock');
    const focusedText = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    for (let tabs = 0; tabs < 30 && (await focusedText()) !== '确认解除挂失'; tabs++)
      await page.keyboard.press('Tab');
    expect(await focusedText()).toBe('确认解除挂失');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: '已解除挂失', level: 1 }).waitFor();
    await checkPage(page, 'unblocked confirmation');
    await page.getByRole('link', { name: '查看这张卡' }).click();
    await page.getByRole('heading', { name: '社保卡详情', level: 1 }).waitFor();
    expect(await statusOf(page)).toBe('正常');
    expect(await page.locator('.timeline__item').first().textContent()).toMatch(/^解除挂失/);

    // The stale tab: refused (409), told why, and shown the card as it is now.
    await stale.getByRole('button', { name: '确认解除挂失' }).click();
    const alert = stale.getByRole('alert');
    await alert.getByText('这张卡的状态刚刚有变化').waitFor();
    expect(await stale.title()).toMatch(/^错误：|^Error: /);
    await stale.locator('.card-facts .card-tag', { hasText: '正常' }).waitFor();
    await stale.getByText('这张卡现在不能办理这项业务。').waitFor();
    expect(await stale.getByRole('button', { name: '确认解除挂失' }).count()).toBe(0);
    await checkPage(stale, 'stale unblock refused');

    expect(unexpectedConsole(problems)).toEqual([]);
  });
});
