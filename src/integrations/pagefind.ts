// Builds the Pagefind search index after Astro has written the site. Any
// indexing error fails the build (through the service worker integration,
// which waits for the index): a site whose search silently misses pages is
// worse than no build at all. Only elements marked data-pagefind-body are
// indexed (article and explainer text, not navigation or footers). Each
// page is indexed in the language of its <html lang>: an article in Arabic
// goes to an Arabic index, so a search in English is not flooded by it (and
// is stemmed as English).
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

function check<T extends { errors: string[] }>(step: string, response: T): T {
  if (response.errors.length > 0) {
    throw new Error(`Pagefind ${step} failed:\n  ${response.errors.join('\n  ')}`);
  }
  return response;
}

/** The index being written, from this build's astro:build:done on. */
let indexing: Promise<void> | undefined;

/**
 * Resolves when the search index of the build is written; rejects with its
 * error. The service worker integration waits for it: it precaches the index.
 */
export function pagefindIndexWritten(): Promise<void> {
  if (!indexing) return Promise.reject(new Error('Pagefind: the index was never started (is pagefindIndex() before serviceWorker() in astro.config.mjs?)'));
  return indexing;
}

async function writeIndex(dir: URL, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  try {
    const { index } = check('startup', await pagefind.createIndex());
    if (!index) throw new Error('Pagefind returned no index');
    const { page_count } = check('indexing', await index.addDirectory({ path: fileURLToPath(dir) }));
    if (page_count === 0) throw new Error('Pagefind found no page to index');
    check('writing', await index.writeFiles({ outputPath: fileURLToPath(new URL('./pagefind/', dir)) }));
    logger.info(`indexed ${page_count} pages in ${Math.round(performance.now() - started)} ms`);
  } finally {
    await pagefind.close();
  }
}

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      // Started, not awaited: Pagefind reads the pages in its own process while the next
      // integrations (the policy) work on them on ours, and a page rewritten meanwhile is
      // replaced whole (renamed over), so it reads the old or the new text, whose indexed
      // words are the same. On 1,000 articles that overlap saves the index's 3 s.
      'astro:build:done': ({ dir, logger }) => {
        indexing = writeIndex(dir, logger);
        // Reported by the service worker integration, which waits for it.
        indexing.catch(() => undefined);
      },
    },
  };
}
