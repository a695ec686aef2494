// Search for the offline export, where Pagefind cannot run (it fetches its
// index, and browsers refuse fetch() from file://). The export ships the text
// Pagefind indexed (search-data.ts) in a plain script; this module searches it.
// Every word of the query must start a word of the page (so "fight" finds
// "fighters", "412" finds "412"), case and accents ignored; pages rank by how
// often the words occur, a match in the title counting most.

/** The global that _offline/search-data.js defines (see search-data.ts). */
export const SEARCH_DATA_GLOBAL = '__OFFLINE_SEARCH_DATA__';

export interface SearchRecord {
  /** File inside the export, relative to its root: "articles/x/index.html". */
  path: string;
  title: string;
  /** Pagefind's "type" filter: article, explainer, map or page. */
  kind?: string;
  /** ISO date of an article. */
  date?: string;
  text: string;
}

export interface PreparedRecord {
  record: SearchRecord;
  /** Folded title and text, padded with a space: see fold(). */
  title: string;
  text: string;
}

export interface Segment {
  text: string;
  marked: boolean;
}

export interface Hit {
  prepared: PreparedRecord;
  score: number;
}

const TITLE_WEIGHT = 8;
const MAX_COUNT = 20;
const EXCERPT_WORDS = 30;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const folded = new Map<string, string>();

/**
 * One character folded for matching: lower case, accents removed, anything
 * but a letter or digit a space. Always one UTF-16 unit, so positions in the
 * folded text are positions in the original (combining marks become "\0",
 * which joins rather than splits a word).
 */
function foldChar(c: string): string {
  const code = c.charCodeAt(0);
  if (code < 128) {
    if (code >= 65 && code <= 90) return String.fromCharCode(code + 32);
    return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) ? c : ' ';
  }
  let out = folded.get(c);
  if (out === undefined) {
    const plain = c.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    if (plain === '') out = /\p{M}/u.test(c) ? '\0' : ' ';
    else out = plain.length === 1 && WORD_CHAR.test(plain) ? plain : WORD_CHAR.test(c) ? c : ' ';
    folded.set(c, out);
  }
  return out;
}

export function fold(text: string): string {
  let out = ' ';
  for (let i = 0; i < text.length; i += 1) out += foldChar(text[i] ?? ' ');
  return out;
}

/** The distinct folded words of a query. */
export function queryTerms(query: string): string[] {
  return [...new Set(fold(query).split(/[ \0]+/).filter((t) => t !== ''))];
}

export function prepareRecords(records: readonly SearchRecord[]): PreparedRecord[] {
  return records.map((record) => ({ record, title: fold(record.title), text: fold(record.text) }));
}

/** Start positions (in the original text) of words beginning with `term`. */
function occurrences(foldedText: string, term: string, limit: number): number[] {
  const found: number[] = [];
  for (let at = foldedText.indexOf(` ${term}`); at >= 0 && found.length < limit; at = foldedText.indexOf(` ${term}`, at + 1)) {
    found.push(at); // the padding space makes `at` the word's index in the original
  }
  return found;
}

function wordEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && WORD_CHAR.test(text[end] ?? ' ')) end += 1;
  return end;
}

/** About EXCERPT_WORDS words around the first match, each matching word marked. */
export function excerpt(record: PreparedRecord, terms: readonly string[]): Segment[] {
  const { text } = record.record;
  const first = Math.min(...terms.map((t) => occurrences(record.text, t, 1)[0] ?? Infinity));
  const anchor = Number.isFinite(first) ? first : 0;
  const words = [...text.matchAll(/\S+/g)];
  const at = Math.max(0, words.findIndex((w) => (w.index ?? 0) + w[0].length > anchor));
  const from = Math.max(0, at - Math.floor(EXCERPT_WORDS / 3));
  const to = Math.min(words.length, from + EXCERPT_WORDS);
  const start = words[from]?.index ?? 0;
  const last = words[to - 1];
  const end = last ? (last.index ?? 0) + last[0].length : text.length;
  const marks = terms
    .flatMap((t) => occurrences(record.text, t, Infinity))
    .filter((p) => p >= start && p < end)
    .sort((a, b) => a - b);
  const segments: Segment[] = [];
  let copied = start;
  for (const p of marks) {
    if (p < copied) continue;
    if (p > copied) segments.push({ text: text.slice(copied, p), marked: false });
    const stop = Math.min(end, wordEnd(text, p));
    segments.push({ text: text.slice(p, stop), marked: true });
    copied = stop;
  }
  if (end > copied) segments.push({ text: text.slice(copied, end), marked: false });
  if (from > 0) segments.unshift({ text: '… ', marked: false });
  if (to < words.length) segments.push({ text: ' …', marked: false });
  return segments;
}

/** Matching pages, best first; excerpt() makes the excerpt of those shown. */
export function searchRecords(records: readonly PreparedRecord[], query: string): Hit[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const hits: Hit[] = [];
  for (const prepared of records) {
    let score = 0;
    for (const term of terms) {
      const count = occurrences(prepared.text, term, MAX_COUNT).length + TITLE_WEIGHT * occurrences(prepared.title, term, MAX_COUNT).length;
      if (count === 0) {
        score = 0;
        break;
      }
      score += count;
    }
    if (score > 0) hits.push({ prepared, score });
  }
  return hits.sort((a, b) => b.score - a.score || a.prepared.record.title.localeCompare(b.prepared.record.title));
}
