// The corrections log and its feed (/corrections.json): corrections and
// editor's notes in one list, newest first, and a valid JSON Feed 1.1
// (https://www.jsonfeed.org/version/1.1/) with absolute URLs on the site's
// origin and base path.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readCorrectionsData } from '../../../src/lib/corrections/load.ts';
import { correctionsLog, type NotedArticle } from '../../../src/lib/corrections/log.ts';
import { correctionsFeed, type JsonFeed } from '../../../src/lib/corrections/feed.ts';
import type { EditorsNote } from '../../../src/schemas/editors-note.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const data = readCorrectionsData(ROOT);
const options = { site: 'https://example.org', base: '/', siteName: 'Site', language: 'en' };

/** The JSON Feed 1.1 rules this feed relies on; a list of what is wrong. */
function jsonFeedProblems(feed: JsonFeed): string[] {
  const problems: string[] = [];
  const absolute = (u: unknown) => typeof u === 'string' && /^https?:\/\//.test(u) && URL.canParse(u);
  if (feed.version !== 'https://jsonfeed.org/version/1.1') problems.push('version');
  if (typeof feed.title !== 'string' || feed.title === '') problems.push('title');
  if (!absolute(feed.home_page_url)) problems.push('home_page_url');
  if (!absolute(feed.feed_url)) problems.push('feed_url');
  if (!Array.isArray(feed.items)) problems.push('items');
  const ids = new Set<string>();
  feed.items.forEach((item, i) => {
    if (typeof item.id !== 'string' || item.id === '') problems.push(`items[${i}].id`);
    if (ids.has(item.id)) problems.push(`items[${i}].id duplicate`);
    ids.add(item.id);
    if (typeof item.content_text !== 'string' || item.content_text === '') problems.push(`items[${i}].content_text`);
    if (!absolute(item.url)) problems.push(`items[${i}].url`);
    if (item.external_url !== undefined && !absolute(item.external_url)) problems.push(`items[${i}].external_url`);
    // RFC 3339
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(item.date_published) || Number.isNaN(Date.parse(item.date_published))) {
      problems.push(`items[${i}].date_published`);
    }
  });
  return problems;
}

const note = (id: string, published: string): EditorsNote => ({ ...(data.notes[0] as EditorsNote), id, published });
const article: NotedArticle = { slug: data.notes[0]!.article, title: 'T', date: '2024-12-01', publisher: 'DW' };
const noted = new Map([[article.slug, article]]);

describe('the corrections log', () => {
  test('lists corrections and notes together, newest first; on one date corrections come first', () => {
    const log = correctionsLog(
      [
        { date: '2026-01-01', page: '/a/', was: 'w', now: 'n' },
        { date: '2026-03-01', page: '/b/', was: 'w', now: 'n' },
        { date: '2026-03-01', page: '/c/', was: 'w', now: 'n' },
      ],
      [note('old', '2025-12-31'), note('same-day', '2026-03-01'), note('newest', '2026-04-01')],
      noted,
    );
    expect(log.map((e) => e.anchor)).toEqual([
      'note-newest',
      'correction-2026-03-01',
      'correction-2026-03-01-2',
      'note-same-day',
      'correction-2026-01-01',
      'note-old',
    ]);
  });

  test('the project\'s log holds every correction and every note', () => {
    expect(data.log.filter((e) => e.kind === 'correction')).toHaveLength(data.corrections.length);
    expect(data.log.filter((e) => e.kind === 'note').map((e) => e.anchor)).toEqual(data.notes.map((n) => `note-${n.id}`));
    const dates = data.log.map((e) => e.date);
    expect(dates).toEqual([...dates].sort().reverse());
  });
});

describe('the corrections feed', () => {
  const feed = correctionsFeed(data.log, options);

  test('is a valid JSON Feed 1.1 that survives a JSON round trip', () => {
    expect(jsonFeedProblems(JSON.parse(JSON.stringify(feed)) as JsonFeed)).toEqual([]);
    expect(feed.feed_url).toBe('https://example.org/corrections.json');
    expect(feed.home_page_url).toBe('https://example.org/methodology/#corrections');
  });

  test('has an item for every correction and every note, in the log\'s order', () => {
    expect(feed.items.map((i) => i.id)).toEqual(data.log.map((e) => `https://example.org/methodology/#${e.anchor}`));
    expect(feed.items.filter((i) => i.tags.includes('correction'))).toHaveLength(data.corrections.length);
    expect(feed.items.filter((i) => i.tags.includes("editor's note"))).toHaveLength(data.notes.length);
  });

  test('a note\'s item quotes the report\'s words, says what the other source says, and links the paragraph and the sources', () => {
    for (const n of data.notes) {
      const item = feed.items.find((i) => i.id.endsWith(`#note-${n.id}`))!;
      expect(item.external_url).toBe(`https://example.org/articles/${n.article}/#${n.paragraph}`);
      expect(item.content_text).toContain(`“${n.words}”`);
      expect(item.content_text).toContain(n.note);
      for (const s of n.sources) expect(item.content_text).toContain(s.url);
      expect(item.date_published).toBe(`${n.published}T00:00:00Z`);
    }
  });

  test('follows the base path', () => {
    const sub = correctionsFeed(data.log, { ...options, base: '/syria/' });
    expect(sub.feed_url).toBe('https://example.org/syria/corrections.json');
    expect(sub.items.every((i) => i.url.startsWith('https://example.org/syria/methodology/#'))).toBe(true);
    expect(jsonFeedProblems(sub)).toEqual([]);
  });
});
