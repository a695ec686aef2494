// The search state a URL carries, so a search can be shared:
//   /search/?q=Hama&type=article&actor=Hayat+Tahrir+al-Sham
// `q` is the words; every other known filter key may repeat, one value each.
import { FILTER_KEYS, type FilterKey } from './filter-keys.ts';

/** Longer queries are cut: nobody types more, and pagefind's cost grows with words. */
export const MAX_QUERY_LENGTH = 200;
/** A value longer than this is not one we ever declare, so it is dropped, not searched. */
const MAX_FILTER_VALUE_LENGTH = 120;

export type SelectedFilters = Partial<Record<FilterKey, string[]>>;

export interface SearchQuery {
  /** Trimmed, inner whitespace collapsed, at most MAX_QUERY_LENGTH characters. */
  text: string;
  filters: SelectedFilters;
}

export function normaliseQueryText(raw: string): string {
  return raw.replace(/\s+/gu, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim();
}

function isFilterKey(key: string): key is FilterKey {
  return (FILTER_KEYS as readonly string[]).includes(key);
}

/** Reads a query string ("?q=…", with or without "?"); unknown keys and empty values are ignored. */
export function parseSearchQuery(search: string | URLSearchParams): SearchQuery {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters: SelectedFilters = {};
  for (const [key, raw] of params) {
    if (!isFilterKey(key)) continue;
    const value = raw.replace(/\s+/gu, ' ').trim();
    if (value === '' || value.length > MAX_FILTER_VALUE_LENGTH) continue;
    const values = (filters[key] ??= []);
    if (!values.includes(value)) values.push(value);
  }
  return { text: normaliseQueryText(params.get('q') ?? ''), filters };
}

/** The query string for a state ("q=Hama&type=article"), keys in a fixed order so equal states give equal URLs. */
export function formatSearchQuery(query: SearchQuery): string {
  const params = new URLSearchParams();
  if (query.text !== '') params.set('q', query.text);
  for (const key of FILTER_KEYS) {
    for (const value of query.filters[key] ?? []) params.append(key, value);
  }
  return params.toString();
}

/** True when there is anything to search for: words, or at least one filter. */
export function hasSearch(query: SearchQuery): boolean {
  return query.text !== '' || Object.values(query.filters).some((values) => values.length > 0);
}
