// The offline export (`npm run export`): the zip is unzipped into a temporary
// folder and its pages opened from file:// in Chromium, with no server at
// all. Navigation, stylesheets, maps and search must work, no request may go
// to http(s), and nothing may log an error.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { unzipSync } from 'fflate';
import type { BrowserContext, Page } from 'playwright-core';
import { firstMapShown } from '../support/map-images.ts';
import { useBrowser } from '../support/browser-session.ts';
import { watchPage, type PageProblems } from '../../tooling/page-problems.ts';
import { listFiles } from '../support/built-files.ts';
import { readSeedArticles } from '../support/seed-articles.ts';
import { EXPORT_NAME, exportSite, type ExportResult } from '../../tooling/export-site.ts';
import { BUDGETS, checkBudget, overages } from '../../tooling/budgets.ts';

const session = useBrowser();
const article = readSeedArticles().find((s) => s.date === '2024-12-05');
if (!article) throw new Error('export tests: expected the 5 Dec 2024 seed article');
let folder = '';
let root = '';
let result: ExportResult;

beforeAll(async () => {
  if (inject('siteError')) throw new Error(inject('siteError'));
  result = await exportSite({ distDir: inject('distDir') });
  folder = await mkdtemp(join(tmpdir(), 'offline-export-'));
  for (const [name, bytes] of Object.entries(unzipSync(result.zip))) {
    if (name.endsWith('/')) continue;
    await mkdir(dirname(join(folder, name)), { recursive: true });
    await writeFile(join(folder, name), bytes);
  }
  root = join(folder, EXPORT_NAME);
});
afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

interface Reader {
  context: BrowserContext;
  page: Page;
  problems: PageProblems;
  /** Every URL the browser asked for. */
  requested: string[];
}

async function reader(): Promise<Reader> {
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const requested: string[] = [];
  context.on('request', (r) => requested.push(r.url()));
  const page = await context.newPage();
  return { context, page, problems: watchPage(page), requested };
}

const fileUrl = (path: string) => pathToFileURL(join(root, path)).href;

function expectClean({ problems, requested }: Reader): void {
  expect(requested.filter((url) => !url.startsWith('file:') && !url.startsWith('data:')), 'requests off the disk').toEqual([]);
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.pageErrors).toEqual([]);
  expect(problems.failedRequests).toEqual([]);
}

async function results(page: Page, words: string): Promise<string[]> {
  await page.waitForFunction(
    (q) => {
      const list = document.querySelector<HTMLElement>('[data-search-results]');
      return list?.dataset['query'] === q && ['results', 'empty'].includes(list.dataset['state'] ?? '');
    },
    words,
  );
  return page.$$eval('[data-search-results] [data-result-link]', (links) => links.map((a) => (a as HTMLAnchorElement).href));
}

test('the zip is at most 6 MB, every daily map included', () => {
  expect(overages([checkBudget('offline zip', 'the zip', result.zip.length, BUDGETS.offlineZip)])).toEqual([]);
  expect(result.files.filter((f) => /^_astro\/fm-.+\.svg$/.test(f)).length, 'the maps’ image files').toBeGreaterThan(10);
});

