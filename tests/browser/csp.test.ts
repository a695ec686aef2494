// The Content-Security-Policy in the browser: every kind of page, served with
// the policy as a real response header (the test server sends what
// dist/_headers sets, like Netlify and Cloudflare Pages) and as the <meta> in
// the page, loads and runs with no violation: no securitypolicyviolation
// event, no console error. Scripts run (maps step, search finds, the service
// worker saves the site); only embeds may be framed by another site.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page, Response } from 'playwright-core';
import { useBrowser } from '../support/browser-session.ts';
import { watchPage, type PageProblems } from '../../tooling/page-problems.ts';
import { startHostServer, type HostServer } from '../fixtures/embed-host/host-server.ts';

const session = useBrowser();
const dist = inject('distDir');

/** The first directory under dist/<dir>/ that holds a page (its site path). */
async function firstPageUnder(dir: string, depth = 1): Promise<string> {
  const entries = await readdir(join(dist, dir), { recursive: true });
  const page = entries
    .map((e) => e.split('\\').join('/'))
    .filter((e) => e.endsWith('/index.html') && e.split('/').length === depth + 1)
    .sort()[0];
  if (!page) throw new Error(`csp test: no page under dist/${dir}/`);
  return `/${dir}/${page.replace(/index\.html$/, '')}`;
}

async function firstFile(dir: string, extension: string): Promise<string> {
  const name = (await readdir(join(dist, dir))).filter((f) => f.endsWith(extension)).sort()[0];
  if (!name) throw new Error(`csp test: no ${extension} file in dist/${dir}/`);
  return `/${dir}/${name}`;
}

interface Loaded {
  page: Page;
  context: BrowserContext;
  response: Response | null;
  problems: PageProblems;
  violations(): Promise<string[]>;
}

