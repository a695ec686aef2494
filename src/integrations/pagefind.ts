// Builds the Pagefind search index after Astro has written the site. Any
// indexing error fails the build: a site whose search silently misses pages
// is worse than no build at all. Only elements marked data-pagefind-body are
// indexed (article and explainer text, not navigation or footers). Each
// page is indexed in the language of its <html lang>: an article in Arabic
// goes to an Arabic index, so a search in English is not flooded by it (and
// is stemmed as English).
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

function check<T extends { errors: string[] }>(step: string, response: T): T {
  if (response.errors.length > 0) {
    throw new Error(`Pagefind ${step} failed:\n  ${response.errors.join('\n  ')}`);
  }
  return response;
}

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
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
      },
    },
  };
}
