import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser.ts';
import { startPlatform } from './platform.ts';

export type Platform = Awaited<ReturnType<typeof startPlatform>>;

/** What a browser test file runs against: its own platform (fresh database) and one Chromium. */
export interface PlatformAndBrowser {
  readonly platform: Platform;
  readonly browser: Browser;
}

/**
 * Registers the hooks that start the platform and Chromium before the file's tests and close
 * both after them. Call it inside `describe`; read `platform` and `browser` inside tests only
 * (they exist once `beforeAll` has run).
 */
export function usePlatformAndBrowser(
  options: Parameters<typeof startPlatform>[0] = {},
): PlatformAndBrowser {
  let platform: Platform | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    platform = await startPlatform(options);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the ${what} is not started: read it inside a test`);
    return value;
  };
  return {
    get platform() {
      return started(platform, 'platform');
    },
    get browser() {
      return started(browser, 'browser');
    },
  };
}
