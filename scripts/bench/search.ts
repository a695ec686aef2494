// Sub-benchmark of `npm run bench`: how long a reader waits for search, in
// Debian's Chromium, against an existing build (it builds nothing of ours: run
// `npm run build` first).
//   node scripts/bench/search.ts [--dist DIR] [--no-peers]
//
// Figures (issue 14):
//   first result  /search/ loaded, idle 1 s, the box focused, the query
//                 inserted as one input event; milliseconds from that event
//                 to the first result link with its excerpt in the DOM
//                 (tooling/perf/first-result.ts); median over the queries
//                 below, each in a fresh browser context. Target ≤ 30 ms.
//                 The same on the peer sites (Starlight's Pagefind dialog,
//                 Framework's MiniSearch box), built as scripts/bench/peers/
//                 builds them, and ours as a ratio to theirs.
//   header box    Enter in the header's box on the home page → the first
//                 result painted on /search/, with a warm cache (the reader
//                 has searched once before). Target ≤ 300 ms.
//   idle          what /search/ fetches after its load event while the
//                 reader has not typed yet: the engine and, on a small site,
//                 the whole index (src/lib/search/warm-up.ts), gzip; and how
//                 long after the load event the index is in memory.
// Files come from the bench's compressing server on 127.0.0.1, so network
// time is near zero: these are the figures of a fast connection.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { formatTable, type BenchRow } from '../../tooling/perf/bench-row.ts';
import { firstResultMs, type SearchTarget } from '../../tooling/perf/first-result.ts';
import { median } from '../../tooling/perf/median.ts';
import { resourceRecord } from '../../tooling/perf/page-weight.ts';
import { launchBenchChromium } from '../../tooling/perf/page-load.ts';
import { DIST_DIR } from '../../tooling/site-build.ts';
import { startCompressingServer } from './compressing-server.ts';
import { PEER_NAMES, peerSite } from './peers/peer-sites.ts';

export const SEARCH_QUERIES = ['Hama', 'HTS', 'Pedersen', '412', 'Aleppo'] as const;

const FIRST_RESULT_TARGET_MS = 30;
const HEADER_BOX_TARGET_MS = 300;

/** Our /search/ page, as tooling/perf/first-result.ts drives it. */
export function ourSearch(siteUrl: string): SearchTarget {
  return {
    label: 'ours',
    url: new URL('search/', siteUrl).href,
    input: '#search-q',
    link: '[data-search-results] [data-result-link]',
    excerpt: '[data-search-results] .search-result-excerpt',
  };
}

/** Starlight: its search is a dialog on every page, opened by a button the script enables. */
function starlightSearch(siteUrl: string, label: string): SearchTarget {
  return {
    label,
    url: siteUrl,
    open: async (page) => {
      await page.click('button[data-open-modal]:not([disabled])');
      await page.waitForSelector('#starlight__search input', { state: 'visible' });
    },
    input: '#starlight__search input',
    link: '.pagefind-ui__result-link',
    excerpt: '.pagefind-ui__result-excerpt',
  };
}

/** Observable Framework: a box in the sidebar; its results are titles, without excerpts. */
function frameworkSearch(siteUrl: string, label: string): SearchTarget {
  return { label, url: siteUrl, input: '#observablehq-search input', link: '#observablehq-search-results a' };
}

export interface FirstResultFigures {
  label: string;
  samples: { query: string; ms: number }[];
  medianMs: number;
}

export async function measureFirstResult(browser: Browser, target: SearchTarget, queries: readonly string[] = SEARCH_QUERIES): Promise<FirstResultFigures> {
  const samples: { query: string; ms: number }[] = [];
  for (const query of queries) samples.push({ query, ms: await firstResultMs(browser, target, query) });
  return { label: target.label, samples, medianMs: median(samples.map((s) => s.ms)) };
}

/**
 * Enter in the header box of the home page → the first result painted on
 * /search/, after one earlier search in the same context (a warm cache).
 * Measured across the navigation with the shared clock of performance.timeOrigin.
 */
