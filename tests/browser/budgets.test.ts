// Size budgets (issues 4, 5, 6 and 14), in bytes, checked on the built site in
// Chromium: every response a page receives until the network is quiet,
// counted as gzip (tooling/perf/page-weight.ts), and the first screen as
// tooling/perf/first-screen.ts defines it. A failure names the page, the
// figure and the overage. Times are measured by `npm run bench`, never here.
//   explainer page   ≤ 60 KB in all at load, of which JavaScript ≤ 20 KB;
//                    ≤ 150 KB read to the end (every map it shows loaded)
//   embed page       ≤ 50 KB in all at load (every page under /embed/)
//   first screen     HTML + render-blocking CSS ≤ 14 KB, on every kind of page
//   offline          the service worker's first download ≤ 500 KB
// (The offline zip's 6 MB: tests/browser/export.test.ts, which makes it.)
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { BUDGETS, checkBudget, overages, type BudgetCheck } from '../../tooling/budgets.ts';
import { measureFirstScreen } from '../../tooling/perf/first-screen-probe.ts';
import { loadPage } from '../../tooling/perf/page-load.ts';
import { precacheWeight } from '../../tooling/perf/precache-weight.ts';
import { siteUrl, useBrowser } from '../support/browser-session.ts';

const session = useBrowser();
const dist = inject('distDir');

/** Pages under a folder of the build, as site paths; listed at collection time so each can be its own test. */
function pagesUnder(dir: string): string[] {
  const root = join(dist, dir);
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('index.html'))
    .map((f) => '/' + relative(dist, join(root, f)).split(sep).join('/').replace(/index\.html$/, ''))
    .sort();
}

const explainers = pagesUnder('explainers').filter((p) => p !== '/explainers/');
const embeds = pagesUnder('embed').filter((p) => p !== '/embed/');

describe('budgets: bytes at load', () => {
  it('has explainer pages to check', () => {
    expect(explainers.length).toBeGreaterThanOrEqual(2);
  });

  it.each(explainers)('explainer %s: ≤ 60 KB gzip in all at load, JavaScript ≤ 20 KB; ≤ 150 KB read to the end', async (path) => {
    const { weight } = await loadPage(session.browser, siteUrl(path));
    const read = await loadPage(session.browser, siteUrl(path), { readToEnd: true });
    const checks = [
      checkBudget(path, 'everything at load', weight.total, BUDGETS.explainerTotal),
      checkBudget(path, 'JavaScript at load', weight.bytes.js, BUDGETS.explainerJs),
      checkBudget(path, 'everything read to the end', read.weight.total, BUDGETS.explainerRead),
    ];
    expect(overages(checks)).toEqual([]);
    // Scrolling loaded the maps: what the page holds beyond the first screen is not all in its HTML
    // (a page whose only map is near the top has loaded it all already).
    if (path.includes('who-is-fighting')) expect(read.weight.total, 'more loads as the reader scrolls').toBeGreaterThan(weight.total);
    else expect(read.weight.total).toBeGreaterThanOrEqual(weight.total);
  });

  it('every embed page: ≤ 50 KB gzip in all', async () => {
    const checks: BudgetCheck[] = [];
    // A few at a time: each load ends with half a second of network quiet.
    for (let i = 0; i < embeds.length; i += 4) {
      const batch = embeds.slice(i, i + 4);
      const weights = await Promise.all(batch.map(async (path) => (await loadPage(session.browser, siteUrl(path))).weight));
      batch.forEach((path, k) => checks.push(checkBudget(path, 'everything at load', weights[k]?.total ?? Number.NaN, BUDGETS.embedTotal)));
    }
    expect(overages(checks)).toEqual([]);
  }, 180_000);
});

/**
 * One page of each kind for the first screen (each takes a dozen renders): the
 * site's own pages, and of the embed pages the heaviest of each kind (map
 * view or chart), whose first screen is the largest.
 */
async function firstScreenPages(): Promise<string[]> {
  const fixed = ['/', ...explainers, '/maps/', '/articles/', '/methodology/', '/credits/', '/search/'];
  const articles = pagesUnder('articles').filter((p) => p !== '/articles/');
  const pages = [...fixed, ...articles.slice(0, 1)].filter((p) => existsSync(join(dist, p, 'index.html')));
  const heaviest = new Map<string, { path: string; bytes: number }>();
  for (const path of embeds) {
    const kind = path.split('/').slice(0, 4).join('/'); // /embed/map/<view> or /embed/chart/<explainer>
    const bytes = gzipSync(await readFile(join(dist, path, 'index.html'))).length;
    if (bytes > (heaviest.get(kind)?.bytes ?? -1)) heaviest.set(kind, { path, bytes });
  }
  return [...pages, ...[...heaviest.values()].map((h) => h.path)];
}

describe('budgets: first screen', () => {
  it('HTML + render-blocking CSS for the first screen ≤ 14 KB gzip on every kind of page', async () => {
    const checks: BudgetCheck[] = [];
    for (const path of await firstScreenPages()) {
      const first = await measureFirstScreen(session.browser, siteUrl(path));
      checks.push(checkBudget(path, `first screen (${first.prefixChars.toLocaleString('en-US')} of ${first.htmlChars.toLocaleString('en-US')} HTML characters + ${first.stylesheets.length} stylesheet(s))`, first.total, BUDGETS.firstScreen));
    }
    expect(checks.length).toBeGreaterThanOrEqual(5);
    expect(overages(checks)).toEqual([]);
  }, 240_000);
});

describe('budgets: offline', () => {
  it('the service worker downloads at most 500 KB gzip on a first visit', async () => {
    const { gzipBytes, files } = await precacheWeight(dist);
    expect(files).toBeGreaterThan(10);
    expect(overages([checkBudget('sw.js precache', `the first download (${files} files)`, gzipBytes, BUDGETS.precacheDownload)])).toEqual([]);
  });
});
