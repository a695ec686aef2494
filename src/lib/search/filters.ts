// Filter state for the search page: which checkboxes to show, in what order and
// with what counts, and how the reader's choices become a pagefind query.
// Within a group the choices widen the search (an article OR an explainer);
// across groups they narrow it (an article AND about Hama).
import { FILTER_KEYS, FILTER_LABELS, PAGE_TYPES, PAGE_TYPE_LABELS, isPageType, type FilterKey } from './filter-keys.ts';
import type { SelectedFilters } from './query.ts';

/** Pagefind's shape for filter counts: key → value → number of pages. */
export type FilterCounts = Record<string, Record<string, number>>;

export interface FilterOption {
  value: string;
  label: string;
  /** Pages matching the current words with this value (all pages when there are no words). */
  count: number;
  checked: boolean;
}

export interface FilterGroup {
  key: FilterKey;
  legend: string;
  options: FilterOption[];
}

function optionLabel(key: FilterKey, value: string): string {
  return key === 'type' && isPageType(value) ? PAGE_TYPE_LABELS[value] : value;
}

function compareValues(key: FilterKey, a: string, b: string): number {
  if (key === 'type') {
    // Known kinds in reading order (articles first); anything else after them.
    const rank = (v: string) => (isPageType(v) ? PAGE_TYPES.indexOf(v) : PAGE_TYPES.length);
    const byRank = rank(a) - rank(b);
    if (byRank !== 0) return byRank;
  }
  return a.localeCompare(b, 'en', { sensitivity: 'base' }) || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * The groups to show. `available` is every value the index knows (pagefind.filters());
 * `counts`, when given, are the counts for the current words. A value the reader
 * selected stays listed even when no page has it, so it can be unchecked.
 */
export function filterGroups(available: FilterCounts, selected: SelectedFilters, counts?: FilterCounts): FilterGroup[] {
  return FILTER_KEYS.flatMap((key) => {
    const chosen = selected[key] ?? [];
    const values = [...new Set([...Object.keys(available[key] ?? {}), ...chosen])].sort((a, b) => compareValues(key, a, b));
    if (values.length === 0) return [];
    const source = counts ?? available;
    const options = values.map((value) => ({
      value,
      label: optionLabel(key, value),
      count: source[key]?.[value] ?? 0,
      checked: chosen.includes(value),
    }));
    return [{ key, legend: FILTER_LABELS[key], options }];
  });
}

/** The selection with one value switched on or off; the input is not changed. */
export function toggleFilter(selected: SelectedFilters, key: FilterKey, value: string, on: boolean): SelectedFilters {
  const current = selected[key] ?? [];
  const next = on ? (current.includes(value) ? current : [...current, value]) : current.filter((v) => v !== value);
  const result: SelectedFilters = { ...selected };
  if (next.length > 0) result[key] = next;
  else delete result[key];
  return result;
}

/** Pagefind's filter argument: any of the values within a key, all keys together. */
export function toPagefindFilters(selected: SelectedFilters): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const key of FILTER_KEYS) {
    const values = selected[key] ?? [];
    if (values.length > 0) filters[key] = { any: [...values] };
  }
  return filters;
}

export function countSelected(selected: SelectedFilters): number {
  return FILTER_KEYS.reduce((n, key) => n + (selected[key]?.length ?? 0), 0);
}