async function headerBoxMs(browser: Browser, siteUrl: string, query: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    await context.addInitScript(() => {
      const now = () => performance.timeOrigin + performance.now();
      document.addEventListener(
        'keydown',
        (event) => {
          const box = event.target as HTMLElement | null;
          if (event.key === 'Enter' && box?.closest('header form[role="search"]')) sessionStorage.setItem('bench-enter', String(now()));
        },
        { capture: true },
      );
      const enter = Number(sessionStorage.getItem('bench-enter'));
      if (!enter || !location.pathname.endsWith('/search/')) return;
      const observer = new MutationObserver(() => {
        if (!document.querySelector('[data-search-results] [data-result-link]')) return;
        observer.disconnect();
        // The frame after the DOM change is when the reader sees it.
        requestAnimationFrame(() => sessionStorage.setItem('bench-painted', String(now() - enter)));
      });
      document.addEventListener('DOMContentLoaded', () => observer.observe(document.body, { childList: true, subtree: true }));
    });
    const page = await context.newPage();
    // The warm cache: this reader has used search before.
    await page.goto(new URL(`search/?q=${encodeURIComponent(query)}`, siteUrl).href, { waitUntil: 'networkidle' });
    await page.goto(siteUrl, { waitUntil: 'load' });
    await page.fill('header input[name="q"]', query);
    await page.press('header input[name="q"]', 'Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await page.waitForFunction(() => sessionStorage.getItem('bench-painted') !== null, undefined, { timeout: 30_000 });
    return Number(await page.evaluate(() => sessionStorage.getItem('bench-painted')));
  } finally {
    await context.close();
  }
}

/** Marked by src/client/search/search-page.ts once the engine and index are in memory. */
const WARM_MARK = 'search-index-warm';

/**
 * What /search/ does after its load event while the reader has not typed:
 * the gzip bytes it fetches, and when its index is in memory (ms after the
 * load event).
 */
async function idleWarmUp(browser: Browser, siteUrl: string): Promise<{ bytes: number; readyMs: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    let loaded = false;
    const pending: Promise<number>[] = [];
    page.on('response', (response) => {
      if (!loaded) return;
      pending.push(
        (async () => resourceRecord(response.url(), response.status(), (await response.allHeaders())['content-type'] ?? '', await response.body().catch(() => Buffer.alloc(0))).bytes)(),
      );
    });
    await page.goto(new URL('search/', siteUrl).href, { waitUntil: 'load' });
    loaded = true;
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, WARM_MARK, { timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    const readyMs = await page.evaluate((mark) => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return performance.getEntriesByName(mark)[0]!.startTime - nav.loadEventEnd;
    }, WARM_MARK);
    return { bytes: (await Promise.all(pending)).reduce((a, b) => a + b, 0), readyMs };
  } finally {
    await context.close();
  }
}

export interface SearchBenchOptions {
  distDir?: string;
  /** The base the site was built for (astro.config.mjs BASE_PATH); default from the environment, else '/'. */
  base?: string;
  queries?: readonly string[];
  /** Also measure the peer sites (built on demand; see scripts/bench/peers/). Default true. */
  peers?: boolean;
}

export interface SearchFigures {
  ours: FirstResultFigures;
  headerBox: { samples: number[]; medianMs: number };
  idle: { bytes: number; readyMs: number };
  peers: FirstResultFigures[];
}

