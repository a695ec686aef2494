// What the search page loads before the reader types, so that the first
// query is answered from memory (issue 14: ≤ 30 ms from the keystroke to the
// first result). Pagefind fetches an index chunk for each word searched and a
// fragment for each result shown; on a small site all of them together are
// smaller than one photo, so /search/ loads them all while it idles. On a
// large one it loads only the engine, and each query fetches what it needs.

/**
 * Up to this many indexed pages, /search/ preloads every fragment and index
 * chunk (about 16 KB gzip per long page; 8 pages today ≈ 130 KB). Beyond it,
 * a visit to /search/ would download more than a reader will ever search.
 */
export const WARM_PAGE_LIMIT = 100;

export function warmsWholeIndex(pages: number): boolean {
  return pages > 0 && pages <= WARM_PAGE_LIMIT;
}

/**
 * The distinct words of some text, lower-cased: pagefind.preload() of them
 * loads every index chunk holding any of them. Pagefind finds a chunk for
 * each word of a query, and every chunk holds words of the indexed text, so
 * the text of every fragment reaches them all.
 */
export function vocabulary(texts: readonly string[]): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (word !== '') words.add(word);
  }
  return [...words];
}

/**
 * Words per preload: pagefind reads a query character by character on the
 * main thread. All 1,700 words of the site at once made one 130 ms task on a
 * phone's CPU (Chromium at 4× slowdown, as Lighthouse runs); batches this size
 * keep each step well under the 50 ms that would hold up the reader's input.
 */
export const PRELOAD_BATCH = 150;

/** The words as preload queries of at most `size` words each. */
export function preloadBatches(words: readonly string[], size = PRELOAD_BATCH): string[] {
  const batches: string[] = [];
  for (let i = 0; i < words.length; i += size) batches.push(words.slice(i, i + size).join(' '));
  return batches;
}
