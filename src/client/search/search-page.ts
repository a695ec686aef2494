// The /search/ page, enhanced: search as you type, filters, results with
// highlighted excerpts, the count announced, the query kept in the URL.
// Markup contract (src/pages/search.astro): elements carrying data-search-*.
// The results list carries data-state ("idle" | "loading" | "results" |
// "empty" | "error") and data-query (the words last rendered), which the
// browser tests and scripts/bench/search.ts wait on.
import type { SearchAnswer, SearchEngine } from './search-engine.ts';
import { renderResult } from './render-results.ts';
import { createFilterPanel, type FilterPanel } from './filter-panel.ts';
import { formatSearchQuery, hasSearch, normaliseQueryText, parseSearchQuery, type SearchQuery } from '../../lib/search/query.ts';
import { toggleFilter } from '../../lib/search/filters.ts';
import { describeResults } from '../../lib/search/status-message.ts';

/** Wait this long after the last keystroke; short enough to feel immediate. */
const DEBOUNCE_MS = 120;
const PAGE_SIZE = 10;
/** After this long without an answer, the status says the search is under way. */
const SLOW_MS = 500;

let engine: Promise<SearchEngine> | undefined;

/** The engine and the index, loaded on first use; a failed load is retried on the next search. */
function loadEngine(): Promise<SearchEngine> {
  engine ??= import('./search-engine.ts').then((m) => m.createEngine());
  engine.catch(() => {
    engine = undefined;
  });
  return engine;
}

function required<T extends Element>(root: ParentNode, selector: string, type: new () => T): T {
  const found = root.querySelector(selector);
  if (!(found instanceof type)) throw new Error(`search page: missing ${selector}`);
  return found;
}

function start(root: HTMLElement): void {
  const form = required(root, '[data-search-form]', HTMLFormElement);
  const input = required(root, '[data-search-input]', HTMLInputElement);
  const status = required(root, '[data-search-status]', HTMLElement);
  const list = required(root, '[data-search-results]', HTMLOListElement);
  const more = required(root, '[data-search-more]', HTMLButtonElement);
  const filtersBox = required(root, '[data-search-filters]', HTMLElement);
  const failure = required(root, '[data-search-failure]', HTMLElement);

  let query: SearchQuery = parseSearchQuery(location.search);
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let answer: SearchAnswer | undefined;
  let shown = 0;
  let panel: FilterPanel | undefined;

  input.value = query.text;

  function setState(state: string): void {
    list.dataset['state'] = state;
    list.setAttribute('aria-busy', String(state === 'loading'));
  }

  function keepInUrl(): void {
    const search = formatSearchQuery(query);
    const url = `${location.pathname}${search ? `?${search}` : ''}`;
    if (url !== `${location.pathname}${location.search}`) history.replaceState(history.state, '', url);
  }

  function ensureFilters({ available }: SearchEngine): FilterPanel {
    panel ??= createFilterPanel(filtersBox, available, (key, value, on) => {
      query = { ...query, filters: toggleFilter(query.filters, key, value, on) };
      void run();
    });
    return panel;
  }

  async function showMore(mine: number): Promise<void> {
    if (!answer) return;
    const datas = await answer.load(shown, shown + PAGE_SIZE);
    if (mine !== generation) return;
    const firstNew = shown === 0 ? null : datas.length > 0 ? list.children.length : null;
    list.append(...datas.map(renderResult));
    shown += datas.length;
    const left = answer.total - shown;
    more.hidden = left <= 0;
    more.textContent = `Show ${Math.min(left, PAGE_SIZE)} more results`;
    // After "Show more", the keyboard continues at the first new result.
    if (firstNew !== null) list.children[firstNew]?.querySelector<HTMLElement>('[data-result-link]')?.focus();
  }

  async function run(): Promise<void> {
    clearTimeout(timer);
    const mine = ++generation;
    keepInUrl();
    if (!hasSearch(query)) {
      answer = undefined;
      list.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      setState('idle');
      panel?.update(query.filters);
      return;
    }
    setState('loading');
    // Only a slow first load (a phone fetching the index) needs saying.
    setTimeout(() => {
      if (mine === generation && list.dataset['state'] === 'loading') status.textContent = 'Searching…';
    }, SLOW_MS);
    try {
      const search = await loadEngine();
      const filterPanel = ensureFilters(search);
      const found = await search.search(query);
      if (mine !== generation) return;
      answer = found;
      shown = 0;
      list.replaceChildren();
      await showMore(mine);
      if (mine !== generation) return;
      filterPanel.update(query.filters, found.totalFilters);
      failure.hidden = true;
      list.dataset['query'] = query.text;
      setState(found.total > 0 ? 'results' : 'empty');
      status.textContent = describeResults(query, found.total);
    } catch (error) {
      if (mine !== generation) return;
      console.error(error);
      list.replaceChildren();
      more.hidden = true;
      setState('error');
      status.textContent = 'Search is not available right now: the search index could not be loaded. Check your connection and try again, or browse the pages below.';
      failure.hidden = false;
    }
  }

  function schedule(): void {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), DEBOUNCE_MS);
  }

  input.addEventListener('input', () => {
    query = { ...query, text: normaliseQueryText(input.value) };
    schedule();
  });
  // Focusing the box says the reader is about to search: start loading now.
  input.addEventListener('focus', () => void loadEngine().catch(() => undefined), { once: true });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    query = { ...query, text: normaliseQueryText(input.value) };
    void run();
  });

  const resultLinks = (): HTMLElement[] => [...list.querySelectorAll<HTMLElement>('[data-result-link]')];

  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && input.value !== '') {
      event.preventDefault();
      input.value = '';
      query = { ...query, text: '' };
      void run();
    } else if (event.key === 'ArrowDown') {
      const first = resultLinks()[0];
      if (first) {
        event.preventDefault();
        first.focus();
      }
    }
  });
  // Escape anywhere else in the search (filters, results) returns to the box.
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && event.target !== input && root.contains(document.activeElement)) {
      event.preventDefault();
      input.focus();
    }
  });
  // Within the results, the arrow keys step through the result titles.
  list.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = resultLinks();
    const at = links.indexOf(document.activeElement as HTMLElement);
    if (at < 0) return;
    event.preventDefault();
    const next = at + (event.key === 'ArrowDown' ? 1 : -1);
    (next < 0 ? input : (links[Math.min(next, links.length - 1)] ?? input)).focus();
  });
  more.addEventListener('click', () => void showMore(generation));

  if (hasSearch(query)) void run();
  else setState('idle');
}

const root = document.querySelector<HTMLElement>('[data-search-app]');
if (root) start(root);
