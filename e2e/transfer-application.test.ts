import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAccessibilityViolations, openPage, reflows } from './support/browser.ts';
import { usePlatformAndBrowser } from './support/platform-and-browser.ts';
import { answerCounterCode, answerSignIn } from './support/citizen.ts';

/**
 * 在线申请转移 in a real browser on a 320 px phone, in Chinese: from the destination's answer to
 * eligibility (binding and proving it is you on the way, each coming back to the application),
 * the form, check your answers, the confirmation, 我的申请 and withdrawal — and a person who may
 * not apply reads why. Every page is checked with axe-core and for reflow.
 */
describe('applying online to transfer social insurance in a browser', () => {
  const env = usePlatformAndBrowser();

  /** Opens `path`, is sent to sign in, and signs in (which comes back to `path`). */
  async function signInFrom(page: Page, path: string, phone: string, masked: string) {
    await page.goto(`${env.platform.baseUrl}${path}`);
    await page.getByText('请先登录。').waitFor();
    await answerSignIn(page, { baseUrl: env.platform.baseUrl, phone, masked });
  }

  /** Follows the 绑定身份 link and confirms who the person is; the caller checks where it ends. */
  async function bind(page: Page, name: string, citizenId: string) {
    await page.getByRole('link', { name: '绑定身份' }).click();
    await page.getByLabel('姓名', { exact: true }).fill(name);
    await page.getByLabel('身份证号码').fill(citizenId);
    await page.getByRole('button', { name: '绑定身份' }).click();
  }

  async function check(page: Page, state: string) {
    expect(await reflows(page), `${state} reflows at 320 px`).toBe(true);
    await expectNoAccessibilityViolations(page, state);
  }

  const expectedConsole = (problems: string[]) =>
    problems.filter((p) => !/status of (401|403|409|422)/.test(p));

  it('applies, follows the application in 我的申请 and withdraws it', async () => {
    const { page, problems } = await openPage(env.browser, 320);
    const apply = '/transfer-application?scheme=employee-pension&region=440100';

    // The destination's answer offers to apply online.
    await page.goto(
      `${env.platform.baseUrl}/transfer-destination/result?scheme=employee-pension&region=440100`,
    );
    await page.getByRole('heading', { name: '已开通线上转移申请' }).waitFor();
    const link = page.getByRole('link', { name: '在线申请转移' });
    expect(await link.getAttribute('href')).toBe(apply);
    await check(page, 'destination answer with the apply link');

    // Signed out: sign in first, then back to the application; not bound yet.
    await signInFrom(page, apply, '139 0000 5501', '139****5501');
    await page.getByRole('heading', { name: '能否在线申请转移', level: 1 }).waitFor();
    expect(new URL(page.url()).search).toBe('?scheme=employee-pension&region=440100');
    await page.getByText('申请前，请先绑定本人身份信息。').waitFor();
    await check(page, 'eligibility, not bound');

    // Binding, started here, comes back here.
    await bind(page, '周子航', '510104 19900821 1358');
    await page.getByRole('heading', { name: '您可以在线申请转移', level: 1 }).waitFor();
    expect(new URL(page.url()).search).toBe('?scheme=employee-pension&region=440100');
    await page.getByRole('status').getByText('已绑定您的身份信息，请继续申请。').waitFor();
    await page.getByText('提交申请前，需要先完成实人认证。').waitFor();
    await check(page, 'eligible, not authenticated');

    // Real-person authentication with a counter code, which also comes back here.
    await page.getByRole('link', { name: '进行实人认证' }).click();
    await answerCounterCode(page, await env.platform.issueCounterCode('510104199008211358'));
    await page.getByRole('heading', { name: '您可以在线申请转移', level: 1 }).waitFor();
    expect(new URL(page.url()).search).toBe('?scheme=employee-pension&region=440100');
    await page.getByRole('status').getByText('实人认证已完成，请继续申请。').waitFor();
    await check(page, 'eligible');
    await page.getByRole('link', { name: '继续' }).click();

    // The form: errors first, then the answers.
    await page.getByRole('heading', { name: '填写联系方式', level: 1 }).waitFor();
    await page.getByRole('button', { name: '继续' }).click();
    await page.getByRole('link', { name: '请输入11位手机号码' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('contact-phone');
    await check(page, 'application form with errors');
    await page.getByLabel('联系电话').fill('139 0000 5501');
    await page.getByLabel('联系地址').fill('广州市天河区体育西路1号');
    await page.getByLabel('邮政编码').fill('510620');
    await page.getByRole('button', { name: '继续' }).click();

    // Check your answers, change one, submit (twice: one application only).
    await page.getByRole('heading', { name: '提交前请核对您的申请', level: 1 }).waitFor();
    await page.getByText('13900005501').waitFor();
    await check(page, 'check your answers');
    await page.getByRole('link', { name: '修改 邮政编码' }).click();
    await page.getByLabel('邮政编码').fill('510630');
    await page.getByRole('button', { name: '继续' }).click();
    await page.getByText('510630').waitFor();
    await page.getByRole('button', { name: '确认并提交申请' }).dblclick();

    await page.getByRole('heading', { name: '申请已提交', level: 1 }).waitFor();
    await page.getByText('转入地社保经办机构将在15个工作日内审核您的申请。').waitFor();
    await page.getByText(/^审核截止日期(（暂定）)?：\d{4}年\d{1,2}月\d{1,2}日$/).waitFor();
    const reference = (await page.locator('.reference').textContent()) ?? '';
    expect(reference).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}$/);
    await check(page, 'confirmation');

    const list = await page.request.get(`${env.platform.baseUrl}/api/v1/me/transfer-applications`);
    expect(((await list.json()) as { applications: unknown[] }).applications).toHaveLength(1);

    // 我的申请 from the header.
    await page
      .getByRole('navigation', { name: '账户' })
      .getByRole('link', { name: '我的申请' })
      .click();
    await page.getByRole('heading', { name: '我的申请', level: 1 }).waitFor();
    await page.getByText('转入地：广东省广州市社会保险事业管理中心（演示）').waitFor();
    // The open step's deadline is on the list already, as on the application's page.
    await page
      .getByText(/^下一步截止日期(（暂定）)?：\d{4}年\d{1,2}月\d{1,2}日，剩余 \d+ 个工作日$/)
      .waitFor();
    await check(page, 'my applications');
    await page.getByRole('link', { name: `查看申请 ${reference}` }).click();
    await page.getByRole('heading', { name: '申请详情', level: 1 }).waitFor();
    await page.getByText(/^截止日期(（暂定）)?：\d{4}年/).waitFor();
    await page.getByText(/^剩余 \d+ 个工作日$/).waitFor();
    // What was applied for: where from and to, and the contact details, the phone masked.
    const detail = async (term: string) =>
      page
        .locator('dt', { hasText: new RegExp(`^${term}$`) })
        .locator('+ dd')
        .textContent();
    expect(await detail('转出地')).toBe('四川省成都市社会保险事业管理中心（演示）');
    expect(await detail('转入地')).toBe('广东省广州市社会保险事业管理中心（演示）');
    expect(await detail('联系电话')).toBe('139****5501');
    expect(await detail('邮政编码')).toBe('510630');
    await check(page, 'application details');

    // The submission is also told in 我的消息, from 我的账户, once the worker has delivered it;
    // opening the message leads back to the application and marks it read.
    await env.platform.deliverPendingEvents();
    await page
      .getByRole('navigation', { name: '账户' })
      .getByRole('link', { name: '我的账户' })
      .click();
    // The way there says a message is waiting.
    await page.getByRole('link', { name: '我的消息 1条未读', exact: true }).click();
    await page.getByRole('heading', { name: '我的消息', level: 1 }).waitFor();
    await page.getByText('1条未读').waitFor();
    await page.getByRole('heading', { name: '未读 转移申请已提交', level: 2 }).waitFor();
    await page.getByText(/下一步：转入地经办机构审核您的申请，法定期限(暂定)?到\d{4}年/).waitFor();
    await check(page, 'my messages');
    const marked = page.waitForResponse(
      (r) => r.url().endsWith('/read') && r.request().method() === 'POST',
    );
    await page.getByRole('link', { name: '查看详情 转移申请已提交' }).click();
    expect((await marked).status()).toBe(200);
    await page.getByRole('heading', { name: '申请详情', level: 1 }).waitFor();
    await page.goBack();
    await page.getByText('消息都已读过。').waitFor();
    await page
      .getByRole('navigation', { name: '账户' })
      .getByRole('link', { name: '我的账户' })
      .click();
    await page.getByRole('link', { name: '我的消息', exact: true }).click();
    await page.getByRole('link', { name: '查看详情 转移申请已提交' }).click();
    await page.getByRole('heading', { name: '申请详情', level: 1 }).waitFor();

    await page.getByRole('button', { name: '撤回申请' }).click();
    await page.getByRole('heading', { name: '确定要撤回这份申请吗？' }).waitFor();
    await check(page, 'withdraw confirmation');
    await page.getByRole('button', { name: '确定撤回' }).click();
    await page.getByText('申请已撤回。').waitFor();
    await page.locator('.tag', { hasText: '已撤回' }).waitFor();
    await page.getByText('申请人撤回').waitFor();
    expect(await page.getByRole('button', { name: '撤回申请' }).count()).toBe(0);
    await check(page, 'withdrawn');
    expect(expectedConsole(problems)).toEqual([]);
  });

  it('tells a person who may not apply online why, and what to do instead', async () => {
    const { page, problems } = await openPage(env.browser, 320);
    await signInFrom(page, '/account', '139 0000 5502', '139****5502');
    await page.getByRole('heading', { name: '我的账户' }).waitFor();
    await bind(page, '马晓东', '620102 19921201 1559');
    await page.getByRole('heading', { name: '我的账户' }).waitFor();
    await page.goto(
      `${env.platform.baseUrl}/transfer-application?scheme=employee-pension&region=610100`,
    );
    await page.getByRole('heading', { name: '您暂时不能在线申请转移', level: 1 }).waitFor();
    await page.getByText('您已有一个正在办理的这个险种的转移申请').waitFor();
    await page.getByText('您可以怎么办').waitFor();
    await check(page, 'not eligible');
    expect(expectedConsole(problems)).toEqual([]);
  });
});
