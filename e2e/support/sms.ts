import type { Page } from 'playwright-core';

/**
 * The sign-in code of the newest text message to the (masked) phone, read off the development
 * outbox page `/dev/sms` as a person would read their phone.
 */
export async function latestSmsCode(
  page: Page,
  baseUrl: string,
  maskedPhone: string,
): Promise<string> {
  const response = await page.request.get(`${baseUrl}/dev/sms`);
  if (response.status() !== 200) throw new Error(`/dev/sms answered ${response.status()}`);
  // Newest first: the first message to this phone is the latest.
  const message = (await response.text())
    .split('<li>')
    .find((item) => item.includes(`<strong>${maskedPhone}</strong>`));
  const code = /验证码是 (\d{6})/.exec(message ?? '')?.[1];
  if (!code) throw new Error(`no sign-in code for ${maskedPhone} on /dev/sms`);
  return code;
}
