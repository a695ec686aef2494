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
  /** Counts per filter value for the words alone (ignoring the ticked filters); may settle after the results. */
  totalFilters: Promise<FilterCounts>;
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

/**
 * Pagefind keeps one object per page and writes each search's excerpt into it
 * before handing it back, so two searches reading the same page at once (the
 * warm-up and the reader's first query, or two quick keystrokes) can each get
 * the other's excerpt, its words unmarked. Read one result at a time, each
 * copied (readPagefind) before the next read starts.
 */
let reading: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(read: () => Promise<T>): Promise<T> {
  const next = reading.then(read, read);
  reading = next.catch(() => undefined);
  return next;
}

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
    texts.push(await oneAtATime(async () => readPagefind(pageTextSchema, await result.data(), 'page text').content));
    await breather();
  }
  for (const batch of preloadBatches(vocabulary(texts))) {
    await pagefind.preload(batch);
    await breather();
  }
}

export async function createEngine(): Promise<SearchEngine> {
  const pagefind = await loadPagefind();
  let filtersLoaded = false;
  const available = pagefind.filters().then((raw) => {
    filtersLoaded = true;
    return readPagefind(filterCountsSchema, raw, 'filter list');
  });
  // Read when a search needs it; a failure then surfaces there.
  available.catch(() => undefined);
  let warming: Promise<void> | undefined;
  return {
    available,
    async search(query) {
      const run = async () =>
        readPagefind(searchResponseSchema, await pagefind.search(query.text === '' ? null : query.text, { filters: toPagefindFilters(query.filters) }), 'search answer');
      // The first search does not wait for the filter chunks (the results do not need them), but
      // pagefind counts filter values from the chunks it holds: a search that started before they
      // were in is counted again once they are (from memory, a few milliseconds).
      const countable = filtersLoaded;
      const { results, totalFilters } = await run();
      const counts = query.text === '' ? available : countable ? Promise.resolve(totalFilters) : available.then(async () => (await run()).totalFilters);
      counts.catch(() => undefined);
      return {
        total: results.length,
        totalFilters: counts,
        load: (from, to) => results.slice(from, to).map((r) => oneAtATime(async () => readPagefind(resultDataSchema, await r.data(), 'result'))),
      };
    },
    warm() {
      warming ??= warmIndex(pagefind);
      return warming;
    },
  };
}
