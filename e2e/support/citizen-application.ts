import type { Page } from 'playwright-core';
import { answerSignIn } from './citizen.ts';

/** A demo person as they apply: the phone they sign in with, and who they are. */
export interface Applicant {
  phone: string;
  maskedPhone: string;
  name: string;
  citizenId: string;
  /** The destination region, open for online employee-pension transfers. */
  destination: string;
  address: string;
  postCode: string;
}

/**
 * What a citizen does before an agency sees anything, in Chinese: signs in with a texted code,
 * binds the account to the demo person, proves it is them with the development face check, and
 * submits an employee-pension transfer application. Returns the reference on the confirmation
 * page and the address of the application in 我的申请.
 */
export async function submitTransferApplication(
  page: Page,
  baseUrl: string,
  applicant: Applicant,
): Promise<{ reference: string; applicationPath: string }> {
  await page.goto(`${baseUrl}/account`);
  await page.getByText('请先登录。').waitFor();
  await answerSignIn(page, { baseUrl, phone: applicant.phone, masked: applicant.maskedPhone });
  await page.getByRole('heading', { name: '我的账户' }).waitFor();

  await page.getByRole('link', { name: '绑定身份' }).click();
  await page.getByLabel('姓名', { exact: true }).fill(applicant.name);
  await page.getByLabel('身份证号码').fill(applicant.citizenId);
  await page.getByRole('button', { name: '绑定身份' }).click();
  await page.getByRole('heading', { name: '我的账户' }).waitFor();

  await page.getByRole('link', { name: '进行实人认证' }).click();
  await page.getByRole('checkbox', { name: '我已阅读并同意' }).check();
  await page.getByRole('radio', { name: '刷脸认证' }).check();
  await page.getByRole('button', { name: '继续' }).click();
  await page.getByRole('button', { name: '模拟认证通过' }).click();
  await page.getByRole('heading', { name: '我的账户' }).waitFor();

  await page.goto(
    `${baseUrl}/transfer-application?scheme=employee-pension&region=${applicant.destination}`,
  );
  await page.getByRole('heading', { name: '您可以在线申请转移', level: 1 }).waitFor();
  await page.getByRole('link', { name: '继续' }).click();
  await page.getByRole('heading', { name: '填写联系方式', level: 1 }).waitFor();
  await page.getByLabel('联系电话').fill(applicant.phone);
  await page.getByLabel('联系地址').fill(applicant.address);
  await page.getByLabel('邮政编码').fill(applicant.postCode);
  await page.getByRole('button', { name: '继续' }).click();
  await page.getByRole('heading', { name: '提交前请核对您的申请', level: 1 }).waitFor();
  await page.getByRole('button', { name: '确认并提交申请' }).click();
  await page.getByRole('heading', { name: '申请已提交', level: 1 }).waitFor();
  const reference = ((await page.locator('.reference').textContent()) ?? '').trim();
  await page.getByRole('link', { name: '查看我的申请' }).click();
  await page.getByRole('link', { name: `查看申请 ${reference}` }).click();
  await page.getByRole('heading', { name: '申请详情', level: 1 }).waitFor();
  return { reference, applicationPath: new URL(page.url()).pathname };
}
