// Reading offline on the web: after one visit, the service worker has saved
// every page, asset and the search index, and the site works with the network
// cut. The site is served by a server of this file's own, which the test shuts
// down (and the browser context is set offline): nothing can come from the
// network any more, not even through the service worker.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { firstMapShown } from '../support/map-images.ts';
import { useBrowser } from '../support/browser-session.ts';
import { watchPage } from '../../tooling/page-problems.ts';
import { listFiles } from '../support/built-files.ts';
import { readSeedArticles } from '../support/seed-articles.ts';
import { startStaticServer, type StaticServer } from '../../tooling/static-server.ts';
import { writeServiceWorker } from '../../src/integrations/service-worker.ts';
import { NOT_PRECACHED } from '../../src/lib/offline/precache-manifest.ts';

const session = useBrowser();
const dist = inject('distDir');
const base = ((b) => (b.endsWith('/') ? b : `${b}/`))(process.env['BASE_PATH'] ?? '/');
let server: StaticServer | undefined;

beforeAll(async () => {
  server = await startStaticServer({ root: dist, base });
});
afterAll(async () => {
  await server?.close();
});

/** URL paths of every built page meant for readers of the site ("/maps/"; embed pages are for other sites). */
async function builtPages(): Promise<string[]> {
  const pages = (await listFiles(dist, ['.html'])).map((file) => file.replace(/\\/g, '/'));
  return pages.filter((file) => !NOT_PRECACHED.some((p) => p.test(file))).map((file) => `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`);
}

/** Every URL path in the service worker's caches. */
async function cachedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) paths.push(new URL(request.url).pathname);
    }
    return paths;
  });
}

async function searchResults(page: Page, words: string): Promise<string[]> {
  await page.waitForFunction(
    (q) => {
      const list = document.querySelector<HTMLElement>('[data-search-results]');
      return list?.dataset['query'] === q && ['results', 'empty', 'error'].includes(list.dataset['state'] ?? '');
    },
    words,
    { timeout: 30_000 },
  );
  return page.$$eval('[data-search-results] [data-result-link]', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

test('after one visit every page, map and search work with the network off', async () => {
  if (!server) throw new Error('no server');
  const origin = server.url;
  const article = readSeedArticles().find((s) => s.date === '2024-12-05');
  if (!article) throw new Error('expected the 5 Dec 2024 seed article');
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const problems = watchPage(page);

  await page.goto(origin, { waitUntil: 'load' });
  const status = page.locator('[data-offline-status]');
  await page.waitForSelector('[data-offline-status][data-state="ready"]', { timeout: 60_000 });
  expect(await status.textContent()).toMatch(/Available offline/);
  const cached = await cachedPaths(page);
  for (const path of await builtPages()) expect(cached, `${path} is saved`).toContain(path);
  expect(cached.filter((p) => p.startsWith(`${base}pagefind/`)).length, 'the search index is saved').toBeGreaterThan(3);

  // Cut the network: the server is gone and the browser is offline.
  await server.close();
  server = undefined;
  await context.setOffline(true);

  // Navigate by following a link, as a reader would.
  await page.goto(origin, { waitUntil: 'load' });
  await Promise.all([page.waitForURL(`**/articles/${article.slug}/`), page.click(`main a[href$="/articles/${article.slug}/"]`)]);
  expect((await page.locator('h1').textContent())?.trim()).toBe(article.title);
  expect(await status.textContent(), 'the footer says the reader is offline').toMatch(/You are offline/);

  // The maps page and its SVG maps.
  await page.goto(new URL('maps/', origin).href, { waitUntil: 'load' });
  const shown = await firstMapShown(page);
  expect(shown.missing, 'the map images, from the offline cache').toEqual([]);
  expect(shown.height, 'a map is visible offline').toBeGreaterThan(100);
  // The maps near the reader fetch their data (from the cache): let them finish before leaving.
  await page.waitForSelector('#fm-syria[data-js]');
  await page.waitForLoadState('networkidle');

  // Search: the page, Pagefind's script, WebAssembly and index, all from the cache.
  await page.goto(new URL('search/?q=Hama', origin).href, { waitUntil: 'load' });
  const found = await searchResults(page, 'Hama');
  expect(found, 'search finds the article offline').toContain(`${base}articles/${article.slug}/`);
  await page.fill('#search-q', 'Pedersen');
  expect((await searchResults(page, 'Pedersen')).length).toBeGreaterThan(0);

  expect(problems.consoleErrors).toEqual([]);
  expect(problems.pageErrors).toEqual([]);
  expect(problems.failedRequests).toEqual([]);
  await context.close();
});

/** Each saved URL path with the Date header its response came with (a copied response keeps its old one). */
async function savedDates(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const dates: Record<string, string> = {};
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) dates[new URL(request.url).pathname] = (await cache.match(request))?.headers.get('date') ?? '';
    }
    return dates;
  });
}

test('a new build replaces the saved copy, downloading only the files that changed', async () => {
  // A copy of the build, so this test can change it without touching dist/.
  const copy = await mkdtemp(join(tmpdir(), 'offline-update-'));
  await cp(dist, copy, { recursive: true });
  const own = await startStaticServer({ root: copy, base });
  try {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    const problems = watchPage(page);
    await page.goto(own.url, { waitUntil: 'load' });
    await page.waitForSelector('[data-offline-status][data-state="ready"]', { timeout: 60_000 });
    const before = await savedDates(page);

    // The next deploy, at least a second later (Date headers count seconds): one page changed.
    await new Promise((done) => setTimeout(done, 1100));
    const maps = join(copy, 'maps/index.html');
    await writeFile(maps, (await readFile(maps, 'utf8')).replace('</main>', '<p id="next-build">Changed in the next build.</p></main>'));
    const { manifest } = await writeServiceWorker(copy);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    // Installed (every file saved) and activated (the old copy deleted).
    await expect
      .poll(() => page.evaluate(() => caches.keys()), { timeout: 60_000, interval: 200 })
      .toEqual([`precache:${own.url}:${manifest.version}`]);
    const after = await savedDates(page);
    expect(Object.keys(after).sort(), 'the same files are saved').toEqual(Object.keys(before).sort());
    expect(Object.keys(after).filter((path) => after[path] !== before[path]), 'downloaded again').toEqual([`${base}maps/`]);

    await own.close();
    await context.setOffline(true);
    await page.goto(new URL('maps/', own.url).href, { waitUntil: 'load' });
    expect(await page.locator('#next-build').count(), 'the new version is served offline').toBe(1);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  } finally {
    await own.close();
    await rm(copy, { recursive: true, force: true });
  }
});
