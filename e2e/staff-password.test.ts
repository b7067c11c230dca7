import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessibleAtAnyWidth, openPage } from './support/browser.ts';
import { usePlatformAndBrowser } from './support/platform-and-browser.ts';
import { currentTotpCode, DEMO_STAFF_PASSWORD } from './support/staff.ts';

/**
 * 修改密码 in a real browser, as a member of agency staff lives it: signed in on the page (code
 * read off /dev/totp), the member opens the page; a wrong current password and new passwords
 * against the rules (breached, containing the user name) are refused beside their fields and in
 * the error summary; a good one is accepted, after which the old password no longer signs in on
 * the sign-in page and the new one does. Then, with rotation turned on by the secadmin on the
 * password policy page and a supervisor's password made 100 days old, the supervisor is sent to
 * 修改密码 before anything else and may work again once it is changed. axe-core checks every
 * page state; pages reflow at 320 px.
 */
/** A step runs axe-core many times and may wait for the next TOTP step: generous. */
const STEP_TIMEOUT = 240_000;

/** The member who changes their password, and the supervisor whose password gets too old. */
const MEMBER = 'demo.330100.staff';
const SUPERVISOR = 'demo.330100.supervisor';
const NEW_PASSWORD = 'west lake lanterns after the rain';

describe('the staff change-password page in a browser', () => {
  const env = usePlatformAndBrowser();
  const url = (path: string) => `${env.platform.baseUrl}${path}`;

  /** Console errors other than the API answers a step expects (401 signed out or refused, 400 refused). */
  const unexpected = (problems: string[]) => problems.filter((p) => !/status of (400|401)/.test(p));

  /**
   * A code the server has not accepted yet: a code is good once, so after a sign-in the next one
   * waits for the authenticator's next 30-second step, as a person would.
   */
  async function codeOtherThan(page: Page, username: string, used: string): Promise<string> {
    const until = Date.now() + 45_000;
    for (;;) {
      const code = await currentTotpCode(page, env.platform.baseUrl, username);
      if (code !== used) return code;
      if (Date.now() > until) throw new Error(`the TOTP code of ${username} did not change`);
      await page.waitForTimeout(1_000);
    }
  }

  /** Answers the staff sign-in page; where it goes next is the caller's to check. */
  async function answerSignIn(page: Page, username: string, password: string, code: string) {
    await page.getByRole('heading', { name: '工作人员登录', level: 1 }).waitFor();
    await page.getByLabel('用户名').fill(username);
    await page.getByLabel('密码', { exact: true }).fill(password);
    await page.getByLabel('动态验证码').fill(code);
    await page.getByRole('button', { name: '登录', exact: true }).click();
  }

  /** Whether a field is marked invalid, and what a screen reader reads with it (aria-describedby). */
  const fieldState = (page: Page, id: string) =>
    page.locator(`#${id}`).evaluate((input) => ({
      invalid: input.getAttribute('aria-invalid'),
      description: (input.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .filter(Boolean)
        .map((ref) => document.getElementById(ref)?.textContent ?? `(missing #${ref})`)
        .join(' | '),
    }));

  const NEXT_HINT =
    '至少 12 个字符。可以用一句容易记住、别人猜不到的话；不要包含用户名，不能与当前密码相同。';

  let member: Awaited<ReturnType<typeof openPage>>;
  let firstCode: string;

  it(
    'signs a member of agency staff in on the page and opens 修改密码',
    async () => {
      member = await openPage(env.browser, 1280);
      member.page.setDefaultTimeout(45_000);
      const page = member.page;

      // Signed out, the page sends the person to sign in first.
      await page.goto(url('/staff/password'));
      await page.getByText('请先登录。').waitFor();
      expect(new URL(page.url()).pathname).toBe('/staff/sign-in');

      firstCode = await currentTotpCode(page, env.platform.baseUrl, MEMBER);
      await answerSignIn(page, MEMBER, DEMO_STAFF_PASSWORD, firstCode);
      await page.getByRole('heading', { name: '工作队列', level: 1 }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/agency');

      // The header's link, on every staff page.
      await page
        .getByRole('navigation', { name: '工作人员账户' })
        .getByRole('link', { name: '修改密码' })
        .click();
      await page.getByRole('heading', { name: '修改密码', level: 1 }).waitFor();
      await page.getByText('已登录：演示经办员 330100').waitFor();
      await page.getByText('修改后，您在其他设备上的登录会全部退出。').waitFor();
      expect(await page.title()).toMatch(/^修改密码/);
      // Rotation is off: nothing says the password is too old.
      expect(await page.getByText(/已超过规定的使用期限/).count()).toBe(0);
      const current = page.getByLabel('当前密码');
      const next = page.getByLabel('新密码');
      expect(await current.getAttribute('type')).toBe('password');
      expect(await current.getAttribute('autocomplete')).toBe('current-password');
      expect(await next.getAttribute('autocomplete')).toBe('new-password');
      expect(await fieldState(page, 'currentPassword')).toEqual({ invalid: null, description: '' });
      expect(await fieldState(page, 'newPassword')).toEqual({
        invalid: null,
        description: NEXT_HINT,
      });
      await expectAccessibleAtAnyWidth(page, 'change password');

      // The show-password button shows what was typed, so a long passphrase can be checked.
      await next.fill('a phrase to check');
      const show = page.getByRole('button', { name: '显示密码' }).nth(1);
      await show.click();
      expect(await next.getAttribute('type')).toBe('text');
      expect(await show.getAttribute('aria-pressed')).toBe('true');
      await show.click();
      expect(await next.getAttribute('type')).toBe('password');
      await next.fill('');
    },
    STEP_TIMEOUT,
  );

  it(
    'refuses a wrong current password and new passwords against the rules, beside each field',
    async () => {
      const page = member.page;
      const summary = page.getByRole('alert').filter({ hasText: '出现问题' });
      const submit = page.getByRole('button', { name: '修改密码' });

      // Nothing answered: both questions are asked for, before anything is sent.
      await submit.click();
      await summary.getByRole('link', { name: '请输入当前密码' }).waitFor();
      await summary.getByRole('link', { name: '请输入新密码' }).waitFor();
      expect(await page.title()).toMatch(/^错误：修改密码/);
      expect(await fieldState(page, 'currentPassword')).toEqual({
        invalid: 'true',
        description: '错误：请输入当前密码',
      });

      // A wrong current password and a breached new one: both refused by the server. (The page
      // may be sent 5 times a minute: this file sends it 4 times in all.)
      await page.getByLabel('当前密码').fill('not the password at all');
      await page.getByLabel('新密码').fill('password1234');
      await submit.click();
      await summary.getByRole('link', { name: '当前密码不正确' }).waitFor();
      const breached = '这个密码出现在已泄露的密码清单中，请换一个';
      await summary.getByRole('link', { name: breached }).waitFor();
      expect(await summary.getByRole('link').count()).toBe(2);
      expect(await page.locator('#currentPassword-error').textContent()).toBe(
        '错误：当前密码不正确',
      );
      expect(await page.locator('#currentPassword-error').isVisible()).toBe(true);
      expect(await page.locator('#newPassword-error').isVisible()).toBe(true);
      expect(await fieldState(page, 'currentPassword')).toEqual({
        invalid: 'true',
        description: '错误：当前密码不正确',
      });
      expect(await fieldState(page, 'newPassword')).toEqual({
        invalid: 'true',
        description: `${NEXT_HINT} | 错误：${breached}`,
      });
      // The summary's link takes the person to the field.
      await summary.getByRole('link', { name: breached }).click();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('newPassword');
      await expectAccessibleAtAnyWidth(
        page,
        'change password refused: wrong current password, breached new one',
      );

      // The right current password, but the new one contains the user name.
      await page.getByLabel('当前密码').fill(DEMO_STAFF_PASSWORD);
      await page.getByLabel('新密码').fill(`i am ${MEMBER} at the counter`);
      await submit.click();
      await summary.getByRole('link', { name: '密码不能包含用户名' }).waitFor();
      expect(await summary.getByRole('link').count()).toBe(1);
      expect(await page.locator('#currentPassword-error').count()).toBe(0);
      expect(await fieldState(page, 'currentPassword')).toEqual({ invalid: null, description: '' });
      expect(await fieldState(page, 'newPassword')).toEqual({
        invalid: 'true',
        description: `${NEXT_HINT} | 错误：密码不能包含用户名`,
      });
      await expectAccessibleAtAnyWidth(
        page,
        'change password refused: the new one contains the user name',
      );

      // Still signed in with the old password: nothing was changed.
      const me = await page.request.get(url('/api/v1/staff/me'));
      expect(me.status()).toBe(200);
    },
    STEP_TIMEOUT,
  );

  it(
    'changes the password; then the old one is refused on the sign-in page and the new one works',
    async () => {
      const page = member.page;
      await page.getByLabel('当前密码').fill(DEMO_STAFF_PASSWORD);
      await page.getByLabel('新密码').fill(NEW_PASSWORD);
      await page.getByRole('button', { name: '修改密码' }).click();
      await page
        .getByRole('status')
        .getByText('密码已修改。其他设备上的登录已全部退出。')
        .waitFor();
      await page.getByRole('heading', { name: '修改密码', level: 1 }).waitFor();
      expect(await page.getByLabel('当前密码').count()).toBe(0);
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(await page.title()).toMatch(/^修改密码/);
      await expectAccessibleAtAnyWidth(page, 'password changed');
      // This device stays signed in, on a renewed session.
      await page.getByRole('link', { name: '继续' }).click();
      await page.getByRole('heading', { name: '工作队列', level: 1 }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/agency');

      await page.getByRole('button', { name: '退出登录' }).click();
      await page.getByText('您已退出登录。').waitFor();
      expect(new URL(page.url()).pathname).toBe('/staff/sign-in');

      // The old password, with a code not used yet, is refused as any wrong answer is.
      const code = await codeOtherThan(page, MEMBER, firstCode);
      await answerSignIn(page, MEMBER, DEMO_STAFF_PASSWORD, code);
      await page
        .getByRole('alert')
        .getByRole('link', { name: /用户名、密码或动态验证码不正确/ })
        .waitFor();
      expect(new URL(page.url()).pathname).toBe('/staff/sign-in');
      expect((await fieldState(page, 'username')).invalid).toBe('true');
      expect((await page.request.get(url('/api/v1/staff/me'))).status()).toBe(401);
      await expectAccessibleAtAnyWidth(page, 'sign-in refused with the old password');

      // The new password signs in (the same code: a refused attempt does not use it up).
      await answerSignIn(page, MEMBER, NEW_PASSWORD, await codeOtherThan(page, MEMBER, firstCode));
      await page.getByRole('heading', { name: '工作队列', level: 1 }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/agency');
      expect(await (await page.request.get(url('/api/v1/staff/me'))).json()).toMatchObject({
        account: { username: MEMBER },
        passwordChangeRequired: false,
      });
      expect(unexpected(member.problems)).toEqual([]);
    },
    STEP_TIMEOUT,
  );

  it(
    'sends a member whose password is past the rotation period to 修改密码 before anything else',
    async () => {
      // The security administrator turns rotation on: 90 days.
      const security = await openPage(env.browser, 1280);
      security.page.setDefaultTimeout(45_000);
      const sec = security.page;
      await sec.goto(url('/staff/sign-in'));
      await answerSignIn(
        sec,
        'demo.secadmin',
        DEMO_STAFF_PASSWORD,
        await currentTotpCode(sec, env.platform.baseUrl, 'demo.secadmin'),
      );
      await sec
        .getByRole('navigation', { name: '管理功能' })
        .getByRole('link', { name: '密码策略' })
        .click();
      await sec.getByRole('heading', { name: '密码策略', level: 1 }).waitFor();
      await sec.getByLabel('每隔一定天数必须修改').check();
      await sec.getByLabel('密码有效天数').fill('90');
      await sec.getByRole('button', { name: '保存' }).click();
      await sec.getByText('已保存。').waitFor();
      expect(unexpected(security.problems)).toEqual([]);

      // The supervisor chose the password 100 days ago, and signs in on a phone-sized screen.
      await env.platform.ageStaffPassword(SUPERVISOR, 100);
      const supervisor = await openPage(env.browser, 320);
      supervisor.page.setDefaultTimeout(45_000);
      const page = supervisor.page;
      await page.goto(url('/agency'));
      await answerSignIn(
        page,
        SUPERVISOR,
        DEMO_STAFF_PASSWORD,
        await currentTotpCode(page, env.platform.baseUrl, SUPERVISOR),
      );
      await page.getByRole('heading', { name: '修改密码', level: 1 }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/staff/password');
      await page
        .getByRole('status')
        .getByText('您的密码已超过规定的使用期限。请先修改密码，然后继续工作。')
        .waitFor();
      await expectAccessibleAtAnyWidth(page, 'change password required');

      // The work queues send the supervisor back here, and the server refuses them too.
      await page.goto(url('/agency'));
      await page.getByRole('heading', { name: '修改密码', level: 1 }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/staff/password');
      const queue = await page.request.get(url('/api/v1/agency/queues/to-accept'));
      expect(queue.status()).toBe(403);
      expect((await queue.json()).code).toBe('PASSWORD_CHANGE_REQUIRED');

      // Once the password is changed, the work opens again.
      await page.getByLabel('当前密码').fill(DEMO_STAFF_PASSWORD);
      await page.getByLabel('新密码').fill('a quiet office by the qiantang river');
      await page.getByRole('button', { name: '修改密码' }).click();
      await page
        .getByRole('status')
        .getByText('密码已修改。其他设备上的登录已全部退出。')
        .waitFor();
      expect(await page.getByText(/已超过规定的使用期限/).count()).toBe(0);
      await expectAccessibleAtAnyWidth(page, 'required password change done');
      await page.getByRole('link', { name: '继续' }).click();
      await page.getByRole('heading', { name: '工作队列', level: 1 }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/agency');
      expect((await page.request.get(url('/api/v1/agency/queues/to-accept'))).status()).toBe(200);
      expect(unexpected(supervisor.problems)).toEqual([]);
    },
    STEP_TIMEOUT,
  );
});
