import { describe, expect, it } from 'vitest';
import { openPage } from './support/browser.ts';
import {
  checkPage,
  openMyCards,
  proveItIsYouFromCardPage,
  unexpectedConsole,
} from './support/card-holder.ts';
import { usePlatformAndBrowser } from './support/platform-and-browser.ts';

/**
 * 亲情服务 in Chinese on 320 px phones: 林悦 invites 周子航 as a family member; he gets his own
 * e-card and accepts from his account; she then shows his e-card's QR code, which a verifier page
 * accepts with his masked name; she removes him and can no longer open it. Every state is checked
 * with axe-core.
 */
describe("showing a family member's e-card, in a browser", () => {
  const env = usePlatformAndBrowser();
  const holder = {
    phone: '139 0000 8851',
    maskedPhone: '139****8851',
    name: '林悦',
    citizenId: '350203200209092441',
  };
  const member = {
    phone: '139 0000 8852',
    maskedPhone: '139****8852',
    name: '周子航',
    citizenId: '510104199008211358',
  };

  it('invites, is accepted, shows the QR code of the family member, and removes him', async () => {
    const { page: her, problems } = await openPage(env.browser, 320);
    await openMyCards(her, env.platform.baseUrl, holder);
    await her.getByRole('link', { name: '亲情服务：家庭成员的电子社保卡' }).click();
    await her.getByRole('heading', { name: '亲情服务', level: 1 }).waitFor();
    await her.getByText('您还没有添加家庭成员。').waitFor();
    await her.getByText('没有家人邀请您。').waitFor();
    await checkPage(her, 'family, nobody yet');

    await her.getByRole('link', { name: '添加家庭成员' }).click();
    await her.getByRole('heading', { name: '添加家庭成员', level: 1 }).waitFor();
    await proveItIsYouFromCardPage(her, await env.platform.issueCounterCode(holder.citizenId));
    await her.getByRole('button', { name: '添加', exact: true }).click();
    await her.getByRole('link', { name: '请输入家庭成员的姓名' }).waitFor();
    await her.getByRole('link', { name: '请选择他是您的什么人' }).waitFor();
    expect(await her.title()).toMatch(/^错误：添加家庭成员/);
    await checkPage(her, 'add a family member, with errors');
    await her.getByLabel('家庭成员的姓名').fill(member.name);
    await her.getByLabel('家庭成员的身份证号码').fill('510104 19900821 1358');
    await her.getByRole('radio', { name: '其他亲属' }).check();
    await her.getByRole('button', { name: '添加', exact: true }).click();

    await her.getByRole('heading', { name: '亲情服务', level: 1 }).waitFor();
    await her.getByRole('status').getByText('已发出邀请。', { exact: false }).waitFor();
    const invited = her.locator('.card-list__item', { hasText: '周**' });
    await invited.getByText('等待对方同意').waitFor();
    await her.getByText('还可以添加 7 位（共 8 位）。').waitFor();
    await checkPage(her, 'family member invited');

    // 周子航, on his own phone: his e-card first, then the invitation.
    const { page: him, problems: hisProblems } = await openPage(env.browser, 320);
    await openMyCards(him, env.platform.baseUrl, member);
    await him.getByRole('link', { name: /^查看社保卡/ }).click();
    await him.getByRole('link', { name: '电子社保卡' }).click();
    await proveItIsYouFromCardPage(him, await env.platform.issueCounterCode(member.citizenId));
    await him.getByRole('button', { name: '申领电子社保卡' }).click();
    await him.getByRole('button', { name: '出示二维码' }).waitFor();
    await him.goto(`${env.platform.baseUrl}/my-cards/family`);
    const invitation = him.locator('.card-list__item', { hasText: '林* 把您添加为：其他亲属' });
    await invitation.getByText('等待对方同意').waitFor();
    await checkPage(him, 'an invitation to accept');
    await invitation.getByRole('button', { name: '同意' }).click();
    await him.getByRole('status').getByText('您已同意。对方现在可以为您出示电子社保卡。').waitFor();
    await invitation.getByText('已加入').waitFor();
    await checkPage(him, 'invitation accepted');

    // She now shows his e-card, and a verifier accepts it.
    await her.reload();
    await invited.getByText('已加入').waitFor();
    await invited.getByRole('link', { name: '出示 周** 的电子社保卡二维码' }).click();
    await her.getByRole('heading', { name: '家庭成员的电子社保卡', level: 1 }).waitFor();
    const ecardPath = new URL(her.url()).pathname;
    await her.getByRole('button', { name: '出示二维码' }).click();
    await her.getByRole('heading', { name: '请让工作人员扫描二维码' }).waitFor();
    const token = ((await her.locator('.qr-panel__token').textContent()) ?? '').trim();
    const { page: counter } = await openPage(env.browser, 320);
    await counter.goto(`${env.platform.baseUrl}/ecard/verify`);
    await counter.getByLabel('二维码内容').fill(token);
    await counter.getByLabel('二维码内容').press('Enter');
    await counter.getByRole('heading', { name: '电子社保卡有效' }).waitFor();
    await counter.locator('.status-panel').getByText('周**', { exact: true }).waitFor();
    await checkPage(her, "family member's QR code");

    // She removes him: his e-card is no longer hers to open.
    await her.getByRole('link', { name: '返回' }).first().click();
    await her.getByRole('heading', { name: '亲情服务', level: 1 }).waitFor();
    await invited.getByRole('button', { name: '移除 周**' }).click();
    await checkPage(her, 'remove a family member, confirming');
    await her.getByRole('button', { name: '确定移除' }).click();
    await her.getByRole('status').getByText('已移除。').waitFor();
    await her.getByText('您还没有添加家庭成员。').waitFor();
    const gone = await her.request.get(
      `${env.platform.baseUrl}/api/v1/me/ecards/${ecardPath.split('/').pop()}`,
    );
    expect(gone.status()).toBe(404);
    expect(unexpectedConsole(problems)).toEqual([]);
    expect(unexpectedConsole(hisProblems)).toEqual([]);
  }, 150_000);
});
