// Search in headless Chromium: the header box, the /search/ page with and
// without JavaScript, results with highlighted excerpts, filters, keyboard-only
// use, the shareable URL, the error case, and axe. Assertions are on what the
// seeds say (readSeedArticles), so they hold as explainers and maps are added.
import { describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBrowser } from '../support/browser-session.ts';
import { readSeedArticles } from '../support/seed-articles.ts';
import { collapseSpace } from '../support/built-files.ts';
import { runAxe } from '../support/axe.ts';
import { readIndexedPages } from '../support/search-fragments.ts';

const session = useBrowser();
const seeds = readSeedArticles();
const dec1 = seeds.find((s) => s.date === '2024-12-01');
const dec5 = seeds.find((s) => s.date === '2024-12-05');
if (!dec1 || !dec5) throw new Error('search tests: expected the 1 Dec and 5 Dec 2024 seed articles');
const articleUrl = (slug: string) => session.url(`/articles/${slug}/`);

const INPUT = '#search-q';
const RESULTS = '[data-search-results]';

/** Waits until the results list has been rendered for exactly these words. */
async function settled(page: Page, words: string): Promise<string> {
  await page.waitForFunction(
    ([selector, q]) => {
      const list = document.querySelector<HTMLElement>(selector);
      return list && list.dataset['query'] === q && ['results', 'empty'].includes(list.dataset['state'] ?? '');
    },
    [RESULTS, words] as const,
  );
  return (await page.getAttribute(RESULTS, 'data-state')) ?? '';
}

async function search(page: Page, words: string): Promise<void> {
  await page.fill(INPUT, words);
  await settled(page, words);
}

interface Shown {
  href: string;
  title: string;
  marks: string[];
}

async function shownResults(page: Page): Promise<Shown[]> {
  return page.$$eval(`${RESULTS} > li`, (items) =>
    items.map((li) => {
      const link = li.querySelector<HTMLAnchorElement>('[data-result-link]');
      return {
        href: link?.href ?? '',
        title: link?.textContent ?? '',
        marks: [...li.querySelectorAll('mark')].map((m) => m.textContent ?? ''),
      };
    }),
  );
}

/**
 * /search/ in a fresh context where the Pagefind files matching `glob` arrive
 * `ms` late (those for which `slow` says so): how the page behaves when parts
 * of the index come in out of order.
 */
async function searchWithDelayed(glob: string, ms: number, slow: (url: string) => boolean = () => true): Promise<{ page: Page; context: BrowserContext }> {
  const context = await session.browser.newContext();
  await context.route(glob, async (route) => {
    if (slow(route.request().url())) await new Promise((wake) => setTimeout(wake, ms));
    await route.continue();
  });
  const page = await context.newPage();
  await page.goto(session.url('/search/'));
  return { page, context };
}

/** The word in a mark, without the punctuation pagefind includes ("Hama." → "hama"). */
const markWord = (mark: string) => mark.toLowerCase().replace(/[^\p{L}\p{N}-]+/gu, '');

