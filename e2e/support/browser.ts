import { execFileSync } from 'node:child_process';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';

/** Debian's Chromium, never a downloaded one: CHROMIUM_PATH or `which chromium`. */
function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error("Chromium not found: install Debian's `chromium` package or set CHROMIUM_PATH");
  }
}

/** Headless Chromium with the flags this machine needs (no sandbox as root, no background traffic). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Fails the test on any WCAG 2.2 AA violation that axe-core finds on the page as it is now. */
export async function expectNoAccessibilityViolations(page: Page, state: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const violations = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(violations, `accessibility violations on ${state}`).toEqual([]);
}

/**
 * A fresh page at the given width that records console errors and script errors: a CSP
 * violation or a broken script shows there, and a journey must have none.
 */
export async function openPage(
  browser: Browser,
  width: number,
): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return { page, problems };
}

/** Whether the page fits its width without scrolling sideways (WCAG reflow at 320 px). */
export const reflows = (page: Page): Promise<boolean> =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

/**
 * axe-core on the page as it is; then, for a page wider than 320 px, the same at 320 px after
 * checking that it reflows, and back to its width. A page already at 320 px is checked for reflow.
 */
export async function expectAccessibleAtAnyWidth(page: Page, state: string): Promise<void> {
  await expectNoAccessibilityViolations(page, state);
  const wide = page.viewportSize();
  if (wide && wide.width > 320) {
    await page.setViewportSize({ width: 320, height: 900 });
    expect(await reflows(page), `${state} reflows at 320 px`).toBe(true);
    await expectNoAccessibilityViolations(page, `${state} at 320 px`);
    await page.setViewportSize(wide);
  } else {
    expect(await reflows(page), `${state} reflows`).toBe(true);
  }
}
