import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAccessibilityViolations, openPage, reflows } from './support/browser.ts';
import { answerCounterCode, answerSignIn } from './support/citizen.ts';
import { usePlatformAndBrowser } from './support/platform-and-browser.ts';

/**
 * Submitting a transfer application when the server says no, in a real browser: a real-person
 * authentication that has lapsed (403) and another application sent first from another tab (409)
 * each say plainly what happened and keep every answer; proving it is you again comes back to
 * check your answers, and the application then goes through. Every state is checked with axe-core.
 */
describe('a refused submission keeps the answers, in a browser', () => {
  const env = usePlatformAndBrowser();
  const applyTo = (region: string) =>
    `/transfer-application?scheme=employee-pension&region=${region}`;

  async function check(page: Page, state: string) {
    expect(await reflows(page), `${state} reflows`).toBe(true);
    await expectNoAccessibilityViolations(page, state);
  }

  /** The answers the API was expected to refuse; any other console error fails the test. */
  const unexpected = (problems: string[]) =>
    problems.filter((p) => !/status of (401|403|409)/.test(p));

  /**
   * Signs in from the application, binds the person and proves it is them with a counter code
   * (each coming back to the application), and answers the form up to check your answers.
   */
  async function answerUpToCheck(
    page: Page,
    person: { phone: string; masked: string; name: string; citizenId: string; region: string },
  ) {
    await page.goto(`${env.platform.baseUrl}${applyTo(person.region)}`);
    await answerSignIn(page, { baseUrl: env.platform.baseUrl, ...person });
    await page.getByRole('link', { name: '绑定身份' }).click();
    await page.getByLabel('姓名', { exact: true }).fill(person.name);
    await page.getByLabel('身份证号码').fill(person.citizenId);
    await page.getByRole('button', { name: '绑定身份' }).click();
    await page.getByRole('link', { name: '进行实人认证' }).click();
    await answerCounterCode(page, await env.platform.issueCounterCode(person.citizenId));
    await page.getByRole('heading', { name: '您可以在线申请转移', level: 1 }).waitFor();
    await page.getByRole('link', { name: '继续' }).click();
    await fillForm(page, '广州市天河区体育西路1号', '510620');
    await page.getByRole('heading', { name: '提交前请核对您的申请', level: 1 }).waitFor();
  }

  async function fillForm(page: Page, address: string, postCode: string) {
    await page.getByRole('heading', { name: '填写联系方式', level: 1 }).waitFor();
    await page.getByLabel('联系电话').fill('139 0000 7701');
    await page.getByLabel('联系地址').fill(address);
    await page.getByLabel('邮政编码').fill(postCode);
    await page.getByLabel('代办人姓名').fill('李四');
    await page.getByLabel('代办人手机号码').fill('139 0000 7702');
    await page.getByRole('button', { name: '继续' }).click();
  }

  /** Check your answers shows every answer as given. */
  async function expectAnswersShown(page: Page) {
    const answers = page.locator('.check-answers');
    await answers.getByText('13900007701').waitFor();
    await answers.getByText('广州市天河区体育西路1号').waitFor();
    await answers.getByText('510620').waitFor();
    await answers.getByText('李四 13900007702').waitFor();
  }

  const applicationCount = async (page: Page) => {
    const list = await page.request.get(`${env.platform.baseUrl}/api/v1/me/transfer-applications`);
    return ((await list.json()) as { applications: unknown[] }).applications.length;
  };

  it('asks to prove it is you again (403), comes back to the answers, and submits', async () => {
    const { page, problems } = await openPage(env.browser, 320);
    await answerUpToCheck(page, {
      phone: '139 0000 7701',
      masked: '139****7701',
      name: '周子航',
      citizenId: '510104199008211358',
      region: '440100',
    });
    const checkUrl = page.url();

    // A day later, as far as the server is concerned: the proof no longer counts.
    await env.platform.lapseRealPersonAuthentications();
    const refused = page.waitForResponse((r) =>
      r.url().endsWith('/api/v1/me/transfer-applications'),
    );
    await page.getByRole('button', { name: '确认并提交申请' }).click();
    expect((await refused).status()).toBe(403);
    const alert = page.getByRole('alert');
    await alert.getByRole('heading', { name: '申请没有提交成功' }).waitFor();
    await alert
      .getByText(
        '为了保护您的账户安全，提交申请前需要重新进行实人认证，因为上次认证已经超过有效时间。您填写的内容都已保留，认证后会回到本页面。',
      )
      .waitFor();
    await expectAnswersShown(page);
    expect(await applicationCount(page)).toBe(0);
    await check(page, 'submit refused: authentication lapsed');

    // Proving it is you again: Back would return to the answers; done, it does.
    await alert.getByRole('link', { name: '进行实人认证' }).click();
    await page.getByRole('heading', { name: '实人认证', level: 1 }).waitFor();
    expect(await page.getByRole('link', { name: '返回' }).getAttribute('href')).toBe(
      new URL(checkUrl).pathname + new URL(checkUrl).search,
    );
    await answerCounterCode(page, await env.platform.issueCounterCode('510104199008211358'));
    await page.getByRole('heading', { name: '提交前请核对您的申请', level: 1 }).waitFor();
    expect(page.url()).toBe(checkUrl);
    await page.getByRole('status').getByText('实人认证已完成，请继续申请。').waitFor();
    await expectAnswersShown(page);
    await check(page, 'check your answers, back after proving it is you');

    await page.getByRole('button', { name: '确认并提交申请' }).click();
    await page.getByRole('heading', { name: '申请已提交', level: 1 }).waitFor();
    expect(await applicationCount(page)).toBe(1);
    expect(unexpected(problems)).toEqual([]);
  });

  it('says another application was sent first (409) and keeps the answers', async () => {
    const { page, problems } = await openPage(env.browser, 1280);
    await answerUpToCheck(page, {
      phone: '139 0000 7703',
      masked: '139****7703',
      name: '谢明',
      citizenId: '440304198909301316',
      region: '110100',
    });

    // Meanwhile, in another tab of the same browser, an application goes through first.
    const otherTab = await page.context().newPage();
    await otherTab.goto(`${env.platform.baseUrl}${applyTo('110100')}`);
    await otherTab.getByRole('link', { name: '继续' }).click();
    await fillForm(otherTab, '北京市东城区东长安街1号', '100010');
    await otherTab.getByRole('button', { name: '确认并提交申请' }).click();
    await otherTab.getByRole('heading', { name: '申请已提交', level: 1 }).waitFor();
    await otherTab.close();

    const refused = page.waitForResponse((r) =>
      r.url().endsWith('/api/v1/me/transfer-applications'),
    );
    await page.getByRole('button', { name: '确认并提交申请' }).click();
    expect((await refused).status()).toBe(409);
    const alert = page.getByRole('alert');
    await alert.getByRole('heading', { name: '申请没有提交成功' }).waitFor();
    await alert
      .getByText(
        '这份申请没有提交：您已有一份正在办理的这个险种的转移申请（可能是在其他页面提交的）。同一险种同时只能有一份在办的申请。您填写的内容仍保留在本页面。',
      )
      .waitFor();
    await alert.getByRole('link', { name: '查看我的申请' }).waitFor();
    await expectAnswersShown(page);
    await check(page, 'submit refused: another open application');

    // Nothing lost: Change opens the form with the answers as typed.
    await page.getByRole('link', { name: '修改 联系地址' }).click();
    await page.getByRole('heading', { name: '填写联系方式', level: 1 }).waitFor();
    expect(await page.getByLabel('联系地址').inputValue()).toBe('广州市天河区体育西路1号');
    expect(await page.getByLabel('代办人手机号码').inputValue()).toBe('139 0000 7702');
    expect(await applicationCount(page)).toBe(1);
    expect(unexpected(problems)).toEqual([]);
  });
});
