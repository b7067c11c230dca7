import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAccessibilityViolations, openPage, reflows } from './support/browser.ts';
import { answerSignIn } from './support/citizen.ts';
import { usePlatformAndBrowser } from './support/platform-and-browser.ts';

/**
 * The transfer application in English, with the elder-friendly mode, on a 320 px phone: binding
 * and the face check (development adapter) each come back to the application; then the form,
 * check your answers, the confirmation, My applications — and a withdrawal from a page left open
 * after the application was withdrawn in another tab, which the server refuses with 409. Every
 * state is checked with axe-core and for reflow.
 */
describe('the transfer application in English in a browser', () => {
  const env = usePlatformAndBrowser();
  const apply = '/transfer-application?scheme=employee-pension&region=440100';

  async function check(page: Page, state: string) {
    expect(await reflows(page), `${state} reflows at 320 px`).toBe(true);
    await expectNoAccessibilityViolations(page, state);
  }

  /** The API answers the pages expect: 401 before signing in, 409 for the stale withdrawal. */
  const unexpected = (problems: string[]) => problems.filter((p) => !/status of (401|409)/.test(p));

  it('applies, comes back from confirming and proving who they are, and withdraws', async () => {
    const { page, problems } = await openPage(env.browser, 320);
    await page.goto(`${env.platform.baseUrl}/`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Elder-friendly mode' }).click();
    expect(
      await page.getByRole('button', { name: 'Elder-friendly mode' }).getAttribute('aria-pressed'),
    ).toBe('true');

    // Sign in first, then back to the application, which asks who the person is.
    await page.goto(`${env.platform.baseUrl}${apply}`);
    await page.getByText('Sign in first.').waitFor();
    await answerSignIn(page, {
      baseUrl: env.platform.baseUrl,
      phone: '139 0000 6601',
      masked: '139****6601',
      language: 'en',
    });
    await page.getByRole('heading', { name: 'Can you apply online?', level: 1 }).waitFor();
    await page.getByText('Before you apply, confirm who you are.').waitFor();
    await page.getByText('Then you come back to this page to continue.').waitFor();
    await check(page, 'eligibility, not bound');

    await page.getByRole('link', { name: 'Confirm who you are' }).click();
    await page.getByRole('heading', { name: 'Confirm who you are', level: 1 }).waitFor();
    await check(page, 'bind question, from the application');
    await page.getByLabel('Name', { exact: true }).fill('周子航');
    await page.getByLabel('ID number').fill('510104 19900821 1358');
    await page.getByRole('button', { name: 'Confirm who you are' }).click();
    await page.getByRole('heading', { name: 'You can apply online', level: 1 }).waitFor();
    expect(new URL(page.url()).search).toBe('?scheme=employee-pension&region=440100');
    await page
      .getByRole('status')
      .getByText('You have confirmed who you are. Continue your application.')
      .waitFor();
    await page.getByText('Before you submit an application, prove it is you.').waitFor();
    await check(page, 'eligible, bound, not authenticated');

    // The face check, through the development adapter; Back on the consent page returns here.
    await page.getByRole('link', { name: 'Prove it is you' }).click();
    await page.getByRole('heading', { name: 'Prove it is you', level: 1 }).waitFor();
    expect(await page.getByRole('link', { name: 'Back' }).getAttribute('href')).toBe(apply);
    await check(page, 'consent page, from the application');
    await page.getByRole('checkbox', { name: 'I have read and agree' }).check();
    await page.getByRole('radio', { name: 'Face check' }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page
      .getByRole('heading', {
        name: 'Development: simulated face check (no face is captured)',
        level: 1,
      })
      .waitFor();
    await check(page, 'development face check, from the application');
    await page.getByRole('button', { name: 'Simulate a passed check' }).click();
    await page.getByRole('heading', { name: 'You can apply online', level: 1 }).waitFor();
    expect(new URL(page.url()).search).toBe('?scheme=employee-pension&region=440100');
    await page
      .getByRole('status')
      .getByText('You have proved it is you. Continue your application.')
      .waitFor();
    await page
      .getByText('Next, give your contact details, check them and submit the application.')
      .waitFor();
    await check(page, 'eligible and authenticated');

    // The form: every error listed, then the answers.
    await page.getByRole('link', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: 'Your contact details', level: 1 }).waitFor();
    await check(page, 'application form');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    expect(await page.title()).toMatch(/^Error/);
    await page
      .getByRole('link', { name: 'Enter your postal address (at least 5 characters)' })
      .waitFor();
    await page.getByRole('link', { name: 'Enter a 6-digit post code' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('post-code');
    await check(page, 'application form with errors');
    await page.getByLabel('Contact phone').fill('139 0000 6601');
    await page.getByLabel('Postal address').fill('1 Tiyu West Road, Tianhe, Guangzhou');
    await page.getByLabel('Post code').fill('510620');
    await page.getByRole('button', { name: 'Continue' }).click();

    await page
      .getByRole('heading', { name: 'Check your answers before submitting', level: 1 })
      .waitFor();
    await page.getByText('1 Tiyu West Road, Tianhe, Guangzhou').waitFor();
    await check(page, 'check your answers');
    await page.getByRole('button', { name: 'Confirm and submit' }).click();

    await page.getByRole('heading', { name: 'Application submitted', level: 1 }).waitFor();
    await page.getByText(/^Review deadline( \(provisional\))?: /).waitFor();
    const reference = (await page.locator('.reference').textContent()) ?? '';
    expect(reference).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}$/);
    await check(page, 'confirmation');

    await page.getByRole('link', { name: 'View my applications' }).click();
    await page.getByRole('heading', { name: 'My applications', level: 1 }).waitFor();
    await check(page, 'my applications');
    await page.getByRole('link', { name: `View application ${reference}` }).click();
    await page.getByRole('heading', { name: 'Application details', level: 1 }).waitFor();
    await page.locator('.tag', { hasText: 'Submitted' }).waitFor();
    await check(page, 'application details');

    // Another tab withdraws it first; this page still offers withdrawal, and the server says 409.
    const detailUrl = page.url();
    const otherTab = await page.context().newPage();
    await otherTab.goto(detailUrl);
    await otherTab.getByRole('button', { name: 'Withdraw application' }).click();
    await otherTab.getByRole('button', { name: 'Yes, withdraw it' }).click();
    await otherTab.getByText('The application has been withdrawn.').waitFor();
    await otherTab.close();

    await page.getByRole('button', { name: 'Withdraw application' }).click();
    await page
      .getByRole('heading', { name: 'Are you sure you want to withdraw this application?' })
      .waitFor();
    await check(page, 'withdraw confirmation');
    const refused = page.waitForResponse((r) => r.url().endsWith('/withdraw'));
    await page.getByRole('button', { name: 'Yes, withdraw it' }).click();
    expect((await refused).status()).toBe(409);
    const alert = page.getByRole('alert');
    await alert.getByRole('heading', { name: 'The application was not withdrawn' }).waitFor();
    await alert
      .getByText(
        'This application has changed and can no longer be withdrawn. See its latest progress.',
      )
      .waitFor();
    // The page now shows the application as it is: withdrawn, with nothing left to withdraw.
    await page.locator('.tag', { hasText: 'Withdrawn' }).waitFor();
    await page.getByText('Withdrawn by the applicant').waitFor();
    expect(await page.getByRole('button', { name: 'Withdraw application' }).count()).toBe(0);
    expect(await page.getByText('The application has been withdrawn.').count()).toBe(0);
    await check(page, 'withdrawal refused: changed in another tab');
    expect(unexpected(problems)).toEqual([]);
  });
});
