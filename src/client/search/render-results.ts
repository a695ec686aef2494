// Builds the DOM of one search result. Everything from the index is set as
// text (textContent), never parsed as HTML; only the highlights of an excerpt
// become <mark> elements, from excerptSegments().
import { excerptSegments } from '../../lib/search/excerpt.ts';
import { PAGE_TYPE_LABELS, isPageType } from '../../lib/search/filter-keys.ts';
import { formatLongDate } from '../../lib/format/date.ts';
import type { ResultData } from '../../lib/search/pagefind-data.ts';

/** Sections of a page shown under its result, besides the page itself. */
const MAX_SECTIONS = 2;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function excerptInto(parent: HTMLElement, excerpt: string): HTMLElement {
  for (const { text, marked } of excerptSegments(excerpt)) {
    parent.append(marked ? el('mark', undefined, text) : document.createTextNode(text));
  }
  return parent;
}

function describe(data: ResultData): string {
  const type = data.filters['type']?.[0];
  const parts = [type && isPageType(type) ? PAGE_TYPE_LABELS[type] : ''];
  const date = data.meta['date'];
  if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) parts.push(formatLongDate(date));
  return parts.filter((p) => p !== '').join(' · ');
}

/** The result's path as a reader would type it (percent-escapes decoded where they can be). */
function readablePath(url: string): string {
  const path = new URL(url, location.href).pathname;
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

/** One <li> of the results list: title link, kind and date, URL, excerpt, best sections. */
export function renderResult(data: ResultData): HTMLLIElement {
  const item = el('li', 'search-result');
  const heading = el('h3', 'search-result-title');
  const link = el('a', undefined, data.meta['title'] || data.url);
  link.href = data.url;
  link.dataset['resultLink'] = '';
  heading.append(link);
  item.append(heading);

  const about = describe(data);
  if (about) item.append(el('p', 'search-result-about', about));
  item.append(excerptInto(el('p', 'search-result-excerpt'), data.excerpt));

  const sections = data.sub_results.filter((s) => s.url.includes('#') && s.url !== data.url).slice(0, MAX_SECTIONS);
  if (sections.length > 0) {
    const list = el('ul', 'search-result-sections');
    list.setAttribute('aria-label', `Sections of “${link.textContent}”`);
    for (const section of sections) {
      const entry = el('li');
      const sectionLink = el('a', undefined, section.title);
      sectionLink.href = section.url;
      entry.append(sectionLink, ': ', excerptInto(el('span', 'search-result-excerpt'), section.excerpt));
      list.append(entry);
    }
    item.append(list);
  }
  item.append(el('p', 'search-result-url', readablePath(data.url)));
  return item;
}
