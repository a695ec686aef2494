// Pagefind builds an excerpt by wrapping matched words in <mark> and joining
// the page's *text* — which it stores unescaped, so a page that quotes
// "<script>" yields an excerpt containing "<script>". The excerpt is therefore
// text with <mark> tags, never HTML: only the exact tags <mark> and </mark>
// are structure, every other character is literal text.

export interface ExcerptSegment {
  text: string;
  marked: boolean;
}

const MARK_TAG = /<(\/?)mark>/gi;

/** Splits an excerpt into runs of text, each highlighted or not; empty runs dropped, neighbours merged. */
export function excerptSegments(excerpt: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  // A depth rather than a flag: pagefind never nests marks, but page text
  // containing a literal "<mark>" could, and must not flip highlighting.
  let depth = 0;
  let last = 0;
  const push = (text: string): void => {
    if (text === '') return;
    const marked = depth > 0;
    const previous = segments.at(-1);
    if (previous && previous.marked === marked) previous.text += text;
    else segments.push({ text, marked });
  };
  for (const match of excerpt.matchAll(MARK_TAG)) {
    push(excerpt.slice(last, match.index));
    last = match.index + match[0].length;
    if (match[1] === '/') depth = Math.max(0, depth - 1);
    else depth += 1;
  }
  push(excerpt.slice(last));
  return segments;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** The excerpt as safe HTML: its text escaped, its highlights as balanced <mark> elements and nothing else. */
export function sanitiseExcerpt(excerpt: string): string {
  return excerptSegments(excerpt)
    .map(({ text, marked }) => (marked ? `<mark>${escapeHtml(text)}</mark>` : escapeHtml(text)))
    .join('');
}
