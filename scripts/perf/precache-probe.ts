// What the service worker (src/integrations/service-worker.ts) downloads after
// a reader's first visit to save the site for offline reading: not part of the
// page's load, but bytes on the reader's data plan all the same. Loads the
// home page with service workers allowed, waits until the footer says the
// site is saved (data-offline-status data-state="ready"), and sums every
// response to a request the worker made, gzip as a static host sends it.
import type { Browser } from 'playwright-core';
import { FIRST_SCREEN_VIEWPORT } from '../../src/lib/perf/first-screen.ts';
import { pageWeight, resourceRecord, type PageWeight, type ResourceRecord } from '../../src/lib/perf/page-weight.ts';

export async function measurePrecache(browser: Browser, url: string): Promise<PageWeight | null> {
  const context = await browser.newContext({ viewport: FIRST_SCREEN_VIEWPORT, serviceWorkers: 'allow' });
  const pending: Promise<ResourceRecord>[] = [];
  try {
    // Context-level events include the service worker's own fetches (Chromium).
    context.on('response', (response) => {
      if (response.request().serviceWorker() === null || response.url().startsWith('data:')) return;
      pending.push(
        (async () => {
          // A worker's response bodies are not readable here; the server gzips (level 9) as our
          // counting does, so the encoded size on the wire is the same figure.
          const sizes = await response.request().sizes();
          const record = resourceRecord(response.url(), response.status(), (await response.allHeaders())['content-type'] ?? '', Buffer.alloc(0));
          return { ...record, rawBytes: sizes.responseBodySize, bytes: sizes.responseBodySize };
        })(),
      );
    });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    const hasWorker = await page.evaluate(() => document.querySelector('[data-offline-status][data-sw]') !== null);
    if (!hasWorker) return null;
    await page.waitForSelector('[data-offline-status][data-state="ready"], [data-offline-status][data-state="failed"]', { state: 'attached', timeout: 120_000 });
    const state = await page.getAttribute('[data-offline-status]', 'data-state');
    if (state !== 'ready') throw new Error(`precache: the service worker did not save the site (state ${state})`);
    return pageWeight(await Promise.all(pending));
  } finally {
    await context.close();
  }
}
