// Sub-benchmark of `npm run bench`: the time from a keystroke to the first
// search result on /search/, in Debian's Chromium, against an existing build
// (it builds nothing: run `npm run build` first).
//   node scripts/bench/search.ts [--dist DIR]
//
// For each query (Hama, HTS, Pedersen, 412, Aleppo) the query is typed in one
// quick burst and we time, inside the page, from the last keydown to the frame
// after the results list shows a result for that query (search-page.ts marks
// the list with data-query / data-state). That span includes the 120 ms
// debounce. Two figures, each the median of the five queries:
//   cold  a fresh page: click the box, type. Pagefind starts loading on focus,
//         so its script, WebAssembly and index load partly while typing.
//   warm  a page that has already searched once ("Syria"): only the new
//         words' index chunks and result fragments load.
// Files come from a local server, so network time is near zero: these are
// the figures of a fast connection, not of a phone on 3G.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../tooling/chromium.ts';
import { startStaticServer } from '../../tooling/static-server.ts';
import { formatTable, type BenchRow } from '../../tooling/perf/bench-row.ts';
import { median } from '../../tooling/perf/median.ts';
import { gzipSize } from '../../tooling/perf/page-weight.ts';
import { isCompressible } from '../../tooling/perf/resource-kind.ts';
import { DIST_DIR } from '../../tooling/site-build.ts';

export const SEARCH_QUERIES = ['Hama', 'HTS', 'Pedersen', '412', 'Aleppo'] as const;
const WARM_UP_QUERY = 'Syria';

export interface SearchSample {
  query: string;
  /** Milliseconds from the last keydown to the first result painted; null when the query found nothing. */
  coldMs: number | null;
  warmMs: number | null;
  results: number;
}

export interface SearchLatency {
  samples: SearchSample[];
  coldMedianMs: number;
  warmMedianMs: number;
  /** Bytes (gzip) the first search fetches: our search engine chunk, and pagefind's script, WebAssembly, index and fragments. */
  firstSearchBytesGzip: number;
  /** Scripts (gzip) the search page loads before the reader touches the box. */
  pageScriptBytesGzip: number;
}

export interface SearchBenchOptions {
  distDir?: string;
  /** The base the site was built for (astro.config.mjs BASE_PATH); default from the environment, else '/'. */
  base?: string;
  queries?: readonly string[];
}

/** Types `query` into the search box and returns the milliseconds from its last keydown to the painted result. */
async function timeQuery(page: Page, query: string): Promise<{ ms: number | null; results: number }> {
  await page.evaluate((q) => {
    const w = window as unknown as { __bench: { lastKey: number; done: number; results: number } };
    w.__bench = { lastKey: 0, done: 0, results: 0 };
    document.addEventListener('keydown', () => (w.__bench.lastKey = performance.now()), { capture: true });
    const list = document.querySelector<HTMLElement>('[data-search-results]');
    if (!list) throw new Error('bench-search: /search/ has no [data-search-results] list');
    const check = () => {
      const state = list.dataset['state'];
      if (list.dataset['query'] !== q || (state !== 'results' && state !== 'empty')) return;
      observer.disconnect();
      w.__bench.results = list.children.length;
      // The frame after the DOM change is when the reader can see it.
      requestAnimationFrame(() => (w.__bench.done = performance.now()));
    };
    const observer = new MutationObserver(check);
    observer.observe(list, { attributes: true, childList: true });
  }, query);
  await page.keyboard.type(query);
  await page.waitForFunction(() => (window as unknown as { __bench: { done: number } }).__bench.done > 0, undefined, {
    timeout: 30_000,
  });
  const { lastKey, done, results } = await page.evaluate(
    () => (window as unknown as { __bench: { lastKey: number; done: number; results: number } }).__bench,
  );
  return { ms: results > 0 ? done - lastKey : null, results };
}

interface OpenedSearch {
  page: Page;
  /** URL paths of every response the page has received. */
  fetched: Set<string>;
  /** Those received before the box was focused: the page itself. */
  withPage: Set<string>;
  close: () => Promise<void>;
}

