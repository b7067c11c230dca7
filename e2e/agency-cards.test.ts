import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PERSONS } from '../server/src/modules/persons/index.ts';
import {
  expectAccessibleAtAnyWidth,
  expectNoAccessibilityViolations,
  openPage,
} from './support/browser.ts';
import { openMyCards } from './support/card-holder.ts';
import { signInAsStaff } from './support/staff.ts';
import { usePlatformAndBrowser } from './support/platform-and-browser.ts';

const person = (key: string) => DEMO_PERSONS.find((p) => p.key === key)!;

/**
 * The agency side of social security cards in a real browser, each person in their own browser
 * context. 杨帆 asks through the API to cancel his Xi'an card after his move out of the province
 * (a reason that needs the agency); Xi'an staff find the task in their card queue, complete it,
 * and 杨帆's card page shows it cancelled. Shenzhen staff look 李明哲 up at the counter by his ID
 * number, issue the replacement waiting for him — a second tab left open on the old card is
 * refused with 409 and offered a reload — and record a formal loss of the new card with a note.
 * Every page state is checked with axe-core, and staff pages at 320 px too.
 */
describe('agency staff handle social security cards in a browser', () => {
  const env = usePlatformAndBrowser();
  const url = (path: string) => `${env.platform.baseUrl}${path}`;

  /** A call of the citizen API in the holder's browser context, which holds their session. */
  const holderApi = (page: Page) => async (path: string, data?: object) => {
    const response = await page.request.post(url(`/api/v1${path}`), data ? { data } : {});
    if (!response.ok()) throw new Error(`${path}: ${response.status()} ${await response.text()}`);
    return response.json();
  };

  it("cancels a card at the holder's request from the queue, and the holder sees it cancelled", async () => {
    // 杨帆 signs in and confirms who he is on the pages, then asks through the API (after a
    // real-person authentication by the development face page's API).
    const holder = await openPage(env.browser, 320);
    const yangFan = person('transfer-completed');
    await openMyCards(holder.page, env.platform.baseUrl, {
      phone: '139 0000 8901',
      maskedPhone: '139****8901',
      name: yangFan.name,
      citizenId: yangFan.citizenId,
    });
    const post = holderApi(holder.page);
    await post('/me/verification', {
      method: 'face',
      consent: { noticeVersion: '2026-01', accepted: true },
    });
    await post('/me/verification/development-confirm');
    const mine = await (await holder.page.request.get(url('/api/v1/me/cards'))).json();
    const xian = mine.cards.find(
      (card: { issuingRegion: { code: string } }) => card.issuingRegion.code === '610100',
    );
    const asked = await post(`/me/cards/${xian.id}/cancellation`, {
      version: xian.version,
      reason: 'moved-out-of-province',
    });
    expect(asked).toMatchObject({ status: 'normal', pendingRequest: { kind: 'cancellation' } });

    // Xi'an staff: from the work queues to the card tasks, where 杨帆's request waits.
    const staff = await openPage(env.browser, 1280);
    const page = staff.page;
    await signInAsStaff(page, env.platform.baseUrl, 'demo.610100.staff');
    await page
      .getByRole('navigation', { name: '经办工作' })
      .getByRole('link', { name: '社保卡业务' })
      .click();
    await page.getByRole('heading', { name: '社保卡待办任务', level: 1 }).waitFor();
    await page.getByText('共 1 件待办').waitFor();
    const row = page.getByRole('row', { name: /杨\*/ });
    await row.getByRole('cell', { name: xian.cardNumber }).waitFor();
    await row.getByText('今天').waitFor();
    await expectAccessibleAtAnyWidth(page, 'card task queue');

    await row.getByRole('link', { name: /^注销（参保关系转出本省）/ }).click();
    await page.getByRole('heading', { name: `社保卡 ${xian.cardNumber}`, level: 1 }).waitFor();
    await page.getByRole('heading', { name: '待办任务：注销' }).waitFor();
    await page.getByText('原因：参保关系转出本省').first().waitFor();
    await page.getByText('6101**********1118').waitFor();
    await expectAccessibleAtAnyWidth(page, 'card with a cancellation task');

    await page.getByRole('button', { name: '办结：注销这张卡' }).click();
    await page.getByText('办结后这张卡立即注销，不能恢复。', { exact: false }).waitFor();
    await expectNoAccessibilityViolations(page, 'completing the cancellation');
    await page.getByRole('button', { name: '确认办结' }).click();
    await page.getByRole('status').getByText('已办结。').waitFor();
    expect(await page.locator('.card-status').textContent()).toBe('已注销');
    await page.getByText('这张卡现在没有需要办理的业务。').waitFor();
    const newest = page.locator('#card-timeline ~ .timeline .timeline__item').first();
    expect(await newest.textContent()).toMatch(/^注销.*办理人：演示经办员 610100/);
    await expectAccessibleAtAnyWidth(page, 'cancelled card');

    await page.getByRole('link', { name: '返回', exact: true }).click();
    await page.getByRole('heading', { name: '社保卡待办任务', level: 1 }).waitFor();
    await page.getByText('没有待办的社保卡任务。').waitFor();

    // 杨帆 opens his card: cancelled by the agency, for the reason he gave.
    await holder.page.goto(url(`/my-cards/${xian.id}`));
    await holder.page.getByRole('heading', { name: '社保卡详情', level: 1 }).waitFor();
    expect(await holder.page.locator('.card-facts .card-tag').first().textContent()).toBe('已注销');
    await holder.page.getByText('注销原因：参保关系转出本省').first().waitFor();
    await expectNoAccessibilityViolations(holder.page, "the holder's cancelled card");
    expect(staff.problems).toEqual([]);
  });

  it('looks a holder up at the counter, issues the replacement, refuses a stale page, records a formal loss', async () => {
    const staff = await openPage(env.browser, 1280);
    const page = staff.page;
    await signInAsStaff(page, env.platform.baseUrl, 'demo.440300.staff');
    await page.goto(url('/agency/cards/lookup'));
    await page.getByRole('heading', { name: '柜台查询社保卡', level: 1 }).waitFor();

    // Nothing chosen or typed: both problems at the top, each linking to its question.
    await page.getByRole('button', { name: '查询' }).click();
    await page.getByRole('link', { name: '请选择按卡号还是按身份证件号码查询' }).waitFor();
    await page.getByRole('link', { name: '请输入号码' }).waitFor();
    await expectAccessibleAtAnyWidth(page, 'counter lookup with problems');

    const citizenId = person('earlier-ten-years').citizenId;
    await page.getByRole('radio', { name: '身份证件号码' }).check();
    await page
      .getByLabel('号码', { exact: true })
      .fill(`${citizenId.slice(0, 6)} ${citizenId.slice(6)}`);
    await page.getByRole('button', { name: '查询' }).click();
    await page
      .getByText(`持卡人：李**（${citizenId.slice(0, 4)}**********${citizenId.slice(-4)}）`)
      .waitFor();
    expect(page.url()).toBe(url('/agency/cards/lookup'));
    await expectAccessibleAtAnyWidth(page, 'counter lookup found');

    await page.getByRole('link', { name: /^查看社保卡 / }).click();
    await page.getByRole('heading', { name: '待办任务：制发新卡' }).waitFor();
    const oldCardPath = new URL(page.url()).pathname;
    await expectAccessibleAtAnyWidth(page, 'card with a replacement to issue');

    // A second tab keeps the old card open while the first issues the new card.
    const stale = await page.context().newPage();
    await stale.goto(url(oldCardPath));
    await stale.getByRole('button', { name: '不予办理' }).waitFor();

    await page.getByRole('button', { name: '办结：制发新卡' }).click();
    await page.getByRole('button', { name: '确认办结' }).click();
    const issued = page.getByRole('status');
    await issued.getByText(/^已制发新卡 [A-Z]\*{6}\d{2}（封存，待持卡人启用）。/).waitFor();
    expect(await page.locator('.card-status').textContent()).toBe('已注销');
    await expectNoAccessibilityViolations(page, 'replacement issued');

    await stale.getByRole('button', { name: '不予办理' }).click();
    await stale.getByLabel('原因说明').fill('请携带本人身份证件到柜台办理补卡。');
    await stale.getByRole('button', { name: '确认不予办理' }).click();
    const conflict = stale.getByRole('alert');
    await conflict.getByText('这张卡或任务已有变化').waitFor();
    await expectNoAccessibilityViolations(stale, 'refusal on a stale page');
    await conflict.getByRole('link', { name: '重新加载' }).click();
    await stale.getByText('已重新加载最新情况。').waitFor();
    expect(await stale.locator('.card-status').textContent()).toBe('已注销');
    expect(await stale.getByRole('button', { name: '不予办理' }).count()).toBe(0);
    await stale.close();

    // The new card, sealed: reported lost formally with the holder at the counter.
    await issued.getByRole('link', { name: '查看新卡' }).click();
    await page.getByRole('heading', { name: /^社保卡 [A-Z]\*{6}\d{2}$/, level: 1 }).waitFor();
    expect(await page.locator('.card-status').textContent()).toBe('封存（待启用）');
    await page.getByRole('button', { name: '正式挂失' }).click();
    await page.getByRole('button', { name: '确认正式挂失' }).click();
    await page.getByRole('link', { name: '请写明核验情况，至少2个字' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('formal-loss-note');
    await expectAccessibleAtAnyWidth(page, 'formal loss without a note');
    await page.getByLabel('核验情况').fill('持卡人本人持居民身份证办理，已核验。');
    await page.getByRole('button', { name: '确认正式挂失' }).click();
    await page.getByRole('status').getByText('已正式挂失。').waitFor();
    expect(await page.locator('.card-status').textContent()).toBe('正式挂失');
    await page.getByText('说明：持卡人本人持居民身份证办理，已核验。').waitFor();
    await expectAccessibleAtAnyWidth(page, 'new card reported lost formally');

    // The same pages in English.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: /^Card [A-Z]\*{6}\d{2}$/, level: 1 }).waitFor();
    expect(await page.locator('.card-status').textContent()).toBe('Reported lost (formal)');
    await page.getByText('Nothing needs doing on this card now.').waitFor();
    await expectAccessibleAtAnyWidth(page, 'new card reported lost formally, in English');
    await page.getByRole('link', { name: 'Back', exact: true }).click();
    await page.getByRole('heading', { name: 'Social security card tasks', level: 1 }).waitFor();
    await page.getByText('There are no card tasks to do.').waitFor();
    await expectAccessibleAtAnyWidth(page, 'card task queue, in English');
    expect(staff.problems.filter((p) => !/status of 409/.test(p))).toEqual([]);
  });
});
