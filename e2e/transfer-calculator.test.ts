import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAccessibilityViolations, openPage, reflows } from './support/browser.ts';
import { usePlatformAndBrowser } from './support/platform-and-browser.ts';

/**
 * The transfer calculator in a real browser: from the home page, an empty submission answered
 * with the error summary, one 24-month period at 5,000 yuan, and the answer in yuan — in Chinese
 * on a 320 px phone screen and in English, with an axe-core check of every state.
 */
describe('the transfer calculator in a browser', () => {
  const env = usePlatformAndBrowser();

  /** Picks a place from the two lists of the question named `legend`. */
  async function choosePlace(page: Page, legend: string, province: string, city?: string) {
    const question = page.getByRole('group', { name: legend, exact: true });
    await question.getByLabel('省份').selectOption({ label: province });
    if (city) {
      const cities = question.getByLabel('城市');
      await expect.poll(() => cities.locator('option', { hasText: city }).count()).toBe(1);
      await cities.selectOption({ label: city });
    }
  }

  it('works out 24 months at 5,000 yuan on a phone screen, accessibly, in Chinese', async () => {
    const { page, problems } = await openPage(env.browser, 320);
    await page.goto(`${env.platform.baseUrl}/`);
    await page.getByRole('link', { name: '转移金额试算' }).click();
    await page.getByRole('heading', { name: '转移金额试算', level: 1 }).waitFor();
    await expectNoAccessibilityViolations(page, 'calculator form');
    expect(await reflows(page)).toBe(true);

    // Submitting the empty form: the server names every field, the summary links to each.
    await page.getByRole('button', { name: '开始计算' }).click();
    await page.getByRole('heading', { name: '出现问题' }).waitFor();
    expect(await page.title()).toMatch(/^错误/);
    const summary = page.getByRole('alert').filter({ hasText: '出现问题' });
    const links = summary.getByRole('link');
    expect(await links.allTextContents()).toEqual([
      '请选择性别',
      expect.stringContaining('出生日期'),
      '请选择户口所在地',
      '请选择转出地',
      '请选择转入地',
      expect.stringContaining('转移日期'),
      '请选择这段时间的缴费地区',
      expect.stringContaining('2010-01'),
      expect.stringContaining('2010-01'),
      expect.stringContaining('缴费工资'),
    ]);
    await expectNoAccessibilityViolations(page, 'calculator form with errors');
    expect(await reflows(page)).toBe(true);
    await links.filter({ hasText: '缴费工资' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('history-0-monthlyBaseFen');

    // A man of 30 from Chengdu, leaving Shenzhen for Shanghai after 24 months at 5,000 yuan.
    await page.getByRole('radio', { name: '男', exact: true }).check();
    await page.getByLabel('出生日期').fill('1995-4-1');
    await choosePlace(page, '户口所在地', '四川省', '成都市');
    await choosePlace(page, '转出地', '广东省', '深圳市');
    await choosePlace(page, '转入地', '上海市');
    await page.getByLabel('转移日期').fill('2025-06-30');
    const period = page.getByRole('group', { name: '第1段缴费记录' });
    await choosePlace(page, '在哪里缴费', '广东省', '深圳市');
    await period.getByLabel('开始月份').fill('2010-01');
    await period.getByLabel('结束月份').fill('2011年12月');
    await period.getByLabel('每月缴费工资（元）').fill('5000');
    await page.getByRole('button', { name: '开始计算' }).click();

    await page.getByRole('heading', { name: '试算结果', level: 1 }).waitFor();
    const amounts = page.locator('.summary-list');
    await expect.poll(() => amounts.textContent()).toContain('14,400.00 元');
    expect(await amounts.textContent()).toContain('9,600.00 元');
    expect(await amounts.textContent()).toContain('24,000.00 元');
    await page.getByText('不建立临时缴费账户', { exact: true }).waitFor();
    // Guangdong has 24 months, under 10 years: everything gathers at the hukou place.
    await page.getByText('四川省成都市', { exact: true }).waitFor();
    await page.getByText('还不满15年', { exact: true }).waitFor();
    await expectNoAccessibilityViolations(page, 'calculator result');
    expect(await reflows(page)).toBe(true);

    // Back returns to the form with every answer kept.
    await page.goBack();
    await page.getByRole('heading', { name: '转移金额试算', level: 1 }).waitFor();
    expect(await period.getByLabel('每月缴费工资（元）').inputValue()).toBe('5000');
    // The browser logs the empty submission's 400 answer; nothing else may go wrong.
    expect(problems.filter((p) => !p.includes('400'))).toEqual([]);
  });

  it('shows the answer in English, and adds and removes periods with the keyboard', async () => {
    const { page, problems } = await openPage(env.browser, 1280);
    await page.goto(`${env.platform.baseUrl}/transfer-calculator`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Transfer calculator', level: 1 }).waitFor();

    const add = page.getByRole('button', { name: 'Add another contribution period' });
    await add.focus();
    await page.keyboard.press('Enter');
    // Focus moves to the new period's first question.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('history-1-region-province');
    await page.getByRole('button', { name: 'Remove this period (contribution period 2)' }).click();
    expect(await page.getByRole('group', { name: /^Contribution period/ }).count()).toBe(1);

    await page.getByRole('radio', { name: 'Female' }).check();
    await page.getByLabel('Date of birth').fill('1980-01-01');
    const place = async (legend: string, province: string) =>
      page
        .getByRole('group', { name: legend, exact: true })
        .getByLabel('Province')
        .selectOption({ label: province });
    await place('Place of household registration (hukou)', '四川省');
    await place('Moving from', '广东省');
    await place('Moving to', '浙江省');
    await page.getByLabel('Transfer date').fill('2025-06-30');
    await place('Where you paid', '广东省');
    await page.getByLabel('First month').fill('2010-01');
    await page.getByLabel('Last month').fill('2011-12');
    await page.getByLabel('Monthly contribution wage (yuan)').fill('5,000');
    await page.getByRole('button', { name: 'Calculate' }).click();

    await page.getByRole('heading', { name: 'Your estimate', level: 1 }).waitFor();
    const amounts = page.locator('.summary-list');
    await expect.poll(() => amounts.textContent()).toContain('Pooled fund');
    expect(await amounts.textContent()).toContain('14,400.00 yuan');
    expect(await amounts.textContent()).toContain('Individual account principal');
    // A woman of 45 moving away from her hukou province: a temporary account opens.
    await page.getByText('A temporary contribution account opens', { exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Where you will claim your pension' }).waitFor();
    await page
      .getByText(/As things stand/)
      .first()
      .waitFor();
    await expectNoAccessibilityViolations(page, 'calculator result in English');

    await page.getByRole('button', { name: 'Elder-friendly mode' }).click();
    await expectNoAccessibilityViolations(page, 'calculator result in English, elder mode');
    expect(problems).toEqual([]);
  });
});
