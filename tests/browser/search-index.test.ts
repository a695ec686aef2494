// The search index holds readable text only (issue 14): no date-stepper
// labels, map keys, buttons or other interface text, on any page. Two checks:
// in the built pages, every control inside an indexed region is marked
// data-pagefind-ignore; and in the built index itself (Pagefind's fragments,
// the text excerpts are cut from), none of the interface texts of the page
// appears.
import { describe, expect, inject, test } from 'vitest';
import { useBrowser } from '../support/browser-session.ts';
import { readIndexedPages } from '../support/search-fragments.ts';
import { collapseSpace } from '../support/built-files.ts';

const session = useBrowser();
const dist = inject('distDir');

/** Interface: controls, their labels, live regions, a map's key and date stepper. */
const INTERFACE = 'button, input, select, textarea, label, summary, [role="status"], [role="tooltip"], .fm-legend, .fm-stepper';

const sitePath = (exportPath: string) => `/${exportPath.replace(/index\.html$/, '')}`;

describe('the search index', () => {
  test('every indexed page keeps its controls, keys and steppers out of the index', async () => {
    const pages = await readIndexedPages(dist);
    expect(pages.length, 'pages in the index').toBeGreaterThan(3);
    for (const { path } of pages) {
      const { page, context } = await session.open(sitePath(path), { javaScript: false });
      const indexed = await page.$$eval(`[data-pagefind-body] :is(${INTERFACE})`, (els) =>
        els.filter((el) => !el.closest('[data-pagefind-ignore]')).map((el) => `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}">${(el.textContent ?? '').trim().slice(0, 40)}`),
      );
      expect(indexed, `interface indexed on ${sitePath(path)}`).toEqual([]);
      await context.close();
    }
  });

  test('no page’s excerpt text holds its interface text', async () => {
    for (const { path, text } of await readIndexedPages(dist)) {
      const { page, context } = await session.open(sitePath(path), { javaScript: false });
      // Long enough to be a phrase of the interface, not a word any article might use.
      const phrases = (await page.$$eval(INTERFACE, (els) => els.map((el) => el.textContent ?? ''))).map(collapseSpace).filter((t) => t.length >= 12);
      const indexed = collapseSpace(text);
      expect(phrases.filter((p) => indexed.includes(p)), `interface text in the index of ${sitePath(path)}`).toEqual([]);
      // The stepper's arrows and its run of day numbers ("26 Nov. 27. 28."), as the issue found them.
      expect(indexed, sitePath(path)).not.toMatch(/[◀▶]|\b\d{1,2} [A-Z][a-z]{2}\. \d{1,2}\. \d{1,2}\./);
      await context.close();
    }
  });
});
