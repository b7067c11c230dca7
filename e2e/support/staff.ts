import type { Page } from 'playwright-core';

/** The password of every demo staff account (server/src/modules/staff/seed/demo-staff.ts). */
export const DEMO_STAFF_PASSWORD = 'shebao demo staff 2026';

/**
 * The current TOTP code of a demo staff account, read off the development page `/dev/totp` as a
 * newcomer would read it instead of an authenticator app.
 */
export async function currentTotpCode(
  page: Page,
  baseUrl: string,
  username: string,
): Promise<string> {
  const response = await page.request.get(`${baseUrl}/dev/totp`);
  if (response.status() !== 200) throw new Error(`/dev/totp answered ${response.status()}`);
  const item = (await response.text())
    .split('<li>')
    .find((line) => line.startsWith(`<strong>${username}</strong>`));
  const code = /<code>(\d{6})<\/code>/.exec(item ?? '')?.[1];
  if (!code) throw new Error(`no TOTP code for ${username} on /dev/totp`);
  return code;
}

/**
 * Signs a demo member of agency staff in as they would: the work queues, signed out, send them to
 * the staff sign-in page; user name, password and the current code; back at the work queues.
 * The session cookie then belongs to every page of the browser context.
 */
export async function signInAsStaff(page: Page, baseUrl: string, username: string): Promise<void> {
  await page.goto(`${baseUrl}/agency`);
  await page.getByRole('heading', { name: '工作人员登录', level: 1 }).waitFor();
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(DEMO_STAFF_PASSWORD);
  await page.getByLabel('动态验证码').fill(await currentTotpCode(page, baseUrl, username));
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.getByRole('heading', { name: '工作队列', level: 1 }).waitFor();
}
