// A deploy under a sub-path (BASE_PATH=/syria/, as README "Deploying" says):
// the site is built once more, in a copy of the project, for that base, and
// served only under it. Every internal link and asset of every page stays
// inside /syria/ and resolves; in Chromium the home page, an explainer, the
// maps, an embed and a download load with no failed request, the service
// worker's scope is /syria/, and search finds pages whose links keep the base.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../../tooling/chromium.ts';
import { watchPage } from '../../tooling/page-problems.ts';
import { copyProject, type ProjectCopy } from '../../tooling/project-copy.ts';
import { astroBuildEnv, PROJECT_ROOT, runIn } from '../../tooling/site-build.ts';
import { startStaticServer, type StaticServer } from '../../tooling/static-server.ts';
import { listFiles } from '../support/built-files.ts';

const BASE = '/syria/';
let copy: ProjectCopy;
let server: StaticServer;
let browser: Browser;
let dist = '';

beforeAll(async () => {
  expect(inject('siteError')).toBe('');
  copy = await copyProject('sub-path-');
  await runIn(copy.dir, join(PROJECT_ROOT, 'node_modules', '.bin', 'astro'), ['build'], astroBuildEnv({ BASE_PATH: BASE }, copy.dir));
  dist = join(copy.dir, 'dist');
  server = await startStaticServer({ root: dist, base: BASE });
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await copy?.remove();
});

/** Site paths (href, src, action, srcset items) in a page that are not external, fragment-only or data. */
function internalUrls(html: string): string[] {
  const urls = [...html.matchAll(/\s(?:href|src|action|poster)="([^"]*)"/g)].map((m) => m[1]!);
  const srcsets = [...html.matchAll(/\ssrcset="([^"]*)"/g)].flatMap((m) => m[1]!.split(',').map((part) => part.trim().split(/\s+/)[0]!));
  return [...urls, ...srcsets].filter((u) => u !== '' && !u.startsWith('#') && !/^(?:[a-z]+:|\/\/)/i.test(u)).map((u) => u.replace(/&amp;/g, '&'));
}

describe(`the site built for ${BASE}`, () => {
  test('every internal link and asset of every page is inside the base and exists', async () => {
    const pages = await listFiles(dist, ['.html']);
    expect(pages.length).toBeGreaterThan(20);
    const missing: string[] = [];
    for (const file of pages) {
      const html = await readFile(join(dist, file), 'utf8');
      for (const url of internalUrls(html)) {
        const path = new URL(url, `http://site${BASE}${file.replace(/index\.html$/, '')}`).pathname;
        if (!path.startsWith(BASE)) {
          missing.push(`${file}: ${url} is outside ${BASE}`);
          continue;
        }
        const onDisk = join(dist, decodeURIComponent(path.slice(BASE.length)));
        if (!existsSync(onDisk) && !existsSync(join(onDisk, 'index.html'))) missing.push(`${file}: ${url} does not exist`);
      }
    }
    expect(missing).toEqual([]);
  });

  test('pages, an embed and a download load with nothing failing, all inside the base', async () => {
    for (const path of ['', 'explainers/the-hama-offensive/', 'maps/', 'embed/map/syria/', 'downloads/control-areas-2024-12-08.geo.json']) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const problems = watchPage(page);
      const outside: string[] = [];
      page.on('request', (r) => {
        const url = new URL(r.url());
        if (url.origin === new URL(server.url).origin && !url.pathname.startsWith(BASE)) outside.push(url.pathname);
      });
      const response = await page.goto(server.url + path, { waitUntil: 'load' });
      expect(response?.status(), path).toBe(200);
      expect(problems, path).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
      expect(outside, path).toEqual([]);
      await context.close();
    }
  });

  test('the service worker controls the base and nothing above it', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url, { waitUntil: 'load' });
    // The worker registers once the page is idle (src/client/offline/register.ts).
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(new URL(scope).pathname).toBe(BASE);
    await context.close();
  });

  test('search finds the Hama explainer, and its links keep the base', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = watchPage(page);
    await page.goto(`${server.url}search/`, { waitUntil: 'load' });
    await page.fill('#search-q', 'Hama');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-results]')?.dataset['state'] === 'results');
    const links = await page.locator('[data-search-results] a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link.startsWith(BASE), link).toBe(true);
    expect(problems.failedRequests).toEqual([]);
    await context.close();
  });
});
