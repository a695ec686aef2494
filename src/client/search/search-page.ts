// The /search/ page, enhanced: search as you type, filters, results with
// highlighted excerpts, the count announced, the query kept in the URL.
// Markup contract (src/pages/search.astro): elements carrying data-search-*.
// The results list carries data-state ("idle" | "loading" | "results" |
// "empty" | "error") and data-query (the words last rendered), which the
// browser tests and scripts/bench/search.ts wait on.
//
// Speed (issue 14): while the page idles, the engine and, on a small site, the
// whole index load (search-engine.ts warm()), so a query is answered from
// memory. Every input searches at once, without a debounce; searches may
// overlap, and each answer is drawn only if no newer query has started since
// (the generation count), so a slow, stale answer never replaces a newer one.
import { createEngine, type SearchAnswer, type SearchEngine } from './search-engine.ts';
import { renderResult } from './render-results.ts';
import { createFilterPanel, type FilterPanel } from './filter-panel.ts';
import { formatSearchQuery, hasSearch, normaliseQueryText, parseSearchQuery, type SearchQuery } from '../../lib/search/query.ts';
import { toggleFilter } from '../../lib/search/filters.ts';
import { describeResults } from '../../lib/search/status-message.ts';

const PAGE_SIZE = 10;
/** Marked once the engine and index are in memory. */
const WARM_MARK = 'search-index-warm';
/** After this long without an answer, the status says the search is under way. */
const SLOW_MS = 500;

let engine: Promise<SearchEngine> | undefined;

/** The engine and the index, loaded on first use; a failed load is retried on the next search. */
function loadEngine(): Promise<SearchEngine> {
  engine ??= createEngine();
  engine.catch(() => {
    engine = undefined;
  });
  return engine;
}

/**
 * Loads the engine and warms the index; failures are left for a search to
 * report. The User Timing mark says when the index was ready (scripts/bench/search.ts reads it).
 */
function warm(): void {
  loadEngine()
    .then((e) => e.warm())
    .then(() => performance.mark(WARM_MARK))
    .catch(() => undefined);
}

/** Once the page has loaded and the main thread is free: the page's own loading goes first. */
function whenIdle(run: () => void): void {
  const idle = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 2000 }) : setTimeout(run, 200));
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
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

  async function ensureFilters(search: SearchEngine): Promise<FilterPanel> {
    const available = await search.available;
    panel ??= createFilterPanel(filtersBox, available, (key, value, on) => {
      query = { ...query, filters: toggleFilter(query.filters, key, value, on) };
      void run();
    });
    return panel;
  }

  /**
   * Shows the next page of results, each as soon as its data is in, in rank
   * order: the reader sees the first result without waiting for the tenth.
   * The first page replaces the list when its first result arrives, so the
   * list never shows empty between two queries.
   */
  async function showMore(mine: number): Promise<void> {
    if (!answer) return;
    const start = shown;
    // The first result alone, then the others: their fetches would otherwise hold it up.
    const first = answer.load(start, start + 1);
    await first[0]?.catch(() => undefined);
    if (mine !== generation) return;
    const pending = [...first, ...answer.load(start + 1, start + PAGE_SIZE)];
    // Awaited one by one below; a failure after the first must not go unhandled meanwhile.
    for (const loading of pending) loading.catch(() => undefined);
    for (const [i, loading] of pending.entries()) {
      const item = renderResult(await loading);
      if (mine !== generation) return;
      if (start === 0 && i === 0) list.replaceChildren(item);
      else list.append(item);
      shown += 1;
    }
    if (start === 0 && pending.length === 0) list.replaceChildren();
    const left = answer.total - shown;
    more.hidden = left <= 0;
    more.textContent = `Show ${Math.min(left, PAGE_SIZE)} more results`;
    // After "Show more", the keyboard continues at the first new result.
    if (start > 0 && shown > start) list.children[start]?.querySelector<HTMLElement>('[data-result-link]')?.focus();
  }

  async function run(): Promise<void> {
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
      const found = await search.search(query);
      if (mine !== generation) return;
      answer = found;
      shown = 0;
      await showMore(mine);
      const filterPanel = await ensureFilters(search);
      const counts = await found.totalFilters;
      if (mine !== generation) return;
      filterPanel.update(query.filters, counts);
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

  input.addEventListener('input', () => {
    query = { ...query, text: normaliseQueryText(input.value) };
    void run();
  });
  // Focusing the box says the reader is about to search: warm now if idling has not yet.
  input.addEventListener('focus', warm, { once: true });
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

  // A query in the URL (the header box, a shared link) runs at once; the rest of the index waits until it is answered.
  if (hasSearch(query)) void run().finally(() => whenIdle(warm));
  else {
    setState('idle');
    whenIdle(warm);
  }
}

const root = document.querySelector<HTMLElement>('[data-search-app]');
if (root) start(root);
