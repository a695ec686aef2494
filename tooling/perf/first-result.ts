// Time to the first search result, measured the same way on our site and the
// peers' (issue 14): the page loaded, then idle for a second; the search box
// focused (opened first where a site hides it behind a button); the query
// inserted at once, as one input event; the time from that event to the
// moment the first result link (with its excerpt, where the site shows one)
// is in the DOM. One fresh browser context per query, so nothing is cached
// from an earlier one. Used by scripts/bench/search.ts.
import type { Browser, Page } from 'playwright-core';

export interface SearchTarget {
  /** "ours", "Starlight 0.42.4"… */
  label: string;
  /** The page to open (absolute URL). */
  url: string;
  /** Opens the search where a button must be pressed first (Starlight's dialog). */
  open?: (page: Page) => Promise<void>;
  /** The search box. */
  input: string;
  /** A result's link. */
  link: string;
  /** The result's excerpt, which must be in the DOM too; omitted where the site shows none. */
  excerpt?: string;
}

/** How long the page idles after its load event before the reader searches. */
export const IDLE_MS = 1000;

interface Probe {
  input: number;
  done: number;
}

/** Milliseconds from the one input event that inserts `query` to its first result in the DOM. */
export async function firstResultMs(browser: Browser, target: SearchTarget, query: string, viewport = { width: 1280, height: 800 }): Promise<number> {
  const context = await browser.newContext({ viewport });
  try {
    const page = await context.newPage();
    await page.goto(target.url, { waitUntil: 'load' });
    await page.waitForTimeout(IDLE_MS);
    await target.open?.(page);
    await page.focus(target.input);
    await page.evaluate(
      ({ link, excerpt }) => {
        const probe: Probe = { input: 0, done: 0 };
        (window as unknown as { __firstResult: Probe }).__firstResult = probe;
        // The event's own time stamp: when the browser created it, before any handler ran.
        document.addEventListener('input', (event) => (probe.input ||= event.timeStamp), { capture: true });
        const found = () => {
          const a = document.querySelector(link);
          return a !== null && (excerpt === undefined || document.querySelector(excerpt) !== null);
        };
        const observer = new MutationObserver(() => {
          if (probe.input === 0 || probe.done !== 0 || !found()) return;
          probe.done = performance.now();
          observer.disconnect();
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      },
      { link: target.link, ...(target.excerpt ? { excerpt: target.excerpt } : {}) },
    );
    await page.keyboard.insertText(query);
    await page.waitForFunction(() => (window as unknown as { __firstResult: Probe }).__firstResult.done > 0, undefined, { timeout: 30_000 });
    const probe = await page.evaluate(() => (window as unknown as { __firstResult: Probe }).__firstResult);
    return probe.done - probe.input;
  } finally {
    await context.close();
  }
}
