// Sentence boundaries inside a paragraph, as [start, end) ranges, so that
// quotes and figures can look at "their" sentence. A sentence ends at . ! ? …
// or the Arabic ؟, Urdu ۔ and Devanagari । (plus closing quotes or brackets)
// followed by space and a capital, a digit, an opening quote (" “ „ « and the
// » that opens a German quote) or a letter of a caseless script, except after
// a known abbreviation or an initial.

export interface Range {
  start: number;
  end: number;
}

// After the mark: a capital, a digit, an opening quote, or a letter of a script without case (Arabic, Persian…).
const BOUNDARY = /[.!?…؟۔।]+["”’»«)\]]*(?=\s+["“„«»(\p{Lu}\p{N}\p{Lo}])/gu;
const ABBREVIATION = /(?:^|[\s(])(?:\p{Lu}|Mr|Mrs|Ms|Dr|Prof|St|Gen|Lt|Col|Sgt|Capt|No|vs|etc|U\.S|U\.N|U\.K|E\.U|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|bzw|z\.B|Nr)$/u;

// Quotes and figures both split the same paragraphs: remember the last few.
const cache = new Map<string, Range[]>();
const CACHE_SIZE = 256;

export function sentenceRanges(text: string): Range[] {
  const known = cache.get(text);
  if (known) return known;
  const ranges = split(text);
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(text, ranges);
  return ranges;
}

function split(text: string): Range[] {
  const ranges: Range[] = [];
  let start = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const end = m.index + m[0].length;
    if (m[0].startsWith('.') && ABBREVIATION.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    ranges.push({ start, end });
    start = end;
    while (start < text.length && /\s/u.test(text[start] ?? '')) start++;
  }
  if (start < text.length) ranges.push({ start, end: text.length });
  return ranges;
}

/** The range that contains offset `at` (the last one if `at` is past the end). */
export function rangeAt(ranges: readonly Range[], at: number): Range {
  for (const r of ranges) if (at < r.end) return r;
  return ranges.at(-1) ?? { start: 0, end: 0 };
}
