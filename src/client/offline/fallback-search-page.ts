// The search page of the offline export (opened from file://, where Pagefind
// cannot load its index). tooling/export-site.ts bundles this into a plain script,
// _offline/search.js, and puts it on search/index.html in place of the
// Pagefind search, after _offline/search-data.js, which defines the data.
// It drives the same markup as src/client/search/search-page.ts (elements
// with data-search-*; the results list's data-state and data-query), renders
// results the same way, and offers no filters.
import { SEARCH_DATA_GLOBAL, excerpt, prepareRecords, queryTerms, searchRecords, type Hit, type SearchRecord } from '../../lib/offline/fallback-search.ts';
import { describeResults } from '../../lib/search/status-message.ts';
import { normaliseQueryText, parseSearchQuery } from '../../lib/search/query.ts';
import { PAGE_TYPE_LABELS, isPageType } from '../../lib/search/filter-keys.ts';
import { formatLongDate } from '../../lib/format/date.ts';

const PAGE_SIZE = 10;

function isRecord(value: unknown): value is SearchRecord {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return typeof r['path'] === 'string' && typeof r['title'] === 'string' && typeof r['text'] === 'string';
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function renderHit(hit: Hit, terms: readonly string[], root: URL): HTMLLIElement {
  const { record } = hit.prepared;
  const item = el('li', 'search-result');
  const heading = el('h3', 'search-result-title');
  const link = el('a', undefined, record.title);
  link.href = new URL(record.path, root).href;
  link.dataset['resultLink'] = '';
  heading.append(link);
  const about = [record.kind && isPageType(record.kind) ? PAGE_TYPE_LABELS[record.kind] : '', record.date ? formatLongDate(record.date) : '']
    .filter((s) => s !== '')
    .join(' · ');
  item.append(heading);
  if (about) item.append(el('p', 'search-result-about', about));
  const text = el('p', 'search-result-excerpt');
  for (const segment of excerpt(hit.prepared, terms)) text.append(segment.marked ? el('mark', undefined, segment.text) : segment.text);
  item.append(text, el('p', 'search-result-url', `/${record.path.replace(/index\.html$/, '')}`));
  return item;
}

function start(app: HTMLElement, records: SearchRecord[], root: URL): void {
  const form = app.querySelector<HTMLFormElement>('[data-search-form]');
  const input = app.querySelector<HTMLInputElement>('[data-search-input]');
  const status = app.querySelector<HTMLElement>('[data-search-status]');
  const list = app.querySelector<HTMLOListElement>('[data-search-results]');
  const more = app.querySelector<HTMLButtonElement>('[data-search-more]');
  if (!form || !input || !status || !list || !more) return;
  const prepared = prepareRecords(records);
  let hits: Hit[] = [];
  let terms: string[] = [];
  let shown = 0;

  const showMore = () => {
    list.append(...hits.slice(shown, shown + PAGE_SIZE).map((hit) => renderHit(hit, terms, root)));
    shown = Math.min(hits.length, shown + PAGE_SIZE);
    more.hidden = shown >= hits.length;
    more.textContent = `Show ${Math.min(hits.length - shown, PAGE_SIZE)} more results`;
  };
  const run = () => {
    const text = normaliseQueryText(input.value);
    terms = queryTerms(text);
    hits = searchRecords(prepared, text);
    shown = 0;
    list.replaceChildren();
    showMore();
    list.dataset['query'] = text;
    list.dataset['state'] = text === '' ? 'idle' : hits.length > 0 ? 'results' : 'empty';
    status.textContent = describeResults({ text, filters: {} }, hits.length);
  };

  input.value = parseSearchQuery(location.search).text;
  // The data is in memory and the search synchronous: every input answers at once, no debounce.
  input.addEventListener('input', run);
  // The keys the page's hint promises: Esc clears the box, ↓ moves to the results.
  input.addEventListener('keydown', (event) => {
    const first = list.querySelector<HTMLElement>('[data-result-link]');
    if (event.key === 'ArrowDown' && first) {
      event.preventDefault();
      first.focus();
    } else if (event.key === 'Escape' && input.value !== '') {
      event.preventDefault();
      input.value = '';
      run();
    }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });
  more.addEventListener('click', showMore);
  run();
}

const data: unknown = (window as unknown as Record<string, unknown>)[SEARCH_DATA_GLOBAL];
const app = document.querySelector<HTMLElement>('[data-search-app]');
const self = document.currentScript;
if (app && self instanceof HTMLScriptElement && Array.isArray(data)) {
  // This script is <root>/_offline/search.js: result paths are relative to <root>.
  start(app, data.filter(isRecord), new URL('../', self.src));
}
