import type { Page } from 'playwright-core';

/**
 * The sign-in code of the newest code message to the (masked) phone, read off the development
 * outbox page `/dev/sms` as a person would read their phone.
 */
export async function latestSmsCode(
  page: Page,
  baseUrl: string,
  maskedPhone: string,
): Promise<string> {
  const response = await page.request.get(`${baseUrl}/dev/sms`);
  if (response.status() !== 200) throw new Error(`/dev/sms answered ${response.status()}`);
  // Newest first: the first code to this phone is the latest. Other texts to the same phone (a
  // card's news, a transfer's step) may come between, delivered by the worker at its own pace.
  const code = (await response.text())
    .split('<li>')
    .filter((item) => item.includes(`<strong>${maskedPhone}</strong>`))
    .map((item) => /验证码是 (\d{6})/.exec(item)?.[1])
    .find((found) => found !== undefined);
  if (!code) throw new Error(`no sign-in code for ${maskedPhone} on /dev/sms`);
  return code;
}
