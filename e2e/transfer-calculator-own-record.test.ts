import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAccessibilityViolations, openPage, reflows } from './support/browser.ts';
import { answerSignIn } from './support/citizen.ts';
import { usePlatformAndBrowser } from './support/platform-and-browser.ts';

/** Today in China, as the page fills in the transfer date. */
const todayInChina = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

/**
 * The transfer calculator run on the person's own recorded history, in a real browser: 周子航
 * (a demo person) starts typing, signs in and binds his identity from the calculator (each coming
 * back with his typing kept), is asked before his typing is replaced, and calculates on his
 * record; a citizen whose account is not bound reads why there is no record yet. On a 320 px
 * phone in Chinese, and in English in elder mode; axe-core on every state.
 */
describe('the transfer calculator on my recorded history', () => {
  const env = usePlatformAndBrowser();

  async function check(page: Page, state: string) {
    expect(await reflows(page), `${state} reflows`).toBe(true);
    await expectNoAccessibilityViolations(page, state);
  }

  const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id);

  // Signing in and binding log the 401 of the first `GET /me`; nothing else may go wrong.
  const unexpected = (problems: string[]) => problems.filter((p) => !/status of 401/.test(p));

  it('signs in, binds, keeps what was typed, and calculates on the record', async () => {
    const { page, problems } = await openPage(env.browser, 320);
    await page.goto(`${env.platform.baseUrl}/transfer-calculator`);
    await page.getByRole('heading', { name: '转移金额试算', level: 1 }).waitFor();
    const panel = page.getByRole('region', { name: '使用我的参保记录' });
    await panel.getByText('登录并绑定身份后').waitFor();
    await check(page, 'calculator, signed out');

    // He starts typing, then decides to use his record: signing in comes back here.
    const firstPeriod = page.getByRole('group', { name: '第1段缴费记录' });
    await firstPeriod.getByLabel('每月缴费工资（元）').fill('4321');
    await panel.getByRole('link', { name: '登录后使用我的参保记录' }).click();
    await page.getByRole('heading', { name: '登录', level: 1 }).waitFor();
    await answerSignIn(page, {
      baseUrl: env.platform.baseUrl,
      phone: '14000000102',
      masked: '140****0102',
    });
    await page.getByRole('heading', { name: '转移金额试算', level: 1 }).waitFor();
    expect(await firstPeriod.getByLabel('每月缴费工资（元）').inputValue()).toBe('4321');

    // Signed in but not bound: why there is no record, and the way to bind, which comes back.
    await panel.getByText('您的账户还没有绑定身份').waitFor();
    await check(page, 'calculator, signed in, not bound');
    await panel.getByRole('link', { name: '绑定身份' }).click();
    await page.getByRole('heading', { name: '绑定身份', level: 1 }).waitFor();
    await page.getByLabel('姓名', { exact: true }).fill('周子航');
    await page.getByLabel('身份证号码').fill('510104 19900821 1358');
    await page.getByRole('button', { name: '绑定身份' }).click();
    await page.getByRole('heading', { name: '转移金额试算', level: 1 }).waitFor();
    await panel.getByText('已绑定您的身份信息，现在可以使用您的参保记录。').waitFor();
    expect(await firstPeriod.getByLabel('每月缴费工资（元）').inputValue()).toBe('4321');
    await check(page, 'calculator, bound, offering the record');

    // He typed a wage: the page asks before replacing it. Keeping it changes nothing.
    const use = panel.getByRole('button', { name: '使用我的参保记录' });
    await use.focus();
    await page.keyboard.press('Enter');
    await panel.getByText('要用参保记录替换您已经填写的内容吗？').waitFor();
    expect(await focusedId(page)).toBe('own-record-question');
    await check(page, 'calculator, asking before replacing');
    await panel.getByRole('button', { name: '保留我填写的内容' }).click();
    expect(await focusedId(page)).toBe('own-record-use');
    expect(await firstPeriod.getByLabel('每月缴费工资（元）').inputValue()).toBe('4321');

    // Replacing fills in his record and says where it came from.
    await page.keyboard.press('Enter');
    await panel.getByRole('button', { name: '替换为我的参保记录' }).click();
    const notice = page.getByRole('region', { name: '已填入您的参保记录' });
    await notice.getByText('共3段，到2026年10月为止').waitFor();
    expect(await focusedId(page)).toBe('own-record');
    await notice.getByText('转出地是您已经中断缴费的参保地。').waitFor();
    await notice.getByText('转移日期填的是今天，如果不是今天请修改。').waitFor();
    await notice.getByText('计算前您可以修改任何内容', { exact: false }).waitFor();
    expect(await page.getByRole('radio', { name: '男', exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel('出生日期').inputValue()).toBe('1990-08-21');
    expect(await page.getByLabel('转移日期').inputValue()).toBe(todayInChina());
    // His hukou is a district of Chengdu, below the city list: the list offers it by name.
    const hukouCity = page
      .getByRole('group', { name: '户口所在地', exact: true })
      .getByLabel('城市');
    await expect.poll(() => hukouCity.locator('option:checked').textContent()).toBe('成都市锦江区');
    const periods = page.getByRole('group', { name: /^第\d段缴费记录$/ });
    expect(await periods.count()).toBe(3);
    const third = page.getByRole('group', { name: '第3段缴费记录' });
    expect(await third.getByLabel('开始月份').inputValue()).toBe('2024-10');
    expect(await third.getByLabel('每月缴费工资（元）').inputValue()).toBe('11000');
    expect(await firstPeriod.getByLabel('每月缴费工资（元）').inputValue()).toBe('5500');
    expect(await firstPeriod.getByLabel('单位缴费比例（%）').inputValue()).toBe('19');
    await check(page, 'calculator, filled from the record');

    // Calculated as usual: eight years of Chengdu's funds move to Guangzhou.
    await page.getByRole('button', { name: '开始计算' }).click();
    await page.getByRole('heading', { name: '试算结果', level: 1 }).waitFor();
    const amounts = page.locator('.summary-list');
    await expect.poll(() => amounts.textContent()).toContain('74,880.00 元');
    expect(await amounts.textContent()).toContain('49,920.00 元');
    expect(await amounts.textContent()).toContain('124,800.00 元');
    await page.getByText('不建立临时缴费账户', { exact: true }).waitFor();
    await page.getByText('四川省成都市锦江区', { exact: true }).waitFor();
    await page
      .getByText('这次试算从社保经办机构记录的您的参保信息开始', { exact: false })
      .waitFor();
    await check(page, 'result on the record');

    // Back to the form: the record and the notice are still there.
    await page.goBack();
    await notice.waitFor();
    expect(await third.getByLabel('每月缴费工资（元）').inputValue()).toBe('11000');

    // Signed out, the next visitor of this tab finds the form empty, not his record.
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.getByRole('heading', { name: '登录', level: 1 }).waitFor();
    await page.getByRole('link', { name: '社保 Shebao 首页' }).click();
    await page.getByRole('link', { name: '转移金额试算' }).click();
    await panel.getByText('登录并绑定身份后').waitFor();
    expect(await page.getByLabel('出生日期').inputValue()).toBe('');
    expect(await periods.count()).toBe(1);
    expect(unexpected(problems)).toEqual([]);
  });

  it('tells a citizen whose account is not bound why, in English and elder mode', async () => {
    const { page, problems } = await openPage(env.browser, 1280);
    await page.goto(`${env.platform.baseUrl}/transfer-calculator`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Elder-friendly mode' }).click();
    const panel = page.getByRole('region', { name: 'Use my recorded history' });
    await panel.getByRole('link', { name: 'Sign in to use my recorded history' }).click();
    await answerSignIn(page, {
      baseUrl: env.platform.baseUrl,
      phone: '139 0000 6601',
      masked: '139****6601',
      language: 'en',
    });
    await page.getByRole('heading', { name: 'Transfer calculator', level: 1 }).waitFor();
    await panel.getByText('Your account is not linked to you as an insured person yet').waitFor();
    expect(await panel.getByRole('button').count()).toBe(0);
    const bind = panel.getByRole('link', { name: 'Confirm who you are' });
    expect(await bind.getAttribute('href')).toBe('/account/identity');
    await check(page, 'calculator, not bound, English, elder mode');

    // The link is reached with the keyboard and leads to binding, which offers the way back.
    await bind.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Confirm who you are', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Back' }).click();
    await page.getByRole('heading', { name: 'Transfer calculator', level: 1 }).waitFor();
    expect(unexpected(problems)).toEqual([]);
  });
});
