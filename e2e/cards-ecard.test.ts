import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { testConfig } from '../server/test/helpers/test-app.ts';
import { openPage } from './support/browser.ts';
import {
  checkPage,
  openMyCards,
  proveItIsYouFromCardPage,
  unexpectedConsole,
} from './support/card-holder.ts';
import { usePlatformAndBrowser } from './support/platform-and-browser.ts';

/** How long a QR code lives on this platform: long enough to verify, short enough to outwait. */
const QR_SECONDS = 20;

/**
 * The electronic card on a 320 px phone, in Chinese: 白云飞 gets the e-card of his Taiyuan card
 * and shows its QR code; a hospital's verifier page (another browser, not signed in) reads a photo
 * of the code and accepts it, then refuses the same code once it has run out, and refuses a fresh
 * code once the card was cancelled. 陈晓珊's card is reported lost for now: her e-card shows a code
 * only after she allows it, and the verifier says so. Every state is checked with axe-core.
 */
describe('the e-card QR code and its verification, in a browser', () => {
  const env = usePlatformAndBrowser({
    config: { ecard: { ...testConfig().ecard, qrSeconds: QR_SECONDS } },
  });

  /** The text under the QR code the phone shows now. */
  const shownToken = async (phone: Page) =>
    ((await phone.locator('.qr-panel__token').textContent()) ?? '').trim();

  /** The hospital pastes (or its scanner types) the code's text and verifies it. */
  async function verifyText(counter: Page, token: string) {
    await counter.getByLabel('二维码内容').fill(token);
    await counter.getByRole('button', { name: '核验', exact: true }).click();
  }

  it('verifies a shown QR code, then refuses it expired and after the card was cancelled', async () => {
    const { page: phone, problems } = await openPage(env.browser, 320);
    const citizenId = '140105199002141739';
    await openMyCards(phone, env.platform.baseUrl, {
      phone: '139 0000 8841',
      maskedPhone: '139****8841',
      name: '白云飞',
      citizenId,
    });
    await phone
      .locator('.card-list__item', { hasText: '太原市' })
      .getByRole('link', { name: /^查看社保卡/ })
      .click();
    await phone.getByRole('heading', { name: '社保卡详情', level: 1 }).waitFor();
    const cardPath = new URL(phone.url()).pathname;
    await phone.getByRole('link', { name: '电子社保卡' }).click();
    await phone.getByRole('heading', { name: '电子社保卡', level: 1 }).waitFor();
    await proveItIsYouFromCardPage(phone, await env.platform.issueCounterCode(citizenId));
    await phone.getByRole('button', { name: '申领电子社保卡' }).click();
    await phone.getByRole('button', { name: '出示二维码' }).click();
    await phone.getByRole('heading', { name: '请让工作人员扫描二维码' }).waitFor();
    const token = await shownToken(phone);
    expect(token).toMatch(/^[A-Za-z0-9_-]{40,200}$/);
    const photo = await phone.getByRole('img', { name: '电子社保卡二维码' }).screenshot();

    // The hospital's counter: another browser, nobody signed in; it reads a photo of the code.
    const { page: counter, problems: counterProblems } = await openPage(env.browser, 320);
    await counter.goto(`${env.platform.baseUrl}/`);
    await counter.getByRole('link', { name: '核验电子社保卡' }).click();
    await counter.getByRole('heading', { name: '核验电子社保卡', level: 1 }).waitFor();
    await counter
      .getByLabel('或者选择二维码的照片')
      .setInputFiles({ name: 'qr.png', mimeType: 'image/png', buffer: photo });
    await counter.getByRole('heading', { name: '电子社保卡有效' }).waitFor();
    expect(await counter.getByLabel('二维码内容').inputValue()).toBe(token);
    const result = counter.locator('.status-panel');
    await result.getByText('白**', { exact: true }).waitFor();
    await result.getByText('太原市', { exact: true }).waitFor();
    await result.getByText('正常', { exact: true }).waitFor();
    await checkPage(phone, 'QR code shown');
    await checkPage(counter, 'QR code verified');

    // Nothing typed: the error summary links to the field.
    await counter.getByRole('button', { name: '核验下一张' }).click();
    await counter.getByRole('button', { name: '核验', exact: true }).click();
    await counter.getByRole('link', { name: '请扫描二维码，或输入二维码内容' }).click();
    expect(await counter.evaluate(() => document.activeElement?.id)).toBe('ecard-token');
    await checkPage(counter, 'verifier with nothing to verify');

    // Meanwhile the holder gets ready to cancel the card as a duplicate, in a second tab.
    const cancelTab = await phone.context().newPage();
    await cancelTab.goto(
      `${env.platform.baseUrl}${cardPath}/cancel?reason=duplicate-card-in-another-region`,
    );
    await cancelTab.getByRole('button', { name: '确认注销' }).waitFor();

    // The code runs out: the phone takes it off the screen, the counter refuses it.
    await phone.getByText('二维码已过期，请刷新后再出示。').waitFor({ timeout: QR_SECONDS * 2000 });
    expect(await phone.getByRole('img', { name: '电子社保卡二维码' }).count()).toBe(0);
    await verifyText(counter, token);
    await counter.getByRole('heading', { name: '电子社保卡不能使用' }).waitFor();
    await counter.getByText('二维码已过期。请持卡人刷新二维码后重新出示。').waitFor();
    // The answer is read out from a live region; the field keeps the focus for the next scan.
    expect(await counter.evaluate(() => document.activeElement?.id)).toBe('ecard-token');
    await checkPage(counter, 'expired QR code refused');

    // A fresh code, then the card is cancelled: the fresh code is refused as well.
    await phone.getByRole('button', { name: '刷新二维码' }).click();
    await phone.getByRole('heading', { name: '请让工作人员扫描二维码' }).waitFor();
    const fresh = await shownToken(phone);
    expect(fresh).not.toBe(token);
    await cancelTab.getByRole('button', { name: '确认注销' }).click();
    await cancelTab.getByRole('heading', { name: '社保卡已注销', level: 1 }).waitFor();
    await verifyText(counter, fresh);
    await counter.getByRole('heading', { name: '电子社保卡不能使用' }).waitFor();
    await counter.getByText('这张社保卡已注销，电子社保卡不能再使用。').waitFor();
    await counter.locator('.status-panel').getByText('已注销', { exact: true }).waitFor();
    await checkPage(counter, 'QR code of a cancelled card refused');

    // The holder's e-card page now says why there is no code to show.
    await phone.reload();
    await phone.getByText('这张卡已注销，电子社保卡不能再使用。').waitFor();
    expect(await phone.getByRole('button', { name: '刷新二维码' }).count()).toBe(0);
    await checkPage(phone, 'e-card of a cancelled card');

    expect(unexpectedConsole(problems)).toEqual([]);
    expect(counterProblems).toEqual([]);
  }, 150_000);

  it('shows the e-card of a card reported lost only once the holder allows it', async () => {
    const { page: phone, problems } = await openPage(env.browser, 320);
    const citizenId = '440106199405121246';
    await openMyCards(phone, env.platform.baseUrl, {
      phone: '139 0000 8842',
      maskedPhone: '139****8842',
      name: '陈晓珊',
      citizenId,
    });
    await phone.getByRole('link', { name: /^查看社保卡/ }).click();
    await phone.locator('.card-facts .card-tag', { hasText: '临时挂失' }).waitFor();
    await phone.getByRole('link', { name: '电子社保卡' }).click();
    await proveItIsYouFromCardPage(phone, await env.platform.issueCounterCode(citizenId));
    await phone.getByRole('button', { name: '申领电子社保卡' }).click();
    await phone
      .getByText('这张卡已临时挂失。挂失期间，需要您本人授权后才能使用电子社保卡。')
      .waitFor();
    expect(await phone.getByRole('button', { name: '出示二维码' }).count()).toBe(0);
    await checkPage(phone, 'e-card of a card reported lost, not allowed');

    await phone.getByRole('button', { name: '授权使用30分钟' }).click();
    await phone.getByText(/^已授权在挂失期间使用，到 \d{2}:\d{2} 为止。$/).waitFor();
    await phone.getByRole('button', { name: '出示二维码' }).click();
    await phone.getByRole('heading', { name: '请让工作人员扫描二维码' }).waitFor();
    await checkPage(phone, 'e-card allowed during the loss report');

    const { page: counter } = await openPage(env.browser, 320);
    await counter.goto(`${env.platform.baseUrl}/ecard/verify`);
    await verifyText(counter, await shownToken(phone));
    await counter.getByRole('heading', { name: '电子社保卡有效' }).waitFor();
    await counter.locator('.status-panel').getByText('临时挂失', { exact: true }).waitFor();
    await counter.getByText('持卡人已临时挂失实体卡，并授权在挂失期间使用电子社保卡。').waitFor();
    await checkPage(counter, 'QR code of a card reported lost, allowed');
    expect(unexpectedConsole(problems)).toEqual([]);
  });
});
