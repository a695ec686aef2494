// Loads one page in Chromium as a first-time mobile visitor and records every
// response it receives until the network is quiet: the page weight "at load".
// "Quiet" is checked twice: after the load event, and again after the browser
// has been idle once, because some pages fetch on idle what every visitor
// downloads anyway (Starlight loads its whole search UI that way).
// Nothing may leave the machine: hosts other than 127.0.0.1 do not resolve,
// and a request to one is recorded as blocked (a peer theme's web font, say).
// Service workers are blocked: what one precaches after load is not the
// page's load (scripts/bench/pages.ts reports a precache separately).
// With `readToEnd`, the reader then scrolls to the bottom a screen at a time
// and the network is let go quiet again: the weight "read to the end", which
// includes what loads lazily (the maps' image files and data).
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts';
import { FIRST_SCREEN_VIEWPORT } from './first-screen.ts';
import { pageWeight, resourceRecord, type PageWeight, type ResourceRecord } from './page-weight.ts';

/** Every host but loopback fails to resolve, so neither a page nor Chromium reaches the internet. */
export const LOOPBACK_ONLY = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1';
export const BENCH_CHROMIUM_ARGS = [...CHROMIUM_ARGS, LOOPBACK_ONLY];

export function launchBenchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: BENCH_CHROMIUM_ARGS });
}

export interface LoadedPage {
  url: string;
  records: ResourceRecord[];
  weight: PageWeight;
  /** Requests to other hosts, which were refused. */
  external: string[];
  /** Responses whose status was 400 or more (counted in the weight all the same). */
  errors: string[];
}

const isLoopback = (url: string) => {
  const { protocol, hostname } = new URL(url);
  return protocol === 'data:' || protocol === 'blob:' || hostname === '127.0.0.1';
};

/** A function that resolves once no request has been in flight for `quietMs` (at most `maxMs` after it is called). */
function networkQuiet(page: Page, quietMs = 500, maxMs = 15_000): () => Promise<void> {
  let inflight = 0;
  let last = performance.now();
  const touch = () => (last = performance.now());
  page.on('request', () => {
    inflight++;
    touch();
  });
  const done = () => {
    inflight = Math.max(0, inflight - 1);
    touch();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return async () => {
    const started = performance.now();
    while (performance.now() - started < maxMs) {
      if (inflight === 0 && performance.now() - last >= quietMs) return;
      await new Promise((wake) => setTimeout(wake, 50));
    }
  };
}

/** Scrolls to the bottom a screen at a time, as a reader does, so that what loads near the viewport loads. */
async function readToTheEnd(page: Page): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const more = await page.evaluate(() => {
      const before = window.scrollY;
      window.scrollBy(0, window.innerHeight);
      return window.scrollY > before;
    });
    await new Promise((wake) => setTimeout(wake, 100));
    if (!more) return;
  }
}

export interface LoadOptions {
  viewport?: { width: number; height: number };
  /** Scroll to the bottom after the load, and count what that loads too. */
  readToEnd?: boolean;
}

export async function loadPage(browser: Browser, url: string, options: LoadOptions = {}): Promise<LoadedPage> {
  const viewport = options.viewport ?? FIRST_SCREEN_VIEWPORT;
  const context = await browser.newContext({ viewport, isMobile: true, hasTouch: true, serviceWorkers: 'block' });
  const external: string[] = [];
  const errors: string[] = [];
  const pending: Promise<ResourceRecord | null>[] = [];
  try {
    await context.route('**/*', (route) => {
      const target = route.request().url();
      if (isLoopback(target)) return route.continue();
      external.push(target);
      return route.abort('namenotresolved');
    });
    const page = await context.newPage();
    const quiet = networkQuiet(page);
    page.on('response', (response) => {
      const responseUrl = response.url();
      if (responseUrl.startsWith('data:')) return;
      if (response.status() >= 400) errors.push(`${response.status()} ${responseUrl}`);
      pending.push(
        (async () => {
          // A redirect has no body; it still cost a round trip and its headers.
          const body = response.status() >= 300 && response.status() < 400 ? Buffer.alloc(0) : await response.body().catch(() => Buffer.alloc(0));
          return resourceRecord(responseUrl, response.status(), (await response.allHeaders())['content-type'] ?? '', body);
        })(),
      );
    });
    await page.goto(url, { waitUntil: 'load' });
    await quiet();
    await page.evaluate(() => new Promise<void>((done) => requestIdleCallback(() => done(), { timeout: 5000 })));
    await quiet();
    if (options.readToEnd) {
      await readToTheEnd(page);
      await quiet();
    }
    const records = (await Promise.all(pending)).filter((r): r is ResourceRecord => r !== null);
    return { url, records, weight: pageWeight(records), external, errors };
  } finally {
    await context.close();
  }
}