describe('header search box', () => {
  test('is a plain GET form to /search/ with a labelled q field, on every page but /search/', async () => {
    for (const path of ['/', '/articles/', `/articles/${dec1.slug}/`]) {
      const { page } = await session.open(path, { javaScript: false });
      const form = page.locator('header form[role="search"]');
      expect(await form.count(), `header search form on ${path}`).toBe(1);
      expect(await form.getAttribute('method')).toBe('get');
      expect(new URL((await form.getAttribute('action')) ?? '', page.url()).href).toBe(session.url('/search/'));
      const input = form.locator('input[name="q"]');
      expect(await input.count()).toBe(1);
      const id = await input.getAttribute('id');
      expect(await page.locator(`label[for="${id}"]`).count(), 'the box has a label').toBe(1);
    }
    const { page } = await session.open('/search/', { javaScript: false });
    expect(await page.locator('header form[role="search"]').count(), 'no second box on /search/').toBe(0);
  });

  test('submitting it opens /search/?q=… (no JavaScript needed)', async () => {
    const { page } = await session.open('/articles/', { javaScript: false });
    await page.fill('header input[name="q"]', 'Hayat Tahrir al-Sham');
    await Promise.all([page.waitForURL(/\/search\/\?q=/), page.press('header input[name="q"]', 'Enter')]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('Hayat Tahrir al-Sham');
  });

  test('pages other than /search/ load no search code and no index', async () => {
    for (const path of ['/', '/articles/', `/articles/${dec5.slug}/`]) {
      const { page, context } = await session.open(path);
      const requested: string[] = [];
      page.on('request', (r) => requested.push(r.url()));
      await page.focus('header input[name="q"]');
      await page.keyboard.type('Hama');
      await page.waitForLoadState('networkidle');
      const scripts = await page.$$eval('script[src]', (els) => els.map((e) => e.getAttribute('src') ?? ''));
      expect(scripts.filter((s) => /search/i.test(s)), `search script on ${path}`).toEqual([]);
      expect(requested.filter((u) => u.includes('/pagefind/')), `pagefind requests on ${path}`).toEqual([]);
      await context.close();
    }
  });
});

describe('/search/ without JavaScript', () => {
  test('says search needs JavaScript and offers the sections to browse', async () => {
    const { page, response } = await session.open('/search/?q=Hama', { javaScript: false });
    expect(response?.status()).toBe(200);
    const notice = page.locator('[data-search-nojs]');
    expect(await notice.isVisible()).toBe(true);
    expect(collapseSpace((await notice.textContent()) ?? '')).toMatch(/Search needs JavaScript/);
    const links = await notice.locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links).toContain(session.url('/'));
    expect(links).toContain(session.url('/articles/'));
    for (const link of links) {
      const res = await page.request.get(link);
      expect(res.status(), `browse link ${link}`).toBe(200);
    }
    // The form still works as a form: it submits to this page.
    expect(await page.locator('main form[role="search"] input[name="q"]').isVisible()).toBe(true);
    // The "as you type" hint does not apply without scripts.
    expect(await page.locator('#search-keys').isVisible()).toBe(false);
  });
});