describe('the zip', () => {
  test('holds the site without the service worker, the Pagefind bundle or host files', () => {
    expect(result.files).toContain('index.html');
    expect(result.files).toContain(`articles/${article.slug}/index.html`);
    expect(result.files.filter((f) => f === 'sw.js' || f.startsWith('pagefind/') || f === '_headers' || f === '_csp.conf')).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  test('is the same, byte for byte, when exported again', async () => {
    const again = await exportSite({ distDir: inject('distDir') });
    expect(Buffer.from(again.zip).equals(Buffer.from(result.zip))).toBe(true);
  });

  test('every page of the build is in it, and every local link in it reaches a file', async () => {
    const built = await listFiles(inject('distDir'), ['.html']);
    const pages = result.files.filter((f) => f.endsWith('.html'));
    expect(pages.sort()).toEqual(built.map((f) => f.replace(/\\/g, '/')).sort());
    const broken: string[] = [];
    for (const page of pages) {
      const html = await readFile(join(root, page), 'utf8');
      expect(html, `${page} registers no service worker`).not.toMatch(/data-sw=/);
      for (const m of html.matchAll(/\s(?:href|src|action)="([^"]*)"/g)) {
        const link = (m[1] ?? '').replace(/&amp;/g, '&');
        if (link === '' || link.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(link)) continue;
        const target = new URL(link, pathToFileURL(join(root, page)));
        if (link.startsWith('/') || !existsSync(target)) broken.push(`${page} → ${link}`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('opened from file://', () => {
  test('the home page is styled and a link to an article opens it', async () => {
    const r = await reader();
    await r.page.goto(fileUrl('index.html'), { waitUntil: 'load' });
    expect(await r.page.locator('.site-header').evaluate((e) => getComputedStyle(e).display), 'the stylesheet applies').toBe('flex');
    await Promise.all([
      r.page.waitForURL(`**/articles/${article.slug}/index.html`),
      r.page.click(`main a[href$="articles/${article.slug}/index.html"]`),
    ]);
    expect((await r.page.locator('h1').textContent())?.trim()).toBe(article.title);
    // And back home through the site's own navigation.
    await Promise.all([r.page.waitForURL(fileUrl('index.html')), r.page.click('header a.site-name')]);
    expect(await r.page.evaluate(() => 'serviceWorker' in navigator && navigator.serviceWorker.controller !== null)).toBe(false);
    expectClean(r);
    await r.context.close();
  });

  test('maps are visible and their scripts run', async () => {
    const r = await reader();
    await r.page.goto(fileUrl(existsSync(join(root, 'maps/index.html')) ? 'maps/index.html' : 'index.html'), { waitUntil: 'load' });
    // Its image files load from file:// (relative paths).
    const shown = await firstMapShown(r.page);
    expect(shown.missing).toEqual([]);
    expect(shown.height).toBeGreaterThan(100);
    if ((await r.page.locator('frontline-map').count()) > 0) {
      // The map's script (a module on the web, a classic script here) enhanced it.
      await r.page.waitForSelector('frontline-map[data-js]');
      expect(await r.page.locator('frontline-map [data-fm-range]').first().isEnabled()).toBe(true);
    }
    expectClean(r);
    await r.context.close();
  });

  test('search finds pages without Pagefind, and a result opens', async () => {
    const r = await reader();
    await r.page.goto(`${fileUrl('search/index.html')}?q=Hama`, { waitUntil: 'load' });
    const found = await results(r.page, 'Hama');
    expect(found).toContain(fileUrl(`articles/${article.slug}/index.html`));
    const marks = await r.page.$$eval('[data-search-results] mark', (ms) => ms.map((m) => m.textContent?.toLowerCase() ?? ''));
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => m.startsWith('hama'))).toBe(true);
    for (const words of ['Pedersen', '412', 'Hayat Tahrir al-Sham']) {
      await r.page.fill('#search-q', words);
      expect((await results(r.page, words)).length, `results for ${words}`).toBeGreaterThan(0);
    }
    await r.page.focus('#search-q');
    await r.page.keyboard.press('ArrowDown');
    expect(await r.page.evaluate(() => document.activeElement?.hasAttribute('data-result-link')), '↓ moves to the results').toBe(true);
    await r.page.fill('#search-q', 'zzzqqq');
    expect(await results(r.page, 'zzzqqq')).toEqual([]);
    await r.page.fill('#search-q', 'Hama');
    const first = (await results(r.page, 'Hama'))[0] ?? '';
    await Promise.all([r.page.waitForURL(first), r.page.click('[data-search-results] [data-result-link] >> nth=0')]);
    expectClean(r);
    await r.context.close();
  });

  test("another page's header search box leads to results", async () => {
    const r = await reader();
    await r.page.goto(fileUrl('articles/index.html'), { waitUntil: 'load' });
    await r.page.fill('header input[name="q"]', 'Aleppo');
    await Promise.all([r.page.waitForURL(/search\/index\.html\?q=Aleppo$/), r.page.press('header input[name="q"]', 'Enter')]);
    expect((await results(r.page, 'Aleppo')).length).toBeGreaterThan(0);
    expectClean(r);
    await r.context.close();
  });
});
