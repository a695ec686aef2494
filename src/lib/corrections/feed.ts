// The corrections feed (/corrections.json, JSON Feed 1.1: https://www.jsonfeed.org/version/1.1/):
// every correction and editor's note of the corrections log, newest first.
// Item ids are the entries' absolute URLs on the corrections page, which stay
// the same across builds, so feed readers do not show an item twice.
import { formatLongDate } from '../format/date.ts';
import { joinBase } from '../site/href.ts';
import type { LogEntry } from './log.ts';

/** Where the corrections log is published (the corrections section of the methodology page). */
export const CORRECTIONS_PAGE = '/methodology/';
/** The feed's path, stable across deploys. */
export const CORRECTIONS_FEED = '/corrections.json';

export interface JsonFeedItem {
  id: string;
  url: string;
  external_url?: string;
  title: string;
  content_text: string;
  date_published: string;
  tags: string[];
}

export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  language: string;
  items: JsonFeedItem[];
}

export interface FeedOptions {
  /** The site's origin (astro `site`). */
  site: string | URL;
  /** The configured base path ("/" or "/syria/"). */
  base: string;
  siteName: string;
  language: string;
}

export function correctionsFeed(entries: readonly LogEntry[], options: FeedOptions): JsonFeed {
  const absolute = (path: string) => new URL(joinBase(options.base, path), options.site).href;
  const page = absolute(CORRECTIONS_PAGE);
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: `${options.siteName}: corrections and editor's notes`,
    home_page_url: `${page}#corrections`,
    feed_url: absolute(CORRECTIONS_FEED),
    description:
      "Every correction to this site's own facts, maps and text, and every editor's note where a reproduced report is wrong or disagrees with its own source, newest first.",
    language: options.language,
    items: entries.map((entry): JsonFeedItem => {
      const base = { id: `${page}#${entry.anchor}`, url: `${page}#${entry.anchor}`, date_published: `${entry.date}T00:00:00Z` };
      if (entry.kind === 'correction') {
        const c = entry.correction;
        return {
          ...base,
          external_url: absolute(c.page),
          title: `Correction to ${c.page}`,
          content_text: `Was: ${c.was}\n\nNow: ${c.now}`,
          tags: ['correction'],
        };
      }
      const { note, article } = entry;
      const sources = note.sources
        .map((s) => `${s.publisher}${s.via ? ` (${s.via})` : ''}, “${s.title}”${s.published ? `, ${formatLongDate(s.published)}` : ''}: ${s.url}`)
        .join('\n');
      return {
        ...base,
        external_url: absolute(`/articles/${article.slug}/#${note.paragraph}`),
        title: `Editor's note on “${article.title}” (${article.publisher}, ${formatLongDate(article.date)}), paragraph ${note.paragraph.slice(1)}`,
        content_text: `The report says: “${note.words}”.\n\n${note.note}\n\nSources:\n${sources}`,
        tags: ["editor's note"],
      };
    }),
  };
}