describe('/search/ with JavaScript', () => {
  test('loads the engine and the index while it idles, before the reader types', async () => {
    const { page, context, problems } = await session.open('/search/');
    await page.waitForFunction(() => performance.getEntriesByName('search-index-warm').length > 0);
    const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
    for (const part of ['pagefind.js', '.pf_meta', '/index/', '/fragment/']) {
      expect(loaded.some((path) => path.includes(part)), `${part} loaded while idle`).toBe(true);
    }
    expect(await page.locator('[data-search-nojs]').count(), 'no "needs JavaScript" notice').toBe(0);
    expect(await page.locator('[data-search-failure]').isVisible()).toBe(false);
    expect(await page.locator('#search-keys').isVisible(), 'the keyboard hint shows').toBe(true);
    expect(await page.getAttribute(RESULTS, 'data-state'), 'nothing searched yet').toBe('idle');
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
    await context.close();
  });

  test('a stale answer never replaces a newer one', async () => {
    // Every page's fragment but one arrives late, so a first query whose best result is elsewhere is
    // answered after a second query whose best result is that one page: the second must stay on screen.
    const pages = await readIndexedPages(inject('distDir'));
    const fast = pages.find((p) => p.path === `articles/${dec5.slug}/index.html`);
    const slow = pages.find((p) => p.path === `articles/${dec1.slug}/index.html`);
    if (!fast || !slow) throw new Error('search tests: the seed articles are not in the index');
    const words = (text: string) => new Set(text.split(/[^\p{L}]+/u).filter((w) => w.length > 5));
    const only = (page: typeof fast) => {
      const others = pages.filter((p) => p !== page).map((p) => words(p.text));
      return [...words(page.text)].find((w) => others.every((o) => !o.has(w)));
    };
    const [first, second] = [only(slow), only(fast)];
    if (!first || !second) throw new Error('search tests: no word found in one seed article alone');

    const { page, context } = await searchWithDelayed('**/pagefind/fragment/*', 1500, (url) => !url.endsWith(fast.file));
    // Every first result shown, in order, and the query the list said it was for.
    await page.evaluate(() => {
      const list = document.querySelector<HTMLElement>('[data-search-results]')!;
      const log: string[] = [];
      (window as unknown as { shown: string[] }).shown = log;
      new MutationObserver(() => {
        const href = list.querySelector<HTMLAnchorElement>('[data-result-link]')?.pathname ?? '';
        if (log.at(-1) !== href) log.push(href);
      }).observe(list, { childList: true, subtree: true });
    });
    await page.fill(INPUT, first);
    await page.fill(INPUT, second);
    await settled(page, second);
    // Past the delay: the first query's answer has arrived by now, and must have been dropped.
    await page.waitForTimeout(2500);
    const shown = await page.evaluate(() => (window as unknown as { shown: string[] }).shown);
    expect(shown.filter((href) => href !== ''), `first results shown while "${first}" then "${second}" were typed`).toEqual([`/articles/${dec5.slug}/`]);
    expect(await page.getAttribute(RESULTS, 'data-query')).toBe(second);
    expect((await shownResults(page))[0]?.href, 'the newer query’s best result leads').toBe(articleUrl(dec5.slug));
    await context.close();
  });

  test('nothing moves while the page loads (no layout shift)', async () => {
    const { page } = await session.open('/search/');
    await page.waitForLoadState('networkidle');
    const shift = await page.evaluate(
      () =>
        new Promise<number>((done) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) total += (entry as unknown as { value: number }).value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => done(total), 200);
        }),
    );
    expect(shift).toBe(0);
  });

  test('"Hama" lists both articles with <mark>Hama</mark> in an excerpt, and announces the count', async () => {
    const { page, problems } = await session.open('/search/');
    await page.click(INPUT);
    await page.keyboard.type('Hama');
    expect(await settled(page, 'Hama')).toBe('results');
    const results = await shownResults(page);
    const hrefs = results.map((r) => r.href);
    expect(hrefs).toContain(articleUrl(dec1.slug));
    expect(hrefs).toContain(articleUrl(dec5.slug));
    const titles = new Map(results.map((r) => [r.href, collapseSpace(r.title)]));
    expect(titles.get(articleUrl(dec1.slug))).toBe(dec1.title);
    for (const seed of [dec1, dec5]) {
      const marks = results.find((r) => r.href === articleUrl(seed.slug))?.marks ?? [];
      expect(marks.map(markWord), `a highlighted "Hama" in the result for ${seed.slug}`).toContain('hama');
    }
    const status = page.locator('[role="status"]');
    expect(await status.getAttribute('role')).toBe('status');
    expect(collapseSpace((await status.textContent()) ?? '')).toBe(
      `${results.length} result${results.length === 1 ? '' : 's'} for “Hama”`,
    );
    expect(new URL(page.url()).searchParams.get('q'), 'the query is kept in the URL').toBe('Hama');
    expect(problems.pageErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
  });

  test('"Pedersen" and "412" find the 1 December article, not the 5 December one', async () => {
    const { page } = await session.open('/search/');
    for (const words of ['Pedersen', '412']) {
      await search(page, words);
      const results = await shownResults(page);
      const hrefs = results.map((r) => r.href);
      expect(hrefs, `"${words}"`).toContain(articleUrl(dec1.slug));
      expect(hrefs, `"${words}"`).not.toContain(articleUrl(dec5.slug));
      const marks = results.find((r) => r.href === articleUrl(dec1.slug))?.marks ?? [];
      expect(marks.map(markWord), `"${words}" highlighted`).toContain(words.toLowerCase());
    }
  });

  test('a shared URL runs its search on load', async () => {
    const { page } = await session.open('/search/?q=Pedersen');
    await settled(page, 'Pedersen');
    expect(await page.inputValue(INPUT)).toBe('Pedersen');
    expect((await shownResults(page)).map((r) => r.href)).toContain(articleUrl(dec1.slug));
  });

  test('results hold only our own elements: index text never becomes markup', async () => {
    const { page } = await session.open('/search/');
    for (const words of ['Hama', 'script', 'Syria']) {
      await search(page, words);
      const tags = await page.$$eval(`${RESULTS} *`, (els) => [...new Set(els.map((e) => e.tagName.toLowerCase()))]);
      expect(tags.filter((t) => !['li', 'h3', 'a', 'p', 'mark', 'ul', 'span'].includes(t)), `"${words}"`).toEqual([]);
      const handlers = await page.$$eval(`${RESULTS} *`, (els) =>
        els.flatMap((e) => [...e.attributes].map((a) => a.name)).filter((n) => n.startsWith('on') || n === 'style'),
      );
      expect(handlers).toEqual([]);
    }
  });

  test('no results: a clear message and an empty list', async () => {
    const { page } = await session.open('/search/');
    await page.fill(INPUT, 'qwxzv');
    expect(await settled(page, 'qwxzv')).toBe('empty');
    expect(await page.locator(`${RESULTS} > li`).count()).toBe(0);
    expect(collapseSpace((await page.textContent('[role="status"]')) ?? '')).toMatch(/^No results for “qwxzv”\. Try/);
  });

  test('each result shows its own search’s highlights when two searches read the same pages at once', async () => {
    // Slow fragments: the warm-up, "Hama" and "Aleppo" all wait on the same pages' text, and get it together.
    const { page, context } = await searchWithDelayed('**/pagefind/fragment/*', 800);
    await page.fill(INPUT, 'Hama');
    await page.fill(INPUT, 'Aleppo');
    await settled(page, 'Aleppo');
    const results = await shownResults(page);
    expect(results.length).toBeGreaterThan(1);
    // A mark is the searched word or a word it begins ("Aleppo–Damascus" is one word to Pagefind).
    for (const r of results) expect(r.marks.map(markWord).filter((w) => !w.startsWith('aleppo')), r.href).toEqual([]);
    expect(results.every((r) => r.marks.length > 0), 'every result has a highlight').toBe(true);
    await context.close();
  });

  test('results do not wait for the filter index, and the filter counts are right once it is in', async () => {
    const { page, context } = await searchWithDelayed('**/pagefind/filter/*', 1500);
    await page.fill(INPUT, 'Hama');
    // The first result is shown before the filter index has arrived.
    await page.waitForSelector(`${RESULTS} [data-result-link]`, { timeout: 1400 });
    await settled(page, 'Hama');
    const all = (await shownResults(page)).length;
    const articles = (await shownResults(page)).filter((r) => r.href.includes('/articles/')).length;
    const article = page.locator('[data-filter-key="type"][data-filter-value="article"]');
    expect(await article.isVisible(), 'the "Article" filter shows').toBe(true);
    const label = collapseSpace((await article.locator('xpath=ancestor::label[1]').textContent()) ?? '');
    expect(label).toBe(`Article (${articles})`);
    expect(articles).toBeLessThan(all);
    await context.close();
  });

  test('when the index cannot load, it says so and offers the sections to browse', async () => {
    const context = await session.browser.newContext();
    // Before the page loads: it starts loading the index while it idles.
    await context.route('**/pagefind/**', (route) => route.abort());
    const page = await context.newPage();
    await page.goto(session.url('/search/'));
    await page.fill(INPUT, 'Hama');
    await page.waitForSelector(`${RESULTS}[data-state="error"]`, { state: 'attached' });
    expect(collapseSpace((await page.textContent('[role="status"]')) ?? '')).toMatch(/^Search is not available right now/);
    expect(await page.locator('[data-search-failure] a').first().isVisible()).toBe(true);
    expect(await page.locator('[data-search-nojs]').count(), 'not the no-JavaScript wording').toBe(0);
    await context.close();
  });

  test('filters: "Article" keeps the articles; a party or place narrows the results; unticking restores them', async () => {
    const { page } = await session.open('/search/');
    await search(page, 'Hama');
    const all = await shownResults(page);

    const article = page.locator('[data-filter-key="type"][data-filter-value="article"]');
    await article.check();
    await page.waitForURL(/type=article/);
    await settled(page, 'Hama');
    const articles = (await shownResults(page)).map((r) => r.href);
    expect(articles).toContain(articleUrl(dec1.slug));
    expect(articles).toContain(articleUrl(dec5.slug));
    expect(articles.every((href) => href.includes('/articles/')), 'only article pages').toBe(true);
    await article.uncheck();
    await page.waitForURL((url) => !url.searchParams.has('type'));

    // A value that some but not all of the results carry, from the party or place groups.
    const options = await page.$$eval('[data-filter-key="actor"], [data-filter-key="place"]', (inputs) =>
      inputs.map((input) => {
        const el = input as HTMLInputElement;
        const count = Number(/\((\d+)\)/.exec(el.closest('label')?.textContent ?? '')?.[1] ?? NaN);
        return { key: el.dataset['filterKey'] ?? '', value: el.dataset['filterValue'] ?? '', count };
      }),
    );
    const narrowing = options.find((o) => o.count > 0 && o.count < all.length);
    expect(narrowing, 'a party or place filter that narrows "Hama": pages declare them with <SearchFilters>').toBeDefined();
    if (!narrowing) return;
    const box = page.locator(`[data-filter-key="${narrowing.key}"][data-filter-value="${narrowing.value.replace(/"/g, '\\"')}"]`);
    // Groups other than "Kind of page" start closed: open it as a reader would.
    await box.locator('xpath=ancestor::details[1]/summary').click();
    await box.check();
    await page.waitForURL((url) => url.searchParams.getAll(narrowing.key).includes(narrowing.value));
    await settled(page, 'Hama');
    const narrowed = await shownResults(page);
    expect(narrowed.length).toBe(narrowing.count);
    expect(narrowed.length).toBeLessThan(all.length);
    expect(collapseSpace((await page.textContent('[role="status"]')) ?? '')).toMatch(/with 1 filter$/);
    await box.uncheck();
    await page.waitForURL((url) => !url.searchParams.has(narrowing.key));
    await settled(page, 'Hama');
    expect((await shownResults(page)).length).toBe(all.length);
  });

  test('keyboard only: Tab to the box, type, tick a filter with Space, Tab to a result, Enter opens it', async () => {
    const { page } = await session.open('/search/');
    const active = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName || '');
    for (let i = 0; i < 15 && (await active()) !== 'search-q'; i += 1) await page.keyboard.press('Tab');
    expect(await active(), 'Tab reaches the search box').toBe('search-q');
    await page.keyboard.type('Pedersen');
    await settled(page, 'Pedersen');

    // Tab on: through the filter group(s) to the "Article" box; Space ticks it.
    const focusedFilter = () =>
      page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['filterValue'] ?? document.activeElement?.tagName ?? '');
    for (let i = 0; i < 10 && (await focusedFilter()) !== 'article'; i += 1) await page.keyboard.press('Tab');
    expect(await focusedFilter(), 'Tab reaches the "Article" filter').toBe('article');
    await page.keyboard.press('Space');
    await page.waitForURL(/type=article/);
    await settled(page, 'Pedersen');
    expect(await focusedFilter(), 'focus stays on the filter after the results update').toBe('article');

    // Escape from the filters returns to the box; ArrowDown goes to the first result.
    await page.keyboard.press('Escape');
    expect(await active()).toBe('search-q');
    await page.keyboard.press('ArrowDown');
    const first = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.href ?? '');
    expect(first).toBe(articleUrl(dec1.slug));

    // Enter opens it.
    await Promise.all([page.waitForURL(articleUrl(dec1.slug)), page.keyboard.press('Enter')]);
    expect(collapseSpace((await page.textContent('h1')) ?? '')).toBe(dec1.title);
  });

  test('Escape in the box clears the words, the results and the URL', async () => {
    const { page } = await session.open('/search/?q=Hama');
    await settled(page, 'Hama');
    await page.focus(INPUT);
    await page.keyboard.press('Escape');
    await page.waitForSelector(`${RESULTS}[data-state="idle"]`, { state: 'attached' });
    expect(await page.inputValue(INPUT)).toBe('');
    expect(await page.locator(`${RESULTS} > li`).count()).toBe(0);
    expect(new URL(page.url()).search).toBe('');
  });

  test('fits a 360 px phone without sideways scrolling', async () => {
    const { page } = await session.open('/search/?q=Hama', { width: 360, height: 740 });
    await settled(page, 'Hama');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test.each(['light', 'dark'] as const)('axe finds no violations (%s, idle and with results)', async (colorScheme) => {
    const { page } = await session.open('/search/', { colorScheme });
    expect(await runAxe(page)).toEqual([]);
    await search(page, 'Hama');
    // Open every filter group so axe checks all the boxes.
    await page.$$eval('details.search-filter-group', (ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    expect(await runAxe(page)).toEqual([]);
  });
});
