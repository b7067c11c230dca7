import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage } from './support/browser.ts';
import {
  checkPage,
  openMyCards,
  proveItIsYouFromCardPage,
  unexpectedConsole,
} from './support/card-holder.ts';
import { answerCounterCode } from './support/citizen.ts';
import { usePlatformAndBrowser } from './support/platform-and-browser.ts';

/**
 * Cancelling a social security card in Chinese on a 320 px phone. 白云飞 holds cards from Taiyuan
 * and Beijing: he cancels the Taiyuan one online as a duplicate — his authentication lapses on the
 * way, and proving it is him again comes back to the same step with the reason kept — and then
 * cannot cancel the Beijing one for the same reason. 杨帆 accepts the platform's offer to cancel
 * his Xi'an card after his move: an agency task, with what to bring. Every state is checked with
 * axe-core.
 */
describe('cancelling a social security card, in a browser', () => {
  const env = usePlatformAndBrowser();

  const statusOf = (page: Page) => page.locator('.card-facts .card-tag').first().textContent();

  /** Opens the card of the list issued by `region`. */
  async function openCardOf(page: Page, region: string) {
    await page
      .locator('.card-list__item', { hasText: region })
      .getByRole('link', { name: /^查看社保卡/ })
      .click();
    await page.getByRole('heading', { name: '社保卡详情', level: 1 }).waitFor();
    await page.locator('.card-facts').getByText(region, { exact: true }).waitFor();
  }

  it('cancels a duplicate card online, coming back after a lapsed authentication', async () => {
    const { page, problems } = await openPage(env.browser, 320);
    const citizenId = '140105199002141739';
    await openMyCards(page, env.platform.baseUrl, {
      phone: '139 0000 8811',
      maskedPhone: '139****8811',
      name: '白云飞',
      citizenId,
    });
    expect(await page.locator('.card-list__item').count()).toBe(2);
    await openCardOf(page, '太原市');
    await checkPage(page, 'the Taiyuan card');

    await page.getByRole('link', { name: '注销社保卡' }).click();
    await page.getByRole('heading', { name: '注销社保卡', level: 1 }).waitFor();
    // No reason chosen: the error summary links to the question.
    await page.getByRole('button', { name: '继续' }).click();
    await page.getByRole('link', { name: '请选择注销原因' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('reason-settled-abroad');
    expect(await page.title()).toMatch(/^错误：注销社保卡/);
    await checkPage(page, 'cancellation reason missing');
    expect(await page.getByRole('radio').count()).toBe(5);
    await page.getByRole('radio', { name: /^在其他地区重复持卡（在网上马上注销。）$/ }).check();
    await page.getByRole('button', { name: '继续' }).click();

    await page.getByRole('heading', { name: '确认注销社保卡', level: 1 }).waitFor();
    expect(new URL(page.url()).search).toBe('?reason=duplicate-card-in-another-region');
    await page
      .getByText('确认后这张卡马上注销，不能再使用，也不能恢复。', { exact: false })
      .waitFor();
    await checkPage(page, 'check the cancellation, not authenticated');
    await proveItIsYouFromCardPage(page, await env.platform.issueCounterCode(citizenId));
    await page.locator('.check-answers').getByText('在其他地区重复持卡').waitFor();

    // The authentication lapses before the confirmation: refused (403), nothing lost.
    await env.platform.lapseRealPersonAuthentications();
    await page.getByRole('button', { name: '确认注销' }).click();
    const alert = page.getByRole('alert');
    await alert.getByText('实人认证已过期，请重新进行实人认证。', { exact: false }).waitFor();
    await checkPage(page, 'cancellation refused for a lapsed authentication');
    await alert.getByRole('link', { name: '进行实人认证' }).click();
    await answerCounterCode(page, await env.platform.issueCounterCode(citizenId));
    await page.getByRole('heading', { name: '确认注销社保卡', level: 1 }).waitFor();
    expect(new URL(page.url()).search).toBe('?reason=duplicate-card-in-another-region');
    await page.getByRole('button', { name: '确认注销' }).click();

    await page.getByRole('heading', { name: '社保卡已注销', level: 1 }).waitFor();
    await page.getByText('这张卡已经注销，不能再使用。您其他的社保卡不受影响。').waitFor();
    await checkPage(page, 'cancelled confirmation');
    await page.getByRole('link', { name: '查看这张卡' }).click();
    await page.getByRole('heading', { name: '社保卡详情', level: 1 }).waitFor();
    expect(await statusOf(page)).toBe('已注销');
    await page.getByText('注销原因：在其他地区重复持卡').waitFor();
    await page.getByText('这张卡现在没有可以在网上办理的业务。').waitFor();
    await checkPage(page, 'cancelled card');

    // The Beijing card is now his only live card: not a duplicate any more.
    await page.getByRole('link', { name: '返回我的社保卡' }).first().click();
    await page.locator('.card-list__item', { hasText: '太原市' }).getByText('已注销').waitFor();
    await openCardOf(page, '北京市');
    await page.getByRole('link', { name: '注销社保卡' }).click();
    await page.getByRole('radio', { name: /^在其他地区重复持卡/ }).check();
    await page.getByRole('button', { name: '继续' }).click();
    await page
      .getByRole('link', { name: '您在其他地区没有正在使用的社保卡，不能用这个原因注销。' })
      .waitFor();
    expect(await page.getByRole('radio', { name: /^在其他地区重复持卡/ }).isChecked()).toBe(true);
    await checkPage(page, 'duplicate reason refused for the last card');

    const cards = await page.request.get(`${env.platform.baseUrl}/api/v1/me/cards`);
    const statuses = ((await cards.json()) as { cards: { status: string }[] }).cards
      .map((card) => card.status)
      .sort();
    expect(statuses).toEqual(['cancelled', 'normal']);
    expect(unexpectedConsole(problems, /status of (401|403)/)).toEqual([]);
  });

  it('asks the agency to cancel a card offered after a move, and says what to bring', async () => {
    const { page, problems } = await openPage(env.browser, 320);
    const citizenId = '610113198806061118';
    await openMyCards(page, env.platform.baseUrl, {
      phone: '139 0000 8812',
      maskedPhone: '139****8812',
      name: '杨帆',
      citizenId,
    });
    await page
      .locator('.card-list__item', { hasText: '西安市' })
      .getByText('可以申请注销')
      .waitFor();
    await openCardOf(page, '西安市');
    await page.getByRole('heading', { name: '这张卡可以申请注销' }).waitFor();
    await page
      .getByText('参保关系转出本省。这张卡在其他省份也能继续使用', { exact: false })
      .waitFor();
    await checkPage(page, 'card offered for cancellation');

    await page.getByRole('link', { name: '申请注销这张卡' }).click();
    await page.getByRole('heading', { name: '确认注销社保卡', level: 1 }).waitFor();
    await page.getByRole('heading', { name: '请带上这些材料' }).waitFor();
    await page.getByText('本人有效身份证件').waitFor();
    await proveItIsYouFromCardPage(page, await env.platform.issueCounterCode(citizenId));
    await checkPage(page, 'check an agency cancellation');
    await page.getByRole('button', { name: '确认注销' }).click();

    await page.getByRole('heading', { name: '注销申请已提交', level: 1 }).waitFor();
    await page.getByText('本人有效身份证件').waitFor();
    await page.getByText('办理地点：西安市社会保险经办机构').waitFor();
    await checkPage(page, 'cancellation requested confirmation');
    await page.getByRole('link', { name: '查看这张卡' }).click();
    await page.getByRole('heading', { name: '社保卡详情', level: 1 }).waitFor();
    // Still in use until the agency cancels it, and the request shows beside the status.
    expect(await statusOf(page)).toBe('正常');
    await page.locator('.card-facts').getByText('注销办理中').waitFor();
    await page.getByText('注销原因：参保关系转出本省').first().waitFor();
    expect(await page.getByRole('heading', { name: '这张卡可以申请注销' }).count()).toBe(0);
    expect(await page.locator('.timeline__item').first().textContent()).toMatch(/^申请注销/);
    await checkPage(page, 'card with a cancellation requested');
    expect(unexpectedConsole(problems)).toEqual([]);
  });
});
