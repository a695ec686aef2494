// The article pages and the home page in headless Chromium, against the page
// contract: headline, date, dek, caption and credit, h2 section headings,
// quotes set as <q class="quote" data-speaker> plus a "Quotes in this article"
// list, video references with their duration, sign-off, "Source: DW" link;
// no console error, no failed request, no axe violation; readable without JS.
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { useBrowser, type OpenedPage } from '../support/browser-session.ts';
import { readSeedArticles, isoDuration, type SeedArticle } from '../support/seed-articles.ts';
import { collapseSpace } from '../support/built-files.ts';
import { runAxe } from '../support/axe.ts';
import { PROJECT_ROOT } from '../../tooling/site-build.ts';

const session = useBrowser();
const seeds = readSeedArticles();

/** What a reader must find on each page beyond what the seed parser yields. */
const EXPECTED: Record<string, { headings: string[]; quotes: { opens: string; speaker: RegExp }[] }> = {
  'syrian-army-sends-reinforcements-to-hold-back-rebels-in-hama': {
    headings: ['Government pushback', 'Rebels claim full control over\u00a0Aleppo', 'Assad under pressure', 'World eyes developments in Syria'],
    quotes: [
      { opens: 'For the first time since the conflict started in 2012', speaker: /abdel rahman/ },
      { opens: 'We are determined to defend the vital interests of Israel', speaker: /netanyahu/ },
      { opens: 'The latest developments pose severe risks to civilians', speaker: /pedersen/ },
    ],
  },
  'syria-islamist-rebels-eye-more-gains-after-seizing-hama': {
    headings: ["What's the current situation in Syria?", 'Surprise offensive', 'Who is fighting in Syria?'],
    quotes: [
      { opens: 'Over the past few hours, with the intensification of confrontations', speaker: /army/ },
      { opens: 'A short time ago, our air defenses confronted enemy drone aircraft', speaker: /military/ },
      { opens: 'Currently, the situation in northwestern Syria is intensifying', speaker: /embassy|chin/ },
    ],
  },
};

/** Lower-case words only, so "Benjamin Netanyahu", "benjamin-netanyahu" and "Netanyahu" all match /netanyahu/. */
function words(text: string | null | undefined): string {
  return (text ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

test('the contract covers every seed', () => {
  expect(seeds.map((s) => s.slug).sort()).toEqual(Object.keys(EXPECTED).sort());
});

test('every built article page comes from a seed listed in seeds/sources.json', async () => {
  const built = await readdir(join(inject('distDir'), 'articles'), { withFileTypes: true });
  const slugs = built.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  expect(slugs.sort()).toEqual(seeds.map((s) => s.slug).sort());
});

describe('home page', () => {
  test('lists every article with a link to its page, without errors', async () => {
    const { page, problems } = await session.open('/');
    await page.waitForLoadState('networkidle');
    const links = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    const text = collapseSpace((await page.textContent('body')) ?? '');
    for (const seed of seeds) {
      expect(links, `a link to /articles/${seed.slug}/`).toContain(session.url(`/articles/${seed.slug}/`));
      expect(text, 'the article title on the home page').toContain(seed.title);
    }
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
  });

  test('tells the whole arc: every day from 27 November to 8 December, and that the government fell, with its sources', async () => {
    const { page } = await session.open('/');
    const days = await page.$$eval('.arc-days li time', (ts) => ts.map((t) => t.getAttribute('datetime')));
    const mapDates = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'content/control/dates.json'), 'utf8')) as { date: string }[]).map((d) => d.date);
    expect(days).toEqual(mapDates.slice(1));
    expect(days[0]).toBe('2024-11-27');
    expect(days.at(-1)).toBe('2024-12-08');
    const ended = page.locator('.arc p');
    expect(collapseSpace((await ended.first().textContent()) ?? '')).toMatch(/^On 8 December 2024 the army command told officers that President Bashar al-Assad's rule had ended/);
    // Every sentence links its report, on the publisher's own site.
    for (const p of await ended.all()) {
      const hrefs = await p.locator('a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).hostname));
      expect(hrefs.length).toBeGreaterThan(0);
      for (const host of hrefs) expect(host).toMatch(/(^|\.)(dw\.com|aljazeera\.com|politico\.eu)$/);
    }
    // The latest map shows the whole country on 8 December.
    expect(await page.textContent('#fm-home-latest-h')).toBe('Who held what on 8 December 2024');
  });
});

