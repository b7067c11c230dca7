import { describe, expect, it } from 'vitest';
import { expectNoAccessibilityViolations, openPage, reflows } from './support/browser.ts';
import { usePlatformAndBrowser } from './support/platform-and-browser.ts';

/**
 * The seed's first service in a real browser: "has my destination opened online transfer
 * applications?" — on a phone-sized screen and on a desktop, in Chinese and in English, with an
 * axe-core check of every page in every state.
 */
describe('the transfer-destination inquiry in a browser', () => {
  const env = usePlatformAndBrowser();

  it('answers "open" for Guangzhou on a 320 px phone screen, accessibly, in Chinese', async () => {
    const { page, problems } = await openPage(env.browser, 320);
    await page.goto(`${env.platform.baseUrl}/`);
    await expect.poll(() => page.title()).toContain('社保');
    await expectNoAccessibilityViolations(page, 'home');
    expect(await reflows(page)).toBe(true);

    await page.getByRole('link', { name: '查询转入地是否开通线上转移申请' }).click();
    await page.getByRole('heading', { name: '您要转移哪个险种？' }).waitFor();
    await expectNoAccessibilityViolations(page, 'scheme question');

    // Continuing without an answer shows the error summary, which links to the field.
    await page.getByRole('button', { name: '继续' }).click();
    await page.getByRole('heading', { name: '出现问题' }).waitFor();
    await expectNoAccessibilityViolations(page, 'scheme question with an error');
    expect(await page.title()).toMatch(/^错误/);
    await page.getByRole('link', { name: '请选择险种' }).click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('radio');

    await page.getByRole('radio', { name: '职工基本养老保险' }).check();
    await page.getByRole('button', { name: '继续' }).click();
    await page.getByRole('radio', { name: '广东省' }).check();
    await expectNoAccessibilityViolations(page, 'province question');
    await page.getByRole('button', { name: '继续' }).click();

    await page.getByLabel('搜索城市').fill('xyz');
    await page.getByText('没有名称含有').waitFor();
    await expectNoAccessibilityViolations(page, 'city filter without a match');
    await page.getByLabel('搜索城市').fill('广');
    await expect.poll(() => page.getByRole('radio').count()).toBeLessThan(5);
    await page.getByRole('radio', { name: '广州市' }).check();
    await expectNoAccessibilityViolations(page, 'city question filtered');
    await page.getByRole('button', { name: '继续' }).click();

    await page.getByRole('heading', { name: '已开通线上转移申请' }).waitFor();
    await expect.poll(() => page.getByText('自 2021年1月1日起').count()).toBe(1);
    await expectNoAccessibilityViolations(page, 'answer: open');
    expect(await reflows(page)).toBe(true);

    // The answer survives a reload, and Back returns to the question with the answer kept.
    await page.reload();
    await page.getByRole('heading', { name: '已开通线上转移申请' }).waitFor();
    await page.goBack();
    await expect.poll(() => page.getByRole('radio', { name: '广州市' }).isChecked()).toBe(true);
    expect(problems).toEqual([]);
  });

  it('names the agency to visit where the service is not open, and says when it will open', async () => {
    const { page, problems } = await openPage(env.browser, 1280);
    await page.goto(
      `${env.platform.baseUrl}/transfer-destination/result?scheme=employee-pension&region=460300`,
    );
    await page.getByRole('heading', { name: '尚未开通线上转移申请' }).waitFor();
    await page.getByText('海南省三沙市社会保险事业管理中心（演示）').waitFor();
    expect(await page.getByRole('link', { name: '12333' }).getAttribute('href')).toBe('tel:12333');
    // Its agency has registered no post code: the line is left out rather than invented.
    expect(await page.getByText('邮政编码').count()).toBe(0);
    await expectNoAccessibilityViolations(page, 'answer: not open');

    await page.goto(
      `${env.platform.baseUrl}/transfer-destination/result?scheme=employee-pension&region=650200`,
    );
    await page.getByRole('heading', { name: /将于 2099年1月1日开通/ }).waitFor();
    const postCode = page.locator('dt', { hasText: /^邮政编码$/ }).locator('+ dd');
    expect(await postCode.textContent()).toBe('834000');
    await expectNoAccessibilityViolations(page, 'answer: opens later');

    // A province is not a destination: a plain message, never a blank page.
    await page.goto(
      `${env.platform.baseUrl}/transfer-destination/result?scheme=employee-pension&region=440000`,
    );
    await page.getByRole('alert').waitFor();
    await expectNoAccessibilityViolations(page, 'answer: not a destination');
    expect(problems.filter((p) => !p.includes('422'))).toEqual([]);
  });

  it('finds a city anywhere by name and works in English with the elder-friendly mode', async () => {
    const { page } = await openPage(env.browser, 1280);
    await page.goto(
      `${env.platform.baseUrl}/transfer-destination/city?scheme=medical&province=420000`,
    );
    await page.getByLabel('按城市名称在全国查找').fill('仙桃');
    await page.getByRole('button', { name: '查找' }).click();
    // 仙桃市 reports directly to Hubei province: it is a destination of its own.
    await page.getByRole('link', { name: '湖北省仙桃市' }).click();
    await page.getByRole('heading', { name: '已开通线上转移申请' }).waitFor();

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Elder-friendly mode' }).click();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.evaluate(() => document.documentElement.classList.contains('elder'))).toBe(
      true,
    );
    await expectNoAccessibilityViolations(page, 'answer in English, elder mode');

    await page.getByRole('link', { name: 'Check another destination' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await expectNoAccessibilityViolations(page, 'question with an error in English, elder mode');

    // The choices are remembered on the next visit.
    await page.reload();
    await page.getByRole('button', { name: 'Continue' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  });

  it('is fully usable with the keyboard alone', async () => {
    const { page } = await openPage(env.browser, 1280);
    await page.goto(`${env.platform.baseUrl}/transfer-destination`);
    await page.getByRole('heading', { name: '您要转移哪个险种？' }).waitFor();
    await page.keyboard.press('Tab'); // skip link
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到主要内容');
    // Tab until a scheme radio has focus, choose with Space, then submit with Enter.
    for (let i = 0; i < 15; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.getAttribute('type') === 'radio'))
        break;
    }
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await page.getByRole('radio', { name: '广东省' }).waitFor();
  });
});