/** Opens a site path with every CSP violation of the document recorded (the listener is in place before any of the page's code). */
async function load(path: string): Promise<Loaded> {
  const context = await session.browser.newContext();
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} "${e.sample}"`), true);
  });
  const page = await context.newPage();
  const problems = watchPage(page);
  page.on('worker', (worker) => worker.on('console', (m) => m.type() === 'error' && problems.consoleErrors.push(`worker ${worker.url()}: ${m.text()}`)));
  const response = await page.goto(session.url(path), { waitUntil: 'load' });
  return {
    page,
    context,
    response,
    problems,
    violations: () => page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? ['(the violation listener did not run)']),
  };
}

/** The policy of dist/_headers for every path, and the framing one. */
let sitePolicy = '';
beforeAll(async () => {
  const headers = await readFile(join(dist, '_headers'), 'utf8');
  sitePolicy = /^\/\*\n {2}Content-Security-Policy: (.+)$/m.exec(headers)?.[1] ?? '';
  expect(sitePolicy).not.toBe('');
});

const NO_FRAMING = "frame-ancestors 'none'";

/**
 * The problems, without Chromium's own request for /favicon.ico, which it makes
 * for a document that names no icon (an SVG file, the host page) and which
 * may come at any time after load: the site's pages name /favicon.svg.
 */
function siteProblems(problems: PageProblems): PageProblems {
  const favicon = /\/favicon\.ico\b/;
  return {
    consoleErrors: problems.consoleErrors.filter((e) => !(favicon.test(e) && e.includes('status of 404'))),
    pageErrors: problems.pageErrors,
    failedRequests: problems.failedRequests.filter((r) => !(favicon.test(r) && r.startsWith('404 '))),
  };
}

/** framable: an embed, or a file that is not a page (the site policy alone); html: the page has the <meta> copy. */
async function expectCleanUnderPolicy(loaded: Loaded, framable: boolean, isHtml = true): Promise<void> {
  const { page, response, problems } = loaded;
  const header = response?.headers()['content-security-policy'];
  expect(header).toBe(framable ? sitePolicy : `${sitePolicy}, ${NO_FRAMING}`);
  expect(sitePolicy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'/);
  if (isHtml) {
    const metas = await page.$$eval('meta[http-equiv="content-security-policy" i]', (ms) => ms.map((m) => m.getAttribute('content')));
    expect(metas).toEqual([sitePolicy]);
    // Before any script or style: a <meta> policy covers only what follows it.
    expect(await page.evaluate(() => document.head.firstElementChild?.nextElementSibling?.getAttribute('http-equiv'))).toBe('content-security-policy');
  }
  expect(await loaded.violations()).toEqual([]);
  expect(siteProblems(problems)).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
}

describe('every kind of page runs under the policy with no violation', () => {
  const opened: Loaded[] = [];
  afterAll(async () => {
    for (const o of opened) await o.context.close();
  });
  const open = async (path: string) => {
    const loaded = await load(path);
    opened.push(loaded);
    return loaded;
  };

  test.each([
    ['home', '/'],
    ['articles index', '/articles/'],
    ['explainers index', '/explainers/'],
    ['methodology', '/methodology/'],
    ['credits', '/credits/'],
    ['embeds index', '/embed/'],
  ])('%s (%s)', async (_kind, path) => {
    await expectCleanUnderPolicy(await open(path), false);
  });

  test('an article', async () => {
    await expectCleanUnderPolicy(await open(await firstPageUnder('articles')), false);
  });

  test("an explainer, its citations' inline script running", async () => {
    const loaded = await open(await firstPageUnder('explainers'));
    await loaded.page.focus('.cite-link');
    await loaded.page.keyboard.press('Escape'); // the script dismisses the focused citation's popover
    expect(await loaded.page.locator('.cite.is-dismissed').count()).toBe(1);
    await expectCleanUnderPolicy(loaded, false);
  });

  test('the maps: stepper and town markers work (their positions set by the script, not style attributes)', async () => {
    const loaded = await open('/maps/');
    const { page } = loaded;
    const map = page.locator('frontline-map[data-js]').first();
    await map.waitFor();
    const marker = map.locator('.fm-marker').first();
    await marker.focus();
    await page.locator('[data-fm-tip]:not([hidden])').first().waitFor();
    // Placed through element.style (a percentage of the map), which the policy allows; no style attribute was built.
    expect(await marker.evaluate((m) => (m as HTMLElement).style.left)).toMatch(/^\d+(\.\d+)?%$/);
    const back = map.locator('button', { hasText: /previous|earlier|back/i }).first();
    if (await back.count()) await back.click();
    await expectCleanUnderPolicy(loaded, false);
  });

  test('search, with a query typed: Pagefind and its WebAssembly', async () => {
    const loaded = await open('/search/');
    const { page } = loaded;
    await page.fill('#search-q', 'Hama');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-results]')?.dataset['state'] === 'results');
    expect(await page.locator('[data-search-results] > li').count()).toBeGreaterThan(0);
    await expectCleanUnderPolicy(loaded, false);
  });

  test('the service worker installs and saves the site under the policy', async () => {
    const loaded = await open('/');
    await loaded.page.waitForFunction(() => ['ready', 'failed'].includes(document.querySelector<HTMLElement>('[data-offline-status]')?.dataset['state'] ?? ''), undefined, { timeout: 45_000 });
    expect(await loaded.page.getAttribute('[data-offline-status]', 'data-state')).toBe('ready');
    await expectCleanUnderPolicy(loaded, false);
  });

  test('an embedded map, in dark colours (the inline theme and height scripts)', async () => {
    const loaded = await open('/embed/map/syria/?theme=dark');
    expect(await loaded.page.evaluate(() => document.documentElement.dataset['theme'] ?? document.documentElement.className)).toMatch(/dark/);
    await expectCleanUnderPolicy(loaded, true);
  });

  test('an embedded chart', async () => {
    await expectCleanUnderPolicy(await open(await firstPageUnder('embed/chart', 2)), true);
  });

  test('a downloadable SVG map opened on its own (its <style> is allowed by hash)', async () => {
    const loaded = await open(await firstFile('downloads', '.svg'));
    expect(await loaded.page.evaluate(() => document.querySelector('style')?.sheet?.cssRules.length ?? 0)).toBeGreaterThan(0);
    await expectCleanUnderPolicy(loaded, true, false);
  });

  test('a missing page (404)', async () => {
    const loaded = await load('/no-such-page/');
    opened.push(loaded);
    expect(loaded.response?.status()).toBe(404);
    expect(loaded.response?.headers()['content-security-policy']).toBe(sitePolicy);
    // The page's own 404 status is the point, not a problem.
    loaded.problems.failedRequests = loaded.problems.failedRequests.filter((r) => !r.startsWith('404 ') || !r.endsWith('/no-such-page/'));
    loaded.problems.consoleErrors = loaded.problems.consoleErrors.filter((e) => !/status of 404 .*\/no-such-page\//.test(e));
    expect(await loaded.violations()).toEqual([]);
    expect(loaded.problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
  });
});

describe('framing, where headers are available', () => {
  let host: HostServer;
  beforeAll(async () => {
    host = await startHostServer();
  });
  afterAll(async () => {
    await host.close();
  });

  test('another site may frame an embed, but no other page', async () => {
    const embed = session.url('/embed/map/syria/');
    const maps = session.url('/maps/');
    const url = host.page('csp-framing', { snippet: `<iframe src="${embed}" title="embed"></iframe><iframe src="${maps}" title="maps"></iframe>` });
    const context = await session.browser.newContext();
    try {
      const page = await context.newPage();
      const watched = watchPage(page);
      await page.goto(url, { waitUntil: 'load' });
      const frameAt = (prefix: string) => page.frames().find((f) => f.url().startsWith(prefix));
      await expect.poll(async () => (await frameAt(embed)?.evaluate(() => document.querySelector('h1')?.textContent ?? ''))?.length ?? 0).toBeGreaterThan(0);
      expect(frameAt(maps)).toBeUndefined(); // refused: Chromium shows its error page instead
      const problems = siteProblems(watched);
      expect(problems.failedRequests).toEqual([`GET ${maps}: net::ERR_BLOCKED_BY_RESPONSE`]);
      // Chromium says so once or twice; nothing else goes wrong on the host page.
      expect(problems.consoleErrors.length).toBeGreaterThan(0);
      for (const error of problems.consoleErrors) expect(error).toContain(`violates the following Content Security Policy directive: "${NO_FRAMING}"`);
    } finally {
      await context.close();
    }
  });
});
