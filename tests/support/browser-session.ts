// One Chromium per test file, and a way to open a page of the built site in a
// fresh context with its problems recorded. Call useBrowser() at the top of a
// test file; it registers the beforeAll/afterAll hooks.
import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { launchChromium } from '../../tooling/chromium.ts';
import { watchPage, type PageProblems } from '../../tooling/page-problems.ts';

export interface OpenOptions {
  /** false gives a context with JavaScript disabled (the no-JS reader). */
  javaScript?: boolean;
  width?: number;
  height?: number;
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** The main document's response. */
  response: Response | null;
  problems: PageProblems;
}

export interface BrowserSession {
  readonly browser: Browser;
  /** Absolute URL of a site path such as '/articles/x/' (respects the base). */
  url(path: string): string;
  open(path: string, options?: OpenOptions): Promise<OpenedPage>;
}

export function siteUrl(path: string): string {
  return new URL(path.replace(/^\//, ''), inject('siteUrl')).href;
}

export function useBrowser(): BrowserSession {
  let browser: Browser | undefined;
  beforeAll(async () => {
    const siteError = inject('siteError');
    if (siteError) throw new Error(siteError);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const session: BrowserSession = {
    get browser(): Browser {
      if (!browser) throw new Error('Chromium is not running: useBrowser() must be called at the top of the test file');
      return browser;
    },
    url: siteUrl,
    async open(path, options = {}) {
      const context = await session.browser.newContext({
        javaScriptEnabled: options.javaScript ?? true,
        viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
        colorScheme: options.colorScheme ?? 'light',
        reducedMotion: options.reducedMotion ?? 'no-preference',
      });
      const page = await context.newPage();
      const problems = watchPage(page);
      const response = await page.goto(siteUrl(path), { waitUntil: 'load' });
      return { page, context, response, problems };
    },
  };
  return session;
}
