import type { Page } from 'playwright-core';
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
 * Renewing a social security card in English with the elder-friendly mode on a 320 px phone: a
 * card years from its expiry is refused (422) with the first day a renewal may be asked for, the
 * same day the card page named beforehand, and a replacement is asked for instead; 吴国平's card, 30 days from its expiry, is renewed and
 * shows the request waiting for the agency. Every state is checked with axe-core.
 */
describe('renewing a social security card, in a browser', () => {
  const env = usePlatformAndBrowser();

  /** English and the elder-friendly mode, chosen on the home page and remembered. */
  async function englishElderPage() {
    const opened = await openPage(env.browser, 320);
    await opened.page.goto(`${env.platform.baseUrl}/`);
    await opened.page.getByRole('button', { name: 'English' }).click();
    await opened.page.getByRole('button', { name: 'Elder-friendly mode' }).click();
    return opened;
  }

  /** The one card of the signed-in holder, as the API gives it. */
  async function onlyCard(page: Page) {
    const answer = await page.request.get(`${env.platform.baseUrl}/api/v1/me/cards`);
    const { cards } = (await answer.json()) as {
      cards: { expiresOn: string; renewal: { allowedFrom: string } }[];
    };
    expect(cards).toHaveLength(1);
    return cards[0]!;
  }

  const english = (isoDate: string) =>
    new Date(`${isoDate}T00:00:00Z`).toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });

  it('refuses a renewal too early with the day from which it may be asked', async () => {
    const { page, problems } = await englishElderPage();
    const citizenId = '510104199008211358';
    await openMyCards(
      page,
      env.platform.baseUrl,
      { phone: '139 0000 8821', maskedPhone: '139****8821', name: '周子航', citizenId },
      'en',
    );
    const card = await onlyCard(page);
    const from = english(card.renewal.allowedFrom);
    await page.getByRole('link', { name: /^View card / }).click();
    await page.getByRole('heading', { name: 'Card details', level: 1 }).waitFor();
    await page
      .getByText(
        `This card is valid until ${english(card.expiresOn)}. You can ask for a renewal in the 60 days before it expires, that is from ${from}.`,
      )
      .waitFor();
    await checkPage(page, 'card in use, English elder mode');

    await page.getByRole('link', { name: 'Renew the card' }).click();
    await page.getByRole('heading', { name: 'Renew your card', level: 1 }).waitFor();
    await proveItIsYouFromCardPage(page, await env.platform.issueCounterCode(citizenId), 'en');
    await page.getByRole('button', { name: 'Ask for a renewal' }).click();

    const alert = page.getByRole('alert');
    await alert.getByText(`You cannot ask for a renewal yet.`, { exact: false }).waitFor();
    expect(await alert.textContent()).toContain(`you can ask from ${from}.`);
    await alert.getByRole('link', { name: 'Ask for a replacement' }).waitFor();
    expect(await page.title()).toMatch(/^Error: Renew your card/);
    await checkPage(page, 'renewal refused as too early');

    // The refusal's way forward: a replacement, which any card in use may ask for.
    await alert.getByRole('link', { name: 'Ask for a replacement' }).click();
    await page.getByRole('heading', { name: 'Replace your card', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Ask for a replacement' }).click();
    await page
      .getByRole('heading', { name: 'You have asked for a replacement', level: 1 })
      .waitFor();
    await page.locator('.card-facts').getByText('Replacement in progress').waitFor();
    await checkPage(page, 'replacement asked for');
    expect(unexpectedConsole(problems, /status of (401|422)/)).toEqual([]);
  });

  it('renews a card within 60 days of its expiry', async () => {
    const { page, problems } = await englishElderPage();
    const citizenId = '210102197703151139';
    await openMyCards(
      page,
      env.platform.baseUrl,
      { phone: '139 0000 8822', maskedPhone: '139****8822', name: '吴国平', citizenId },
      'en',
    );
    const card = await onlyCard(page);
    await page.getByRole('link', { name: /^View card / }).click();
    await page
      .getByText(
        `This card is valid until ${english(card.expiresOn)}. You can ask for a renewal now.`,
      )
      .waitFor();
    await page.getByRole('link', { name: 'Renew the card' }).click();
    await page.getByRole('heading', { name: 'Renew your card', level: 1 }).waitFor();
    await proveItIsYouFromCardPage(page, await env.platform.issueCounterCode(citizenId), 'en');
    await checkPage(page, 'renewal, authenticated');
    await page.getByRole('button', { name: 'Ask for a renewal' }).click();

    await page.getByRole('heading', { name: 'You have asked for a renewal', level: 1 }).waitFor();
    await checkPage(page, 'renewal confirmation');
    await page.getByRole('link', { name: 'View this card' }).click();
    await page.getByRole('heading', { name: 'Card details', level: 1 }).waitFor();
    await page.locator('.card-facts').getByText('Renewal in progress').waitFor();
    expect(await page.locator('.timeline__item').first().textContent()).toMatch(
      /^Renewal asked forYou · \d{1,2} [A-Z][a-z]+ \d{4}/,
    );
    expect(await page.getByRole('link', { name: 'Renew the card' }).count()).toBe(0);
    await checkPage(page, 'card with a renewal in progress');
    expect(unexpectedConsole(problems)).toEqual([]);
  });
});
