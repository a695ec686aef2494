// Pagefind behind a checked interface, for the search page only (no other page
// loads any search code).
import * as z from 'zod/mini';
import { loadPagefind, type PagefindApi } from './pagefind-loader.ts';
import { toPagefindFilters, type FilterCounts } from '../../lib/search/filters.ts';
import {
  filterCountsSchema,
  readPagefind,
  resultDataSchema,
  searchResponseSchema,
  type ResultData,
} from '../../lib/search/pagefind-data.ts';
import type { SearchQuery } from '../../lib/search/query.ts';
import { preloadBatches, vocabulary, warmsWholeIndex } from '../../lib/search/warm-up.ts';

export interface SearchAnswer {
  total: number;
  /** Counts per filter value for the words alone (ignoring the ticked filters). */
  totalFilters: FilterCounts;
  /** Loads and checks the data of results [from, to), one promise per result in rank order (the first settles first). */
  load(from: number, to: number): Promise<ResultData>[];
}

export interface SearchEngine {
  /** Every filter value in the index, with its page count (loaded beside the first search, not before it). */
  available: Promise<FilterCounts>;
  search(query: SearchQuery): Promise<SearchAnswer>;
  /** Loads the index ahead of the first query, when it is small enough (lib/search/warm-up.ts). */
  warm(): Promise<void>;
}

const pageTextSchema = z.object({ content: z.string() });

/** Lets the browser handle input and paint between two steps of the warm-up. */
const breather = () => new Promise<void>((resume) => setTimeout(resume, 0));

/**
 * Every fragment, then every index chunk their words fall in, each kept by
 * pagefind for the searches to come. In small steps, the main thread given
 * back between them: a reader may type meanwhile.
 */
async function warmIndex(pagefind: PagefindApi): Promise<void> {
  // With no words and no filters, pagefind lists every page.
  const { results } = readPagefind(searchResponseSchema, await pagefind.search(null), 'page list');
  if (!warmsWholeIndex(results.length)) return;
  const texts: string[] = [];
  for (const result of results) {
    texts.push(readPagefind(pageTextSchema, await result.data(), 'page text').content);
    await breather();
  }
  for (const batch of preloadBatches(vocabulary(texts))) {
    await pagefind.preload(batch);
    await breather();
  }
}

export async function createEngine(): Promise<SearchEngine> {
  const pagefind = await loadPagefind();
  const available = pagefind.filters().then((raw) => readPagefind(filterCountsSchema, raw, 'filter list'));
  // Read when a search needs it; a failure then surfaces there.
  available.catch(() => undefined);
  let warming: Promise<void> | undefined;
  return {
    available,
    async search(query) {
      const raw = await pagefind.search(query.text === '' ? null : query.text, { filters: toPagefindFilters(query.filters) });
      const { results, totalFilters } = readPagefind(searchResponseSchema, raw, 'search answer');
      return {
        total: results.length,
        totalFilters: query.text === '' ? await available : totalFilters,
        load: (from, to) => results.slice(from, to).map(async (r) => readPagefind(resultDataSchema, await r.data(), 'result')),
      };
    },
    warm() {
      warming ??= warmIndex(pagefind);
      return warming;
    },
  };
}
