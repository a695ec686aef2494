// The sentence the search page announces (aria-live) after each search.
import { countSelected } from './filters.ts';
import type { SearchQuery } from './query.ts';

// One formatter, made once: toLocaleString() builds a new one on every call (milliseconds each, on a phone).
const COUNT = new Intl.NumberFormat('en-GB');

function plural(n: number, one: string, many: string): string {
  return `${COUNT.format(n)} ${n === 1 ? one : many}`;
}

/** "2 results for “Hama”", "No results for “xyz”.", "3 pages match the filters". */
export function describeResults(query: SearchQuery, total: number): string {
  const filterCount = countSelected(query.filters);
  const filtered = filterCount > 0 ? ` with ${plural(filterCount, 'filter', 'filters')}` : '';
  if (query.text === '') {
    if (filterCount === 0) return '';
    return total === 0 ? 'No page matches these filters. Remove one to see more.' : `${plural(total, 'page matches', 'pages match')} the filters`;
  }
  if (total === 0) {
    const hint = filterCount > 0 ? 'Try removing a filter, fewer words or another spelling.' : 'Try fewer words or another spelling.';
    return `No results for “${query.text}”${filtered}. ${hint}`;
  }
  return `${plural(total, 'result', 'results')} for “${query.text}”${filtered}`;
}
