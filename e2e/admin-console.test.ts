import { Secret, TOTP } from 'otpauth';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessibleAtAnyWidth, openPage } from './support/browser.ts';
import { usePlatformAndBrowser } from './support/platform-and-browser.ts';
import { DEMO_STAFF_PASSWORD } from '../server/src/modules/staff/index.ts';

/**
 * The admin console in a real browser, each person in their own browser context: the sysadmin
 * signs in on the page, creates an agency staff account (its activation code shown once), the new
 * member of staff activates it with an authenticator (the TOTP secret read off the page, codes
 * computed with `otpauth` as an app would) and signs in; the sysadmin opens a region, closes
 * another, and the public inquiry answers accordingly, sets the deadline warning (beside the
 * holiday arrangements the working days are counted with) and disables the new account; the
 * secadmin turns password rotation on; the auditadmin finds those actions in the audit log and
 * verifies its chain. axe-core checks every page state; pages reflow at 320 px.
 */
/** A step of the journey runs axe-core many times: generous, so that a loaded machine passes. */
const STEP_TIMEOUT = 240_000;

describe('the admin console in a browser', () => {
  const env = usePlatformAndBrowser();
  const url = (path: string) => `${env.platform.baseUrl}${path}`;

  /** Console errors other than the API answers a step expects (401 before signing in, 400/401 of a refused form). */
  const unexpected = (problems: string[]) => problems.filter((p) => !/status of (400|401)/.test(p));

  /** A demo account's current code, read off the development page /dev/totp as a newcomer would. */
  async function currentTotpCode(page: Page, username: string): Promise<string> {
    const html = await (await page.request.get(url('/dev/totp'))).text();
    const item = html.split('<li>').find((line) => line.startsWith(`<strong>${username}</strong>`));
    const code = /<code>(\d{6})<\/code>/.exec(item ?? '')?.[1];
    if (!code) throw new Error(`no TOTP code for ${username} on /dev/totp`);
    return code;
  }

  /** Signs a demo administrator in through the sign-in page (code from /dev/totp). */
  async function signInOnPage(page: Page, username: string) {
    await page.goto(url('/staff/sign-in'));
    await page.getByRole('heading', { name: '工作人员登录', level: 1 }).waitFor();
    await page.getByLabel('用户名').fill(username);
    await page.getByLabel('密码', { exact: true }).fill(DEMO_STAFF_PASSWORD);
    await page.getByLabel('动态验证码').fill(await currentTotpCode(page, username));
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.getByRole('heading', { name: '管理控制台', level: 1 }).waitFor();
  }

  const inquiry = async (page: Page, regionCode: string, scheme: string) =>
    (
      await page.request.get(url(`/api/v1/transfer-destinations/${regionCode}?scheme=${scheme}`))
    ).json() as Promise<{ online: boolean; openSince?: string }>;

  // The journey's people, in the order they act; each step below continues the one before.
  let sysadmin: Awaited<ReturnType<typeof openPage>>;
  let newcomer: Awaited<ReturnType<typeof openPage>>;
  let activationCode: string;
  const sections = () => sysadmin.page.getByRole('navigation', { name: '管理功能' });

  it(
    'signs the sysadmin in on the page, and creates an agency staff account',
    async () => {
      sysadmin = await openPage(env.browser, 1280);
      // A step that cannot happen fails on its own line rather than at the test's timeout.
      sysadmin.page.setDefaultTimeout(45_000);
      const admin = sysadmin.page;

      // Sign-in: empty answers, a wrong password, then the right password and code.
      await admin.goto(url('/staff/sign-in'));
      await admin.getByRole('heading', { name: '工作人员登录', level: 1 }).waitFor();
      await expectAccessibleAtAnyWidth(admin, 'staff sign-in');
      await admin.getByRole('button', { name: '登录', exact: true }).click();
      await admin.getByRole('heading', { name: '出现问题' }).waitFor();
      await admin.getByRole('link', { name: '请输入用户名' }).waitFor();
      await admin.getByRole('link', { name: '请输入动态验证码' }).waitFor();
      expect(await admin.title()).toMatch(/^错误/);
      await expectAccessibleAtAnyWidth(admin, 'staff sign-in with empty answers');
      await admin.getByLabel('用户名').fill('demo.sysadmin');
      await admin.getByLabel('密码', { exact: true }).fill('not the password at all');
      await admin.getByLabel('动态验证码').fill('123456');
      await admin.getByRole('button', { name: '登录', exact: true }).click();
      await admin.getByRole('link', { name: /用户名、密码或动态验证码不正确/ }).waitFor();
      await expectAccessibleAtAnyWidth(admin, 'staff sign-in refused');
      await signInOnPage(admin, 'demo.sysadmin');
      expect(new URL(admin.url()).pathname).toBe('/admin');
      await sections().getByRole('link', { name: '工作人员账号' }).waitFor();
      expect(await sections().getByRole('link', { name: '审计日志' }).count()).toBe(0);
      expect(await sections().getByRole('link', { name: '密码策略' }).count()).toBe(0);
      await admin.getByText('已登录：演示系统管理员').waitFor();
      await expectAccessibleAtAnyWidth(admin, 'admin console of the sysadmin');

      // A new agency staff account; the activation code is shown once.
      await sections().getByRole('link', { name: '工作人员账号' }).click();
      await admin.getByRole('heading', { name: '工作人员账号', level: 1 }).waitFor();
      await admin.getByRole('cell', { name: '演示系统管理员' }).waitFor();
      await expectAccessibleAtAnyWidth(admin, 'staff accounts');
      await admin.getByRole('link', { name: '创建账号' }).click();
      await admin.getByRole('heading', { name: '创建工作人员账号', level: 1 }).waitFor();
      await admin.getByRole('button', { name: '创建账号' }).click();
      await admin.getByRole('link', { name: '请选择岗位' }).waitFor();
      await expectAccessibleAtAnyWidth(admin, 'new staff account with errors');
      await admin.getByLabel('用户名').fill('Li.Ming');
      await admin.getByLabel('姓名').fill('李明');
      await admin.getByLabel('经办人员', { exact: true }).check();
      await admin.getByRole('textbox', { name: '经办机构' }).fill('440300');
      await expectAccessibleAtAnyWidth(admin, 'new staff account filled in');
      await admin.getByRole('button', { name: '创建账号' }).click();
      await admin.getByRole('heading', { name: '账号已创建', level: 1 }).waitFor();
      await admin.getByText(/激活码只显示这一次/).waitFor();
      activationCode =
        (await admin.locator('[data-activation-code]').getAttribute('data-activation-code')) ?? '';
      expect(activationCode).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
      await expectAccessibleAtAnyWidth(admin, 'staff account created');
    },
    STEP_TIMEOUT,
  );

  it(
    'lets the new member of staff activate the account with an authenticator and sign in',
    async () => {
      // The new member of staff activates the account on a phone-sized screen.
      newcomer = await openPage(env.browser, 320);
      newcomer.page.setDefaultTimeout(45_000);
      const staff = newcomer.page;
      await staff.goto(url('/staff/sign-in'));
      await staff.getByRole('link', { name: '第一次使用？激活账号' }).click();
      await staff.getByRole('heading', { name: '激活工作人员账号', level: 1 }).waitFor();
      await expectAccessibleAtAnyWidth(staff, 'activation: user name and code');
      await staff.getByLabel('用户名').fill('li.ming');
      await staff.getByLabel('激活码').fill(activationCode.toLowerCase());
      await staff.getByRole('button', { name: '继续' }).click();
      await staff.getByRole('heading', { name: '设置身份验证器并选择密码', level: 1 }).waitFor();
      const secret = (await staff.locator('[data-secret]').getAttribute('data-secret'))!;
      expect((await staff.locator('.totp-secret').textContent())!.replaceAll(' ', '')).toBe(secret);
      await expectAccessibleAtAnyWidth(staff, 'activation: authenticator and password');
      const authenticator = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 });
      await staff.getByLabel('新密码').fill('password1234');
      await staff.getByLabel('身份验证器中的 6 位数字').fill(authenticator.generate());
      await staff.getByRole('button', { name: '激活账号' }).click();
      await staff.getByRole('link', { name: /已泄露的密码清单/ }).waitFor();
      await expectAccessibleAtAnyWidth(staff, 'activation: a breached password refused');
      const password = 'lanterns along the pearl river';
      await staff.getByLabel('新密码').fill(password);
      await staff.getByLabel('身份验证器中的 6 位数字').fill(authenticator.generate());
      await staff.getByRole('button', { name: '激活账号' }).click();
      await staff.getByRole('heading', { name: '账号已激活', level: 1 }).waitFor();
      await expectAccessibleAtAnyWidth(staff, 'activation done');

      // Signing in needs a code not used yet: the app's next one (one step of drift is accepted).
      await staff.getByRole('link', { name: '去登录' }).click();
      await staff.getByRole('heading', { name: '工作人员登录', level: 1 }).waitFor();
      await staff.getByLabel('用户名').fill('li.ming');
      await staff.getByLabel('密码', { exact: true }).fill(password);
      await staff
        .getByLabel('动态验证码')
        .fill(authenticator.generate({ timestamp: Date.now() + 30_000 }));
      await staff.getByRole('button', { name: '登录', exact: true }).click();
      await staff.waitForURL(url('/agency'));
      const me = await staff.request.get(url('/api/v1/staff/me'));
      expect(await me.json()).toMatchObject({
        account: { username: 'li.ming', role: 'agency_staff', agency: { regionCode: '440300' } },
      });
      expect(unexpected(newcomer.problems)).toEqual([]);
    },
    STEP_TIMEOUT,
  );

  it(
    'opens and closes regions, and the public inquiry answers accordingly at once',
    async () => {
      const admin = sysadmin.page;

      // Online transfer: open 三沙 for employee pension, and the public inquiry answers open.
      expect(await inquiry(admin, '460300', 'employee-pension')).toMatchObject({ online: false });
      await admin.goto(url('/admin'));
      await sections().getByRole('link', { name: '线上转移开通' }).click();
      await admin.getByRole('heading', { name: '线上转移开通', level: 1 }).waitFor();
      await expectAccessibleAtAnyWidth(admin, 'openings search');
      await admin.getByLabel('地区名称').fill('三沙');
      await admin.getByRole('button', { name: '查找' }).click();
      await admin.getByRole('link', { name: '海南省三沙市' }).click();
      await admin.getByRole('heading', { name: '海南省三沙市：线上转移开通', level: 1 }).waitFor();
      const pension = admin.getByRole('listitem', { name: '职工基本养老保险' });
      await pension.getByText('未开通').waitFor();
      await expectAccessibleAtAnyWidth(admin, 'region openings');
      await pension.getByLabel('开通日期').fill('2024-03-01');
      await pension.getByRole('button', { name: '开通' }).click();
      await admin
        .getByText('已开通职工基本养老保险的线上转移申请（自 2024年3月1日 起）。')
        .waitFor();
      await pension.getByText('已开通（自 2024年3月1日 起）').waitFor();
      await expectAccessibleAtAnyWidth(admin, 'region opened');
      await expect
        .poll(() => inquiry(admin, '460300', 'employee-pension'))
        .toMatchObject({ online: true, openSince: '2024-03-01' });

      // Close resident pension in Guangzhou, after a confirmation.
      await admin.goto(url('/admin/openings?q=广州'));
      await admin.getByRole('link', { name: '广东省广州市' }).click();
      const resident = admin.getByRole('listitem', { name: '城乡居民基本养老保险' });
      await resident.getByRole('button', { name: '关闭城乡居民基本养老保险的线上申请' }).click();
      await resident
        .getByRole('heading', { name: /关闭.*城乡居民基本养老保险的线上转移申请？/ })
        .waitFor();
      await expectAccessibleAtAnyWidth(admin, 'closing confirmation');
      await resident.getByRole('button', { name: '确认关闭' }).click();
      await admin.getByText('已关闭城乡居民基本养老保险的线上转移申请。').waitFor();
      await resident.getByText('未开通').waitFor();
      await expect
        .poll(() => inquiry(admin, '440100', 'resident-pension'))
        .toMatchObject({ online: false });
    },
    STEP_TIMEOUT,
  );

  it(
    'sets the deadline warning, disables the new account, and signs out',
    async () => {
      const admin = sysadmin.page;
      const staff = newcomer.page;

      await sections().getByRole('link', { name: '办理时限参数' }).click();
      await admin.getByRole('heading', { name: '办理时限参数', level: 1 }).waitFor();
      // Below the parameter, the holiday arrangements the working days are counted with.
      const calendar = admin.getByRole('region', { name: '节假日安排' });
      await calendar.getByRole('rowheader', { name: /^2004–20\d\d$/ }).waitFor();
      await calendar.getByText(/起到期的办理时限为暂定时限，导入20\d\d年节假日安排后/).waitFor();
      const dueSoon = admin.getByLabel('“即将到期”提醒：提前多少个工作日');
      expect(await dueSoon.inputValue()).toBe('3');
      await dueSoon.fill('12');
      await admin.getByRole('button', { name: '保存' }).click();
      await admin.getByRole('link', { name: '请输入 1 到 10 之间的整数' }).waitFor();
      await expectAccessibleAtAnyWidth(admin, 'deadline parameters with an error');
      await dueSoon.fill('5');
      await admin.getByRole('button', { name: '保存' }).click();
      await admin.getByText('已保存。').waitFor();
      expect(await admin.getByLabel('“即将到期”提醒：提前多少个工作日').inputValue()).toBe('5');
      await expectAccessibleAtAnyWidth(admin, 'deadline parameters saved');

      // Disable the new account, after a confirmation: its session ends at once.
      await sections().getByRole('link', { name: '工作人员账号' }).click();
      await admin.getByRole('button', { name: '停用 李明 的账号' }).click();
      await admin.getByRole('heading', { name: '停用 李明（li.ming）的账号？' }).waitFor();
      await expectAccessibleAtAnyWidth(admin, 'disabling confirmation');
      await admin.getByRole('button', { name: '停用账号' }).click();
      await admin.getByText('已停用账号 li.ming，其登录已全部失效。').waitFor();
      await admin
        .getByRole('row', { name: /li\.ming/ })
        .getByText('已停用')
        .waitFor();
      expect((await staff.request.get(url('/api/v1/staff/me'))).status()).toBe(401);

      // Sign-out from the staff header.
      await admin.getByRole('button', { name: '退出登录' }).click();
      await admin.getByText('您已退出登录。').waitFor();
      expect(new URL(admin.url()).pathname).toBe('/staff/sign-in');
      expect(unexpected(sysadmin.problems)).toEqual([]);
    },
    STEP_TIMEOUT,
  );

  it(
    'shows the secadmin the password policy only',
    async () => {
      // The security administrator sees only the password policy, and turns rotation on.
      const security = await openPage(env.browser, 1280);
      await signInOnPage(security.page, 'demo.secadmin');
      const secNav = security.page.getByRole('navigation', { name: '管理功能' });
      expect(await secNav.getByRole('link', { name: '工作人员账号' }).count()).toBe(0);
      await secNav.getByRole('link', { name: '密码策略' }).click();
      await security.page.getByRole('heading', { name: '密码策略', level: 1 }).waitFor();
      expect(await security.page.getByLabel('不强制定期修改（默认）').isChecked()).toBe(true);
      await expectAccessibleAtAnyWidth(security.page, 'password policy');
      await security.page.getByLabel('每隔一定天数必须修改').check();
      await security.page.getByLabel('密码有效天数').fill('90');
      await security.page.getByRole('button', { name: '保存' }).click();
      await security.page.getByText('已保存。').waitFor();
      await expectAccessibleAtAnyWidth(security.page, 'password policy saved');
      // Another administrator's page is refused with a plain word, not shown.
      await security.page.goto(url('/admin/staff-accounts'));
      await security.page.getByText(/这项功能不属于您的岗位（安全管理员）/).waitFor();
      await expectAccessibleAtAnyWidth(security.page, 'a sysadmin page refused to the secadmin');
      expect(unexpected(security.problems)).toEqual([]);
    },
    STEP_TIMEOUT,
  );

  it(
    'shows the auditadmin every one of those actions, and the chain verifies',
    async () => {
      // The audit administrator finds every one of those actions, and the chain verifies.
      const auditor = await openPage(env.browser, 1280);
      const audit = auditor.page;
      await signInOnPage(audit, 'demo.auditadmin');
      await audit
        .getByRole('navigation', { name: '管理功能' })
        .getByRole('link', { name: '审计日志' })
        .click();
      await audit.getByRole('heading', { name: '审计日志', level: 1 }).waitFor();
      const table = audit.getByRole('table', { name: '审计记录，最新的在前' });
      for (const action of [
        'staff.created',
        'staff.activated',
        'staff.disabled',
        'online-transfer.opened',
        'online-transfer.closed',
        'platform-setting.changed',
      ])
        await table
          .getByRole('cell', { name: new RegExp(action.replace('.', '\\.')) })
          .first()
          .waitFor();
      await expectAccessibleAtAnyWidth(audit, 'audit log');
      await audit.getByLabel('操作（开头相同即可）').fill('online-transfer.');
      await audit.getByLabel('操作人类型').selectOption('admin');
      await audit.getByRole('button', { name: '筛选', exact: true }).click();
      await audit.waitForURL(/actorType=admin/);
      const opened = table.getByRole('row', { name: /online-transfer\.opened/ });
      await opened.getByText('管理员: demo.sysadmin').waitFor();
      await opened.getByText('region: 460300').waitFor();
      expect(await table.getByRole('row', { name: /staff\./ }).count()).toBe(0);
      await expectAccessibleAtAnyWidth(audit, 'audit log filtered');
      await audit.getByRole('button', { name: '校验审计日志链' }).click();
      await audit.getByText(/^审计日志完整：\d+ 条记录全部核对无误。$/).waitFor();
      await expectAccessibleAtAnyWidth(audit, 'audit chain verified');
      // The same page in English.
      await audit.getByRole('button', { name: 'English' }).click();
      await audit.getByRole('heading', { name: 'Audit log', level: 1 }).waitFor();
      await audit.getByRole('table', { name: 'Audit entries, newest first' }).waitFor();
      await expectAccessibleAtAnyWidth(audit, 'audit log in English');
      expect(unexpected(auditor.problems)).toEqual([]);
    },
    STEP_TIMEOUT,
  );
});
