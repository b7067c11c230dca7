import { describe, expect, it } from 'vitest';
import { expectNoAccessibilityViolations, openPage, reflows } from './support/browser.ts';
import { usePlatformAndBrowser } from './support/platform-and-browser.ts';
import { latestSmsCode } from './support/sms.ts';

/**
 * Citizen sign-in in a real browser: a phone number, the code from the text message (read off the
 * development outbox page `/dev/sms`), the account page, sign-out, and the session-timeout warning
 * driven by Playwright's fake clock; the home page's services, one of which asks to sign in first —
 * with an axe-core check of every page and state.
 */
describe('citizen sign-in in a browser', () => {
  const env = usePlatformAndBrowser();

  /** Console errors other than the API's expected 401 and 422 answers. */
  const unexpected = (problems: string[]) => problems.filter((p) => !/status of (401|422)/.test(p));

  it('signs in with a texted code, shows the account, stays signed in, and signs out', async () => {
    const { page, problems } = await openPage(env.browser, 320);
    await page.goto(`${env.platform.baseUrl}/`);
    await page.getByRole('link', { name: '登录' }).click();
    await page.getByRole('heading', { name: '登录', level: 1 }).waitFor();
    await expectNoAccessibilityViolations(page, 'phone question');
    expect(await reflows(page)).toBe(true);

    // No number: the error summary links to the field.
    await page.getByRole('button', { name: '获取验证码' }).click();
    await page.getByRole('heading', { name: '出现问题' }).waitFor();
    expect(await page.title()).toMatch(/^错误/);
    await expectNoAccessibilityViolations(page, 'phone question with an error');
    await page.getByRole('link', { name: /请输入11位手机号码/ }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('phone');

    await page.getByLabel('手机号码').fill('139 0000 1234');
    await page.getByRole('button', { name: '获取验证码' }).click();
    await page.getByRole('heading', { name: '输入短信验证码' }).waitFor();
    await page.getByText('验证码已发送到 139****1234').waitFor();
    const codeField = page.getByLabel('短信验证码');
    expect(await codeField.getAttribute('inputmode')).toBe('numeric');
    expect(await codeField.getAttribute('autocomplete')).toBe('one-time-code');
    // A new code only after the wait the server named, counted down beside the button.
    expect(await page.getByRole('button', { name: '重新发送验证码' }).isDisabled()).toBe(true);
    await page.getByText(/\d+秒后可以重新发送/).waitFor();
    await expectNoAccessibilityViolations(page, 'code question');
    expect(await reflows(page)).toBe(true);

    const code = await latestSmsCode(page, env.platform.baseUrl, '139****1234');
    await codeField.fill(code === '000000' ? '111111' : '000000');
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.getByRole('link', { name: /验证码不正确，您还可以再试 4 次/ }).waitFor();
    await expectNoAccessibilityViolations(page, 'code question with a wrong code');

    await codeField.fill(code);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.getByRole('heading', { name: '我的账户' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/account');
    await page.getByText('139****1234').waitFor();
    await page.getByText('尚未绑定').waitFor();
    await expectNoAccessibilityViolations(page, 'account page');
    expect(await reflows(page)).toBe(true);

    // The session cookie survives a reload; the header shows the account.
    await page.reload();
    await page.getByRole('heading', { name: '我的账户' }).waitFor();
    await page.getByRole('banner').getByRole('link', { name: '我的账户' }).waitFor();

    await page.getByRole('main').getByRole('button', { name: '退出登录' }).click();
    await page.getByText('您已退出登录。').waitFor();
    await page.getByRole('banner').getByRole('link', { name: '登录' }).waitFor();
    expect(await page.getByRole('banner').getByRole('button', { name: '退出登录' }).count()).toBe(
      0,
    );
    await expectNoAccessibilityViolations(page, 'signed out');

    // The session is over on the server too: the account page sends the person to sign in.
    await page.goto(`${env.platform.baseUrl}/account`);
    await page.getByText('请先登录。').waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    const me = await page.request.get(`${env.platform.baseUrl}/api/v1/me`);
    expect(me.status()).toBe(401);
    expect(unexpected(problems)).toEqual([]);
  });

  it('warns before the session times out, can stay signed in, and signs out at the end', async () => {
    const { page, problems } = await openPage(env.browser, 1280);
    await page.clock.install();
    await page.goto(`${env.platform.baseUrl}/`);
    await page.getByRole('button', { name: 'English' }).click();

    // The account page asks to sign in first, then comes back.
    await page.goto(`${env.platform.baseUrl}/account`);
    await page.getByText('Sign in first.').waitFor();
    await page.getByLabel('Mobile number').fill('+86 139-0000-5678');
    await page.getByRole('button', { name: 'Send code' }).click();
    await page.getByText('We sent a code to 139****5678').waitFor();
    await page
      .getByLabel('Code from the text message')
      .fill(await latestSmsCode(page, env.platform.baseUrl, '139****5678'));
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { name: 'My account' }).waitFor();

    // The server's idle timeout is 30 minutes; the page counts from a minute earlier (the server
    // records activity at most once a minute) and warns a minute before that.
    const dialog = page.getByRole('alertdialog', { name: 'You are about to be signed out' });
    await page.clock.fastForward('27:00');
    expect(await dialog.count()).toBe(0);
    await page.clock.fastForward('01:30');
    await dialog.waitFor();
    await dialog
      .getByText(/You will be signed out in \d+ seconds/)
      .first()
      .waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Stay signed in');
    await expectNoAccessibilityViolations(page, 'session-timeout warning');

    // Staying signed in asks the server (activity) and restarts the countdown.
    const meAnswer = page.waitForResponse((r) => r.url().endsWith('/api/v1/me'));
    await dialog.getByRole('button', { name: 'Stay signed in' }).click();
    expect((await meAnswer).status()).toBe(200);
    await dialog.waitFor({ state: 'detached' });
    await page.clock.fastForward('27:00');
    expect(await dialog.count()).toBe(0);
    await page.getByRole('heading', { name: 'My account' }).waitFor();

    // Left alone until the end: signed out, and told why.
    await page.clock.fastForward('01:30');
    await dialog.waitFor();
    await page.clock.fastForward('01:00');
    await page.getByText('To keep your account safe, you were signed out').waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).waitFor();
    await expectNoAccessibilityViolations(page, 'signed out after the timeout');
    expect((await page.request.get(`${env.platform.baseUrl}/api/v1/me`)).status()).toBe(401);
    expect(unexpected(problems)).toEqual([]);
  });
  it('links every service from the home page; 转移进度查询 asks to sign in and bind first, then shows 我的申请', async () => {
    const { page, problems } = await openPage(env.browser, 320);
    await page.goto(`${env.platform.baseUrl}/`);
    await page.getByRole('heading', { name: '社会保险公共服务', level: 1 }).waitFor();
    const services = page.locator('.cards .card');
    // Each service is a link to its journey: none is announced as still to come.
    expect(await services.count()).toBe(await services.getByRole('link').count());
    await page.getByRole('link', { name: '社保转移申请' }).waitFor();
    await expectNoAccessibilityViolations(page, 'home page');
    expect(await reflows(page)).toBe(true);

    const listRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/v1/me/transfer-applications'))
        listRequests.push(request.url());
    });
    await page.getByRole('link', { name: '转移进度查询' }).click();
    await page.getByText('请先登录。').waitFor();
    await page.getByLabel('手机号码').fill('139 0000 4321');
    await page.getByRole('button', { name: '获取验证码' }).click();
    await page
      .getByLabel('短信验证码')
      .fill(await latestSmsCode(page, env.platform.baseUrl, '139****4321'));
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.getByRole('heading', { name: '我的申请', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/my-applications');
    // The account is not bound to a person yet: the page says so, and binding comes back here.
    await page.getByText('您的账户还没有绑定本人身份信息。').waitFor();
    await expectNoAccessibilityViolations(page, 'my applications, not bound');
    // Known to be unbound, the page does not ask for a list the API would refuse.
    expect(listRequests).toEqual([]);
    await page.getByRole('link', { name: '绑定身份' }).click();
    await page.getByLabel('姓名', { exact: true }).fill('韩立新');
    await page.getByLabel('身份证号码').fill('460106 19890404 1573');
    await page.getByRole('button', { name: '绑定身份' }).click();
    await page.getByRole('heading', { name: '我的申请', level: 1 }).waitFor();
    // None yet: the page says where an application starts.
    await page.getByText('您还没有提交过转移申请。').waitFor();
    expect(listRequests).toHaveLength(1);
    await expectNoAccessibilityViolations(page, 'my applications, none yet');
    await page.getByRole('link', { name: '查询转入地是否开通线上转移申请，开始申请' }).click();
    await page.getByRole('heading', { name: '您要转移哪个险种？', level: 1 }).waitFor();
    expect(unexpected(problems)).toEqual([]);
  });
});
