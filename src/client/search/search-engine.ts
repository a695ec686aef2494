// Pagefind behind a checked interface. This module (with zod/mini, most of the
// search code's weight) is imported dynamically by search-page.ts, so it loads
// with the index when the reader first uses the box, not with the page.
import { loadPagefind } from './pagefind-loader.ts';
import { toPagefindFilters, type FilterCounts } from '../../lib/search/filters.ts';
import {
  filterCountsSchema,
  readPagefind,
  resultDataSchema,
  searchResponseSchema,
  type ResultData,
} from '../../lib/search/pagefind-data.ts';
import type { SearchQuery } from '../../lib/search/query.ts';

export interface SearchAnswer {
  total: number;
  /** Counts per filter value for the words alone (ignoring the ticked filters). */
  totalFilters: FilterCounts;
  /** Loads and checks the data of results [from, to). */
  load(from: number, to: number): Promise<ResultData[]>;
}

export interface SearchEngine {
  /** Every filter value in the index, with its page count. */
  available: FilterCounts;
  search(query: SearchQuery): Promise<SearchAnswer>;
}

export async function createEngine(): Promise<SearchEngine> {
  const pagefind = await loadPagefind();
  const available = readPagefind(filterCountsSchema, await pagefind.filters(), 'filter list');
  return {
    available,
    async search(query) {
      const raw = await pagefind.search(query.text === '' ? null : query.text, { filters: toPagefindFilters(query.filters) });
      const { results, totalFilters } = readPagefind(searchResponseSchema, raw, 'search answer');
      return {
        total: results.length,
        totalFilters: query.text === '' ? available : totalFilters,
        load: (from, to) =>
          Promise.all(results.slice(from, to).map(async (r) => readPagefind(resultDataSchema, await r.data(), 'result'))),
      };
    },
  };
}
