// Articles in other languages and cut-off pages, built into a site: in a
// throwaway copy of the project, an Arabic page and an English page that stops
// mid-sentence (fixtures in tests/fixtures/ingest/, our own filler text) go
// through `npm run ingest` and `astro build`. The Arabic article renders
// right to left with its language, our own labels around it stay English and
// left to right; the cut-off paragraph ends with "[…]" and is no heading;
// search keeps one index per language, so an English search is not flooded
// by pages in other languages.
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { watchPage } from '../../tooling/page-problems.ts';
import type { ProjectCopy } from '../../tooling/project-copy.ts';
import { buildEnv, PROJECT_ROOT, runIn } from '../../tooling/site-build.ts';
import type { StaticServer } from '../../tooling/static-server.ts';
import { buildCopy, type BuiltCopy } from '../support/built-copy.ts';
import { runAxe } from '../support/axe.ts';

const FIXTURES = join(PROJECT_ROOT, 'tests/fixtures/ingest');
let built: BuiltCopy;
let copy: ProjectCopy;
let server: StaticServer;
let browser: Browser;
let dist = '';
let arabic = '';
let truncated = '';

beforeAll(async () => {
  expect(inject('siteError')).toBe('');
  built = await buildCopy('languages-', {
    prepare: async (dir) => {
      const before = new Set(readdirSync(join(dir, 'content/articles')));
      const ingest = (file: string, url: string) =>
        runIn(dir, process.execPath, [join(dir, 'scripts/ingest.ts'), join(FIXTURES, file), '--out', 'content/articles', '--url', url], buildEnv());
      await ingest('article-ar.txt', 'https://www.dw.com/ar/test-convoy/a-1');
      await ingest('truncated-en.txt', 'https://www.dw.com/en/test-cut-off/a-2');
      const added = readdirSync(join(dir, 'content/articles')).filter((n) => !before.has(n) && n.endsWith('.json'));
      expect(added).toHaveLength(2);
      for (const name of added) {
        const article = JSON.parse(await readFile(join(dir, 'content/articles', name), 'utf8')) as { slug: string; language: string };
        if (article.language === 'ar') arabic = article.slug;
        else truncated = article.slug;
      }
    },
  });
  ({ copy, server, browser, dist } = built);
}, 300_000);

afterAll(async () => built?.close());

describe('an Arabic article', () => {
  test('renders right to left in its language, our labels left to right in English', async () => {
    expect(arabic).not.toBe('');
    const html = await readFile(join(dist, 'articles', arabic, 'index.html'), 'utf8');
    expect(/<html lang="ar" dir="rtl">/u.test(html), '<html lang="ar" dir="rtl">').toBe(true);
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const problems = watchPage(page);
    await page.goto(new URL(`articles/${arabic}/`, server.url).href, { waitUntil: 'networkidle' });
    expect(await page.locator('h1').evaluate((h) => getComputedStyle(h).direction)).toBe('rtl');
    expect(await page.locator('h1').textContent()).toContain('قافلة');
    // The site's header and navigation are ours, in English.
    expect(await page.locator('header.site-header').evaluate((h) => [h.closest('[lang]')?.getAttribute('lang'), getComputedStyle(h).direction])).toEqual(['en', 'ltr']);
    expect(await runAxe(page)).toEqual([]);
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
    await context.close();
  });

  test('search keeps an index per language: the English search does not return the Arabic page', async () => {
    const entry = JSON.parse(await readFile(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
    expect(Object.keys(entry.languages).sort()).toEqual(expect.arrayContaining(['ar', 'en']));
    const context = await browser.newContext();
    const page = await context.newPage();
    const results = async (query: string) => {
      await page.goto(new URL(`search/?q=${encodeURIComponent(query)}`, server.url).href, { waitUntil: 'networkidle' });
      await page.waitForTimeout(500);
      return page.$$eval('main a[href*="/articles/"]', (as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    };
    // The search page is in English: it searches the English index, which holds the English pages…
    expect(await results('cut off')).toContain(`/articles/${truncated}/`);
    // …and not the Arabic one, even for its own words.
    expect(await results('قافلة')).not.toContain(`/articles/${arabic}/`);
    await context.close();
  });
});

describe('a page cut off mid-sentence', () => {
  test('keeps its last paragraph, marked "[…]", and makes no heading of it', async () => {
    expect(truncated).not.toBe('');
    const html = await readFile(join(dist, 'articles', truncated, 'index.html'), 'utf8');
    const data = JSON.parse(await readFile(join(copy.dir, 'content/articles', `${truncated}.json`), 'utf8')) as {
      blocks: { type: string; text: string; truncated?: boolean }[];
    };
    const last = data.blocks.filter((b) => b.type === 'paragraph').at(-1);
    expect(last?.truncated).toBe(true);
    expect(data.blocks.filter((b) => b.type === 'heading').map((b) => b.text)).not.toContain(last?.text);
    expect(html.includes('[…]'), '[…] on the page').toBe(true);
  });
});