/** A fresh context on /search/ with the box focused (which starts loading pagefind). */
async function openSearch(browser: Browser, siteUrl: string): Promise<OpenedSearch> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const fetched = new Set<string>();
  page.on('requestfinished', (r) => fetched.add(new URL(r.url()).pathname));
  await page.goto(new URL('search/', siteUrl).href, { waitUntil: 'networkidle' });
  const withPage = new Set(fetched);
  await page.click('#search-q');
  return { page, fetched, withPage, close: () => context.close() };
}

export async function measureSearchLatency(options: SearchBenchOptions = {}): Promise<SearchLatency> {
  const distDir = resolve(options.distDir ?? DIST_DIR);
  if (!existsSync(join(distDir, 'search', 'index.html')) || !existsSync(join(distDir, 'pagefind', 'pagefind.js'))) {
    throw new Error(`bench-search: ${distDir} has no search page or no pagefind index; run \`npm run build\` first`);
  }
  const rawBase = options.base ?? process.env['BASE_PATH'] ?? '/';
  const base = rawBase.endsWith('/') ? rawBase : `${rawBase}/`;
  const server = await startStaticServer({ root: distDir, base });
  const browser = await launchChromium();
  try {
    const samples: SearchSample[] = [];
    let firstSearchBytesGzip = 0;
    let pageScriptBytesGzip = 0;
    for (const [i, query] of (options.queries ?? SEARCH_QUERIES).entries()) {
      const cold = await openSearch(browser, server.url);
      const coldRun = await timeQuery(cold.page, query);
      if (i === 0) {
        const isScript = (p: string) => p.endsWith('.js');
        pageScriptBytesGzip = await gzipBytes(distDir, base, [...cold.withPage].filter(isScript));
        firstSearchBytesGzip = await gzipBytes(distDir, base, [...cold.fetched].filter((p) => !cold.withPage.has(p)));
      }
      await cold.close();

      const warm = await openSearch(browser, server.url);
      await timeQuery(warm.page, WARM_UP_QUERY);
      await warm.page.fill('#search-q', '');
      await warm.page.waitForSelector('[data-search-results][data-state="idle"]', { state: 'attached' });
      const warmRun = await timeQuery(warm.page, query);
      await warm.close();
      samples.push({ query, coldMs: coldRun.ms, warmMs: warmRun.ms, results: coldRun.results });
    }
    const found = (key: 'coldMs' | 'warmMs') => samples.flatMap((s) => (s[key] === null ? [] : [s[key]]));
    return {
      samples,
      coldMedianMs: median(found('coldMs')),
      warmMedianMs: median(found('warmMs')),
      firstSearchBytesGzip,
      pageScriptBytesGzip,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Sum of the gzip sizes of built files named by URL path (pagefind's own files are already compressed). */
async function gzipBytes(distDir: string, base: string, paths: readonly string[]): Promise<number> {
  let total = 0;
  for (const path of new Set(paths)) {
    const file = join(distDir, decodeURIComponent(path.slice(base.length)));
    if (!existsSync(file)) continue;
    const bytes = await readFile(file);
    // .pf_* files and the wasm are gzip streams already: counted as they are (isCompressible sees that).
    total += isCompressible(file, '', bytes) ? gzipSize(bytes) : bytes.length;
  }
  return total;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/** Entry point for scripts/bench/index.ts. */
export async function bench(options: SearchBenchOptions = {}): Promise<BenchRow[]> {
  const result = await measureSearchLatency(options);
  for (const s of result.samples) {
    const show = (ms: number | null) => (ms === null ? 'no result' : `${round(ms)} ms`);
    console.error(`bench-search: "${s.query}": ${s.results} result(s), cold ${show(s.coldMs)}, warm ${show(s.warmMs)}`);
  }
  const n = result.samples.length;
  return [
    { group: 'search', metric: `keystroke → first result, cold page (median of ${n})`, value: round(result.coldMedianMs), unit: 'ms' },
    { group: 'search', metric: `keystroke → first result, index loaded (median of ${n})`, value: round(result.warmMedianMs), unit: 'ms' },
    { group: 'search', metric: '/search/ scripts at load (gzip)', value: result.pageScriptBytesGzip, unit: 'B' },
    { group: 'search', metric: 'first search downloads: engine + index (gzip)', value: result.firstSearchBytesGzip, unit: 'B' },
  ];
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { dist: { type: 'string' } } });
  bench(values.dist ? { distDir: values.dist } : {})
    .then(async (rows) => {
      console.log(formatTable(rows));
    })
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    });
}
