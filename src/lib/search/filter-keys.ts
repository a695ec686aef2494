// The filters pages declare for search (with the SearchFilters component) and
// the search page offers. One list, so a page cannot declare a filter that the
// search page would not show, nor the URL carry one that no page declares.
export const FILTER_KEYS = ['type', 'actor', 'place'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** What a page is; the search page shows results of each kind with this label. */
export const PAGE_TYPES = ['article', 'explainer', 'map', 'page'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

export const FILTER_LABELS: Record<FilterKey, string> = {
  type: 'Kind of page',
  actor: 'Party',
  place: 'Place',
};

export const PAGE_TYPE_LABELS: Record<PageType, string> = {
  article: 'Article',
  explainer: 'Explainer',
  map: 'Map',
  page: 'Page',
};

export function isPageType(value: string): value is PageType {
  return (PAGE_TYPES as readonly string[]).includes(value);
}
