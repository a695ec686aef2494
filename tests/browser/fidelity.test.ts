// Fidelity (issue 2, item 5): every sentence of each seed's body appears in its
// built page exactly as written, and none of DW's page chrome appears anywhere
// in the built site. The only normalisation is collapsing runs of ASCII
// whitespace (HTML layout); no-break spaces, quotes and dashes must survive.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { useBrowser } from '../support/browser-session.ts';
import { BOILERPLATE, readSeedArticles, sentences, type SeedArticle } from '../support/seed-articles.ts';
import { collapseSpace, decodeEntities, listFiles } from '../support/built-files.ts';

const session = useBrowser();
const seeds = readSeedArticles();

describe.each(seeds)('/articles/$slug/', (seed: SeedArticle) => {
  test('shows every sentence of the seed body exactly as written', async () => {
    // JavaScript off: this is the built HTML as a reader without scripts gets it.
    const { page, response } = await session.open(`/articles/${seed.slug}/`, { javaScript: false });
    expect(response?.status()).toBe(200);
    // Text of <main> without scripts and styles, so JSON-LD cannot stand in for the visible text.
    const text = await page.evaluate(() => {
      const main = document.querySelector('main')?.cloneNode(true);
      if (!(main instanceof Element)) return null;
      for (const el of main.querySelectorAll('script, style, template')) el.remove();
      return main.textContent;
    });
    expect(text, 'the page has a <main>').not.toBeNull();
    const shown = collapseSpace(text ?? '');

    const expected = seed.body.flatMap(sentences).map(collapseSpace);
    expect(expected.length).toBeGreaterThan(20);
    const missing = expected.filter((sentence) => !shown.includes(sentence));
    expect(missing, 'sentences of the seed not found verbatim in <main>').toEqual([]);
  });
});

test('no DW boilerplate line appears in any built file', async () => {
  const dist = inject('distDir');
  const files = await listFiles(dist, ['.html', '.xml', '.json', '.txt', '.rss', '.webmanifest', '.svg']);
  expect(files.filter((f) => f.endsWith('.html')).length, 'built HTML pages').toBeGreaterThanOrEqual(1 + seeds.length);

  const found: string[] = [];
  for (const file of files) {
    const raw = await readFile(join(dist, file), 'utf8');
    // Both as markup and as text with the tags removed, so a line split by tags is still caught.
    const readings = [raw, raw.replace(/<[^>]*>/g, '')].map((r) => collapseSpace(decodeEntities(r)).replace(/\u00a0/g, ' '));
    for (const line of BOILERPLATE) {
      if (readings.some((text) => text.includes(line))) found.push(`${file}: "${line}"`);
    }
  }
  expect(found).toEqual([]);
});
