// What a page tells the search index about itself (rendered by the
// SearchFilters component as data-pagefind-filter elements). Values are the
// reader-facing names ("Hayat Tahrir al-Sham", "Hama") because pagefind shows
// them as they are; every page must therefore take them from the registries.
import { isPageType, type FilterKey, type PageType } from './filter-keys.ts';

export interface SearchFilterProps {
  type?: PageType;
  /** Display names of the parties the page is about (content/actors.json `name`). */
  actors?: readonly string[];
  /** Display names of the places the page is about. */
  places?: readonly string[];
}

export interface FilterDeclaration {
  key: FilterKey;
  value: string;
}

function clean(key: FilterKey, values: readonly string[], where: string): FilterDeclaration[] {
  const seen = new Set<string>();
  for (const raw of values) {
    const value = raw.replace(/\s+/gu, ' ').trim();
    if (value === '') throw new Error(`${where}: an empty ${key} filter value`);
    seen.add(value);
  }
  return [...seen].sort((a, b) => a.localeCompare(b, 'en')).map((value) => ({ key, value }));
}

/** The filter declarations for a page, deduplicated and sorted; `where` names the page in errors. */
export function filterDeclarations(props: SearchFilterProps, where: string): FilterDeclaration[] {
  if (props.type !== undefined && !isPageType(props.type)) {
    throw new Error(`${where}: unknown search type "${String(props.type)}"`);
  }
  return [
    ...(props.type ? [{ key: 'type' as const, value: props.type }] : []),
    ...clean('actor', props.actors ?? [], where),
    ...clean('place', props.places ?? [], where),
  ];
}