describe.each(seeds)('article page /articles/$slug/', (seed: SeedArticle) => {
  const expected = EXPECTED[seed.slug] ?? { headings: [], quotes: [] };
  let opened: OpenedPage;
  let main = '';

  beforeAll(async () => {
    opened = await session.open(`/articles/${seed.slug}/`);
    await opened.page.waitForLoadState('networkidle');
    main = collapseSpace((await opened.page.textContent('main')) ?? '');
  });

  test('is served', () => {
    expect(opened.response?.status()).toBe(200);
    expect(main, 'the page has a <main> with text').not.toBe('');
  });

  test('its only h1 is the article title', async () => {
    const h1s = await opened.page.$$eval('h1', (els) => els.map((e) => e.textContent ?? ''));
    expect(h1s.map(collapseSpace)).toEqual([seed.title]);
  });

  test('shows its date in a <time datetime>', async () => {
    expect(await opened.page.locator(`time[datetime="${seed.date}"]`).count()).toBeGreaterThan(0);
  });

  test('shows the dek, the image caption and its credit as written', () => {
    expect(main).toContain(seed.dek);
    expect(main).toContain(seed.caption);
    expect(main).toContain(seed.credit);
  });

  test('sets the section headings as h2, in order', async () => {
    const h2s = (await opened.page.$$eval('main h2', (els) => els.map((e) => e.textContent ?? ''))).map(collapseSpace);
    const inOrder = h2s.filter((h) => expected.headings.includes(h));
    expect(inOrder).toEqual(expected.headings);
  });

  test('sets quotes as <q class="quote"> carrying their speaker', async () => {
    const quotes = await opened.page.$$eval('main q.quote', (els) =>
      els.map((q) => ({ text: q.textContent ?? '', speaker: q.getAttribute('data-speaker') })),
    );
    for (const { opens, speaker } of expected.quotes) {
      const found = quotes.find((q) => collapseSpace(q.text).includes(opens));
      expect(found, `a q.quote containing "${opens}"`).toBeDefined();
      expect(words(found?.speaker), `data-speaker of "${opens}"`).toMatch(speaker);
    }
  });

  test('lists the quotes under "Quotes in this article", each naming its speaker', async () => {
    const headings = await opened.page.$$eval('h2, h3', (els) => els.map((e) => (e.textContent ?? '').trim()));
    expect(headings).toContain('Quotes in this article');
    const listed = await opened.page.$$eval('blockquote', (els) =>
      els.map((bq) => {
        const holder = bq.closest('figure, li') ?? bq.parentElement ?? bq;
        const attribution = holder.querySelector('cite, figcaption');
        return { text: bq.textContent ?? '', by: attribution?.textContent ?? '' };
      }),
    );
    for (const { opens, speaker } of expected.quotes) {
      const found = listed.find((q) => collapseSpace(q.text).includes(opens));
      expect(found, `a blockquote containing "${opens}"`).toBeDefined();
      expect(words(found?.by), `cite/figcaption of "${opens}"`).toMatch(speaker);
    }
  });

  test('shows each video reference as a labelled block with its duration', async () => {
    for (const video of seed.videos) {
      const datetime = isoDuration(video.duration);
      const block = await opened.page.$$eval(
        `main time[datetime="${datetime}"]`,
        (times, title) =>
          times.map((time) => {
            // The smallest ancestor that also holds the title is the video's block.
            let el: Element | null = time;
            while (el && !(el.textContent ?? '').includes(title)) el = el.parentElement;
            return el
              ? {
                  durations: el.querySelectorAll('time[datetime^="PT"]').length,
                  label: `${el.getAttribute('aria-label') ?? ''} ${el.textContent ?? ''}`,
                }
              : null;
          }),
        video.title,
      );
      const mine = block.find((b) => b !== null);
      expect(mine, `<time datetime="${datetime}"> next to "${video.title}"`).toBeDefined();
      expect(mine?.durations, `one duration in the block of "${video.title}"`).toBe(1);
      expect(mine?.label, `the block of "${video.title}" says it is a video`).toMatch(/video/i);
    }
  });

  test('ends with the sign-off', () => {
    // The sign-off may be rebuilt from its parts, so a no-break space may become a space.
    expect(main.replace(/\u00a0/g, ' ')).toContain(seed.signoff.replace(/\u00a0/g, ' '));
  });

  test('credits the source with a "Source: DW" link to the original', async () => {
    const sourceLinks = await opened.page.$$eval(
      'a[href]',
      (as, url) =>
        as
          .filter((a) => a.getAttribute('href') === url)
          .map((a) => (a.parentElement?.textContent ?? '').replace(/\s+/g, ' ')),
      seed.url,
    );
    expect(sourceLinks.some((text) => text.includes('Source: DW')), `"Source: DW" linking to ${seed.url}`).toBe(true);
  });

  test('loads without console errors or failed requests', () => {
    expect(opened.problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
  });

  test('has no axe-core violations', async () => {
    expect(await runAxe(opened.page)).toEqual([]);
  });

  test('shows headline and body with JavaScript off', async () => {
    const { page } = await session.open(`/articles/${seed.slug}/`, { javaScript: false });
    await expect(page.locator('h1').isVisible()).resolves.toBe(true);
    expect(collapseSpace((await page.textContent('h1')) ?? '')).toBe(seed.title);
    const paragraphs = seed.body.filter((line) => /[.!?]["”]?$/.test(line));
    for (const paragraph of [paragraphs[0], paragraphs.at(-1)]) {
      const opening = (paragraph ?? '').slice(0, 50);
      const shown = page.locator('main p', { hasText: opening });
      await expect(shown.first().isVisible(), `paragraph "${opening}…" visible`).resolves.toBe(true);
    }
  });
});
