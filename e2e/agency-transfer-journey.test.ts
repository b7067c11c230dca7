import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAccessibilityViolations, openPage, reflows } from './support/browser.ts';
import { submitTransferApplication } from './support/citizen-application.ts';
import { usePlatformAndBrowser } from './support/platform-and-browser.ts';
import { signInAsStaff } from './support/staff.ts';

/**
 * The agency back office in a real browser, each person in their own browser context: a citizen
 * applies online; the transfer-in agency accepts, the transfer-out agency (another region) sends
 * the funds, the transfer-in agency completes — and the citizen sees each step in 我的申请 with its
 * date and deadline. A second case ends in a refusal whose reason and explanation the citizen
 * reads, after a conflict between two members of staff (the case was accepted meanwhile, so the
 * refusal reads 不予办理); a third in the transfer-out agency's refusal after acceptance (不予办理
 * too). Every page state is checked with axe-core; staff pages also
 * at 320 px.
 */
describe('agencies handle transfer applications in a browser', () => {
  const env = usePlatformAndBrowser();
  const url = (path: string) => `${env.platform.baseUrl}${path}`;

  /** The same page at 320 px: it reflows and stays accessible, then back to the desk width. */
  async function checkNarrow(page: Page, state: string) {
    const wide = page.viewportSize();
    await page.setViewportSize({ width: 320, height: 900 });
    expect(await reflows(page), `${state} reflows at 320 px`).toBe(true);
    await expectNoAccessibilityViolations(page, `${state} at 320 px`);
    if (wide) await page.setViewportSize(wide);
  }

  /** Console errors other than the API answers a step expects (the 409 of a conflict). */
  const unexpected = (problems: string[]) => problems.filter((p) => !/status of (401|409)/.test(p));

  /** Opens the case of `reference` from a queue tab of the staff member's work queues. */
  async function openFromQueue(page: Page, tab: RegExp, reference: string) {
    await page.goto(url('/agency'));
    await page.getByRole('heading', { name: '工作队列', level: 1 }).waitFor();
    await page
      .getByRole('navigation', { name: '选择工作队列' })
      .getByRole('link', { name: tab })
      .click();
    await page.getByRole('link', { name: reference }).click();
    await page.getByRole('heading', { name: `案件 ${reference}`, level: 1 }).waitFor();
  }

  it('goes from the application to completion across two agencies, and the citizen follows it', async () => {
    const { baseUrl } = env.platform;
    // 周子航: eight years in Chengdu (suspended), contributing in Guangzhou since 2024.
    const citizen = await openPage(env.browser, 320);
    const { reference, applicationPath } = await submitTransferApplication(citizen.page, baseUrl, {
      phone: '139 0000 7701',
      maskedPhone: '139****7701',
      name: '周子航',
      citizenId: '510104 19900821 1358',
      destination: '440100',
      address: '广州市天河区体育西路1号',
      postCode: '510620',
    });

    // Guangzhou, the transfer-in agency: the queue to accept holds the new case.
    const guangzhou = await openPage(env.browser, 1280);
    await signInAsStaff(guangzhou.page, baseUrl, 'demo.440100.staff');
    await guangzhou.page.goto(url('/agency'));
    await guangzhou.page.getByRole('heading', { name: '工作队列', level: 1 }).waitFor();
    const toAccept = guangzhou.page.getByRole('link', { name: /^待受理 1 件$/ });
    await toAccept.waitFor();
    expect(await toAccept.getAttribute('aria-current')).toBe('page');
    const row = guangzhou.page.getByRole('row', { name: new RegExp(reference) });
    await row.getByText('周*').waitFor();
    await row.getByText(/^剩余 \d+ 个工作日$/).waitFor();
    await expectNoAccessibilityViolations(guangzhou.page, 'queue to accept');
    await checkNarrow(guangzhou.page, 'queue to accept');

    await guangzhou.page.getByRole('link', { name: reference }).click();
    const casePage = guangzhou.page;
    await casePage.getByRole('heading', { name: `案件 ${reference}`, level: 1 }).waitFor();
    await casePage.getByText('5101**********1358').waitFor();
    await casePage.getByRole('heading', { name: '自动核查' }).waitFor();
    await expectNoAccessibilityViolations(casePage, 'case to accept');
    await checkNarrow(casePage, 'case to accept');

    // The full ID number needs a reason, which the audit log keeps.
    await casePage.getByRole('button', { name: '显示完整身份证号码' }).click();
    await casePage.getByRole('button', { name: '显示', exact: true }).click();
    await casePage.getByText('请填写查看原因').waitFor();
    await expectNoAccessibilityViolations(casePage, 'reveal without a reason');
    await casePage.getByLabel('查看原因').fill('核对申请人身份证原件');
    await casePage.getByRole('button', { name: '显示', exact: true }).click();
    await casePage.getByText('510104 19900821 1358').waitFor();
    await casePage.getByText('已显示完整号码，本次查看已记入审计日志。').waitFor();
    await expectNoAccessibilityViolations(casePage, 'ID number revealed');

    await casePage.getByRole('button', { name: '受理', exact: true }).click();
    await casePage.getByRole('heading', { name: '确认受理这份申请？' }).waitFor();
    await expectNoAccessibilityViolations(casePage, 'accept confirmation');
    await casePage.getByRole('button', { name: '确认受理' }).click();
    await casePage.getByText('已受理，联系函已发往转出地经办机构。').waitFor();
    await casePage.locator('.tag', { hasText: '已受理，已发联系函' }).waitFor();
    const letter = casePage.getByRole('link', { name: /^下载联系函（PDF，编号 .+）$/ });
    const letterResponse = await casePage.request.get(url((await letter.getAttribute('href'))!));
    expect(letterResponse.headers()['content-type']).toContain('application/pdf');
    await expectNoAccessibilityViolations(casePage, 'case accepted');

    // The citizen sees the acceptance with its date, and the transfer-out deadline.
    await citizen.page.goto(url(applicationPath));
    await citizen.page.locator('.tag', { hasText: '已受理，已发联系函' }).waitFor();
    await citizen.page.getByText('转入地受理并发出联系函').waitFor();
    // The next step is now the transfer-out agency's, not the review.
    await citizen.page
      .getByText('转出地社保经办机构将在15个工作日内核对您的信息、转出基金。您不需要做什么。')
      .waitFor();
    await citizen.page.getByText(/^截止日期(（暂定）)?：\d{4}年/).waitFor();
    await expectNoAccessibilityViolations(citizen.page, 'citizen: accepted');

    // Chengdu, the transfer-out agency, in English: the case waits in its queue to process.
    const chengdu = await openPage(env.browser, 1280);
    await signInAsStaff(chengdu.page, baseUrl, 'demo.510100.staff');
    await chengdu.page.goto(url('/agency?queue=to-process'));
    await chengdu.page.getByRole('button', { name: 'English' }).click();
    await chengdu.page.getByRole('heading', { name: 'Work queues', level: 1 }).waitFor();
    await chengdu.page.getByRole('link', { name: /^To transfer out 1 case$/ }).waitFor();
    await expectNoAccessibilityViolations(chengdu.page, 'queue to process, in English');
    await chengdu.page.getByRole('link', { name: reference }).click();
    await chengdu.page.getByRole('heading', { name: `Case ${reference}`, level: 1 }).waitFor();
    await chengdu.page.getByRole('button', { name: 'Transfer out', exact: true }).click();
    await chengdu.page.getByRole('heading', { name: 'Transfer out now?' }).waitFor();
    await expectNoAccessibilityViolations(chengdu.page, 'transfer-out confirmation, in English');
    await chengdu.page.getByRole('button', { name: 'Yes, transfer out' }).click();
    await chengdu.page
      .getByText('Transferred out: the funds are sent and the information table is issued.')
      .waitFor();
    await chengdu.page.getByRole('heading', { name: 'Amounts transferred' }).waitFor();
    const total = await chengdu.page
      .locator('dt', { hasText: 'Total' })
      .locator('+ dd')
      .textContent();
    expect(total).toMatch(/^[1-9][\d,]*\.\d{2} yuan$/);
    await chengdu.page
      .getByRole('link', { name: /^Download the information table \(PDF/ })
      .waitFor();
    await expectNoAccessibilityViolations(chengdu.page, 'transferred out, in English');
    await checkNarrow(chengdu.page, 'transferred out, in English');

    await citizen.page.reload();
    await citizen.page.getByText('转出地办结并转出基金').waitFor();
    await citizen.page
      .getByText('转入地社保经办机构将在15个工作日内核对基金和缴费记录、合并您的账户。')
      .waitFor();
    await citizen.page.getByText(/^截止日期(（暂定）)?：\d{4}年/).waitFor();
    await expectNoAccessibilityViolations(citizen.page, 'citizen: transferred out');

    // Guangzhou confirms and completes, from its queue to confirm.
    await openFromQueue(guangzhou.page, /^待确认 1 件$/, reference);
    await expectNoAccessibilityViolations(guangzhou.page, 'case to confirm');
    await guangzhou.page.getByRole('button', { name: '办结', exact: true }).click();
    await guangzhou.page.getByRole('button', { name: '确认办结' }).click();
    await guangzhou.page.getByText('已办结，申请人会收到通知。').waitFor();
    await guangzhou.page.getByRole('link', { name: /^下载办结通知书（PDF/ }).waitFor();
    await guangzhou.page.getByText('本机构现在没有可办理的步骤。').waitFor();
    await expectNoAccessibilityViolations(guangzhou.page, 'case completed');

    // The citizen's timeline: every step, newest first, each with its date.
    await citizen.page.reload();
    await citizen.page.locator('.tag', { hasText: '已办结' }).waitFor();
    // The completion notice the messages point to is on this page.
    const notice = citizen.page.getByRole('link', { name: '下载办结告知书（PDF）' });
    const noticeResponse = await citizen.page.request.get(
      url((await notice.getAttribute('href'))!),
    );
    expect(noticeResponse.status()).toBe(200);
    expect(noticeResponse.headers()['content-type']).toContain('application/pdf');
    const steps = await citizen.page.locator('.timeline__item strong').allTextContents();
    expect(steps).toEqual([
      '转入地办结',
      '转出地办结并转出基金',
      '转入地受理并发出联系函',
      '提交申请',
    ]);
    for (const item of await citizen.page.locator('.timeline__item').allTextContents())
      expect(item).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
    await expectNoAccessibilityViolations(citizen.page, 'citizen: completed');

    for (const person of [citizen, guangzhou, chengdu])
      expect(unexpected(person.problems)).toEqual([]);
  }, 300_000);
  it('ends in a rejection the citizen reads, after two members of staff acted at once', async () => {
    const { baseUrl } = env.platform;
    // 吴国平: Shenyang until 2008, Beijing since 2009.
    const citizen = await openPage(env.browser, 320);
    const { reference, applicationPath } = await submitTransferApplication(citizen.page, baseUrl, {
      phone: '139 0000 7702',
      maskedPhone: '139****7702',
      name: '吴国平',
      citizenId: '210102 19770315 1139',
      destination: '110100',
      address: '北京市朝阳区建国路88号',
      postCode: '100022',
    });

    // A member of Beijing's staff starts a rejection: both the reason and the explanation are required.
    const clerk = await openPage(env.browser, 1280);
    await signInAsStaff(clerk.page, baseUrl, 'demo.110100.staff');
    await openFromQueue(clerk.page, /^待受理 1 件$/, reference);
    await clerk.page.getByRole('button', { name: '不予受理', exact: true }).click();
    await clerk.page.getByRole('heading', { name: '不予受理', level: 3 }).waitFor();
    await expectNoAccessibilityViolations(clerk.page, 'rejection form');
    await clerk.page.getByRole('button', { name: '确认不予受理' }).click();
    await clerk.page.getByRole('heading', { name: '出现问题' }).waitFor();
    await clerk.page.getByRole('link', { name: '请选择不予受理的原因' }).waitFor();
    await clerk.page.getByRole('link', { name: '请填写书面说明' }).click();
    expect(await clerk.page.evaluate(() => document.activeElement?.id)).toBe('reject-explanation');
    await expectNoAccessibilityViolations(clerk.page, 'rejection form with errors');
    await checkNarrow(clerk.page, 'rejection form with errors');
    const explanation =
      '沈阳的缴费记录中2006年至2008年的缴费基数与您提交的材料不一致，请先到沈阳市社保经办机构核实后重新申请。';
    await clerk.page
      .getByLabel('不予受理原因')
      .selectOption({ label: '身份信息或参保缴费记录不一致' });
    await clerk.page.getByLabel('书面说明').fill(explanation);

    // Meanwhile Beijing's supervisor, in elder mode on a phone, accepts the same case.
    const supervisor = await openPage(env.browser, 320);
    await signInAsStaff(supervisor.page, baseUrl, 'demo.110100.supervisor');
    await supervisor.page.goto(url('/agency'));
    await supervisor.page.getByRole('button', { name: '长辈模式' }).click();
    await openFromQueue(supervisor.page, /^待受理 1 件$/, reference);
    expect(await reflows(supervisor.page)).toBe(true);
    await expectNoAccessibilityViolations(supervisor.page, 'case in elder mode at 320 px');
    await supervisor.page.getByRole('button', { name: '受理', exact: true }).click();
    await supervisor.page.getByRole('button', { name: '确认受理' }).click();
    await supervisor.page.getByText('已受理，联系函已发往转出地经办机构。').waitFor();

    // The clerk's page is stale: the rejection is refused, and nothing typed is lost.
    await clerk.page.getByRole('button', { name: '确认不予受理' }).click();
    await clerk.page.getByRole('heading', { name: '这份案件已有变化' }).waitFor();
    await clerk.page.getByText(/其他工作人员已经办理了这份案件/).waitFor();
    expect(await clerk.page.getByLabel('书面说明').inputValue()).toBe(explanation);
    await expectNoAccessibilityViolations(clerk.page, 'conflict');
    await clerk.page.getByRole('link', { name: '重新加载案件' }).click();
    await clerk.page.getByText('已重新加载案件的最新情况。').waitFor();
    await clerk.page.locator('.tag', { hasText: '已受理，已发联系函' }).waitFor();
    await clerk.page.getByText(/操作人：演示科长 110100/).waitFor();
    expect(await clerk.page.getByLabel('书面说明').inputValue()).toBe(explanation);
    // The case is accepted now: a refusal will not carry it out (不予办理), no longer 不予受理.
    expect(await clerk.page.getByLabel('不予办理原因').inputValue()).toBe('RECORDS_DO_NOT_MATCH');
    await expectNoAccessibilityViolations(clerk.page, 'case reloaded after the conflict');

    // On the case as it now stands, the rejection goes through.
    await clerk.page.getByRole('button', { name: '确认不予办理' }).click();
    await clerk.page.getByText('已不予办理，申请人会收到原因和说明。').waitFor();
    await clerk.page.locator('.tag', { hasText: '不予办理' }).waitFor();
    await clerk.page.getByText('原因：身份信息或参保缴费记录不一致').waitFor();
    await clerk.page.getByText(`说明：${explanation}`).waitFor();
    await expectNoAccessibilityViolations(clerk.page, 'case rejected');

    // The supervisor sees the agency's handling times: one acceptance, one refusal after it.
    await supervisor.page
      .getByRole('navigation', { name: '经办工作' })
      .getByRole('link', { name: '督办' })
      .click();
    await supervisor.page.getByRole('heading', { name: '督办', level: 1 }).waitFor();
    await supervisor.page.getByText('本机构目前没有逾期案件。').waitFor();
    const handling = supervisor.page.getByRole('table', { name: /最近 90 天内本机构办理的步骤/ });
    await handling.getByRole('row', { name: /^受理 1 / }).waitFor();
    await handling.getByRole('row', { name: /^不予受理 0 / }).waitFor();
    await handling.getByRole('row', { name: /^不予办理 1 / }).waitFor();
    expect(await reflows(supervisor.page)).toBe(true);
    await expectNoAccessibilityViolations(supervisor.page, 'supervision in elder mode at 320 px');
    // Staff who are not supervisors are told so.
    await clerk.page.goto(url('/agency/supervision'));
    await clerk.page.getByText('此页面只对经办机构的科长（督办人员）开放。').waitFor();
    await expectNoAccessibilityViolations(clerk.page, 'supervision refused to staff');

    // The citizen reads why, in the agency's own words.
    await citizen.page.goto(url(applicationPath));
    await citizen.page.locator('.tag', { hasText: '不予办理' }).waitFor();
    await citizen.page.getByText('不予办理原因：身份信息或参保缴费记录不一致').waitFor();
    await citizen.page.getByText(`经办机构的说明：${explanation}`).waitFor();
    await expectNoAccessibilityViolations(citizen.page, 'citizen: rejected');

    for (const person of [citizen, clerk, supervisor])
      expect(unexpected(person.problems)).toEqual([]);
  }, 300_000);

  it('lets the transfer-out agency refuse an accepted case: 不予办理 for its staff and the citizen', async () => {
    const { baseUrl } = env.platform;
    // 郭鹏: Hangzhou until 2024 (suspended), Nanjing since.
    const citizen = await openPage(env.browser, 320);
    const { reference, applicationPath } = await submitTransferApplication(citizen.page, baseUrl, {
      phone: '139 0000 7703',
      maskedPhone: '139****7703',
      name: '郭鹏',
      citizenId: '410305 19930125 1336',
      destination: '320100',
      address: '南京市鼓楼区中山北路1号',
      postCode: '210009',
    });

    const nanjing = await openPage(env.browser, 1280);
    await signInAsStaff(nanjing.page, baseUrl, 'demo.320100.staff');
    await openFromQueue(nanjing.page, /^待受理 1 件$/, reference);
    await nanjing.page.getByRole('button', { name: '受理', exact: true }).click();
    await nanjing.page.getByRole('button', { name: '确认受理' }).click();
    await nanjing.page.getByText('已受理，联系函已发往转出地经办机构。').waitFor();

    // Hangzhou, the transfer-out agency, will not carry it out: its form says 不予办理.
    const hangzhou = await openPage(env.browser, 1280);
    await signInAsStaff(hangzhou.page, baseUrl, 'demo.330100.staff');
    await openFromQueue(hangzhou.page, /^待转出 1 件$/, reference);
    await hangzhou.page.getByRole('button', { name: '不予办理', exact: true }).click();
    await hangzhou.page.getByRole('heading', { name: '不予办理', level: 3 }).waitFor();
    await hangzhou.page.getByRole('button', { name: '确认不予办理' }).click();
    await hangzhou.page.getByRole('link', { name: '请选择不予办理的原因' }).waitFor();
    await expectNoAccessibilityViolations(hangzhou.page, 'transfer-out refusal form with errors');
    const explanation =
      '经核对，您在杭州的缴费记录与申请信息不一致，请先到杭州市社保经办机构核实后重新申请。';
    await hangzhou.page
      .getByLabel('不予办理原因')
      .selectOption({ label: '身份信息或参保缴费记录不一致' });
    await hangzhou.page.getByLabel('书面说明').fill(explanation);
    await hangzhou.page.getByRole('button', { name: '确认不予办理' }).click();
    await hangzhou.page.getByText('已不予办理，申请人会收到原因和说明。').waitFor();
    await hangzhou.page.locator('.tag', { hasText: '不予办理' }).waitFor();
    await expectNoAccessibilityViolations(hangzhou.page, 'case refused by the transfer-out agency');

    // The citizen reads who refused and why.
    await citizen.page.goto(url(applicationPath));
    await citizen.page.locator('.tag', { hasText: '不予办理' }).waitFor();
    await citizen.page.getByText('不予办理原因：身份信息或参保缴费记录不一致').waitFor();
    await citizen.page.getByText(`经办机构的说明：${explanation}`).waitFor();
    expect(await citizen.page.locator('.timeline__item strong').first().textContent()).toBe(
      '不予办理',
    );
    await citizen.page.getByRole('link', { name: '返回我的申请' }).click();
    await citizen.page.getByRole('heading', { name: '我的申请', level: 1 }).waitFor();
    await citizen.page.locator('.tag', { hasText: '不予办理' }).waitFor();
    await expectNoAccessibilityViolations(
      citizen.page,
      'citizen: refused by the transfer-out agency',
    );

    for (const person of [citizen, nanjing, hangzhou])
      expect(unexpected(person.problems)).toEqual([]);
  }, 300_000);
});