export async function measureSearch(options: SearchBenchOptions = {}): Promise<SearchFigures> {
  const distDir = resolve(options.distDir ?? DIST_DIR);
  if (!existsSync(join(distDir, 'search', 'index.html')) || !existsSync(join(distDir, 'pagefind', 'pagefind.js'))) {
    throw new Error(`bench-search: ${distDir} has no search page or no pagefind index; run \`npm run build\` first`);
  }
  const queries = options.queries ?? SEARCH_QUERIES;
  const rawBase = options.base ?? process.env['BASE_PATH'] ?? '/';
  const server = await startCompressingServer({ root: distDir, base: rawBase.endsWith('/') ? rawBase : `${rawBase}/` });
  const browser = await launchBenchChromium();
  try {
    const ours = await measureFirstResult(browser, ourSearch(server.url), queries);
    const header: number[] = [];
    for (const query of queries) header.push(await headerBoxMs(browser, server.url, query));
    const idle = await idleWarmUp(browser, server.url);
    const peers: FirstResultFigures[] = [];
    for (const name of options.peers === false ? [] : PEER_NAMES) {
      let site;
      try {
        site = await peerSite(name);
      } catch (error) {
        console.error(`bench-search: the ${name} peer could not be built, so no ratio to it:\n${error instanceof Error ? error.message : String(error)}`);
        continue;
      }
      const peerServer = await startCompressingServer({ root: site.distDir });
      try {
        const label = `${site.label} ${site.version}`;
        const target = name === 'starlight' ? starlightSearch(peerServer.url, label) : frameworkSearch(peerServer.url, label);
        peers.push(await measureFirstResult(browser, target, queries));
      } finally {
        await peerServer.close();
      }
    }
    return { ours, headerBox: { samples: header, medianMs: median(header) }, idle, peers };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Our first-result figure alone, on a build in `distDir` served at `base` (scripts/bench/scale.ts). */
export async function ourFirstResult(distDir: string, base = '/'): Promise<FirstResultFigures> {
  const server = await startCompressingServer({ root: distDir, base });
  const browser = await launchBenchChromium();
  try {
    return await measureFirstResult(browser, ourSearch(server.url));
  } finally {
    await browser.close();
    await server.close();
  }
}

const round = (ms: number) => Math.round(ms * 10) / 10;

export function searchRows(figures: SearchFigures): BenchRow[] {
  const { ours, headerBox, idle, peers } = figures;
  const n = ours.samples.length;
  const rows: BenchRow[] = [
    {
      group: 'search',
      metric: `input → first result with excerpt, /search/ idle 1 s (median of ${n} fresh contexts)`,
      value: round(ours.medianMs),
      unit: 'ms',
      target: `≤ ${FIRST_RESULT_TARGET_MS}`,
      ok: ours.medianMs <= FIRST_RESULT_TARGET_MS,
    },
    {
      group: 'search',
      metric: `header box: Enter → results painted, warm cache (median of ${headerBox.samples.length})`,
      value: round(headerBox.medianMs),
      unit: 'ms',
      target: `≤ ${HEADER_BOX_TARGET_MS}`,
      ok: headerBox.medianMs <= HEADER_BOX_TARGET_MS,
    },
    { group: 'search', metric: '/search/ downloads while idle: engine + index (gzip)', value: idle.bytes, unit: 'B' },
    { group: 'search', metric: '/search/ index in memory, after the load event', value: Math.round(idle.readyMs), unit: 'ms' },
  ];
  for (const peer of peers) {
    rows.push({ group: `search: ${peer.label}`, metric: `input → first result (median of ${peer.samples.length} fresh contexts)`, value: round(peer.medianMs), unit: 'ms' });
    rows.push({ group: `search: ours / ${peer.label}`, metric: 'input → first result', value: Math.round((ours.medianMs / peer.medianMs) * 1000) / 1000, unit: '×' });
  }
  return rows;
}

/** Entry point for scripts/bench/index.ts. */
export async function bench(options: SearchBenchOptions = {}): Promise<BenchRow[]> {
  const figures = await measureSearch(options);
  for (const f of [figures.ours, ...figures.peers]) {
    console.error(`bench-search: ${f.label}: ${f.samples.map((s) => `"${s.query}" ${round(s.ms)} ms`).join(', ')}`);
  }
  console.error(`bench-search: header box: ${figures.headerBox.samples.map((ms) => `${round(ms)} ms`).join(', ')}`);
  return searchRows(figures);
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { dist: { type: 'string' }, 'no-peers': { type: 'boolean' } } });
  const rows = await bench({ ...(values.dist ? { distDir: values.dist } : {}), peers: !values['no-peers'] });
  console.log(formatTable(rows));
}
