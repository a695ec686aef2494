// "First screen" for the 14 KB budget, defined so that it can be measured
// the same way on every page:
//
//   first-screen bytes = gzip(the shortest prefix of the HTML, cut just before
//   a tag, whose rendering fills the first screen) + gzip(every stylesheet
//   that blocks rendering of that prefix).
//
// The first screen is the Lighthouse mobile viewport, 412 × 823 CSS px, with
// JavaScript off (the first paint does not wait for module scripts). "Fills"
// means the prefix, rendered alone, is at least as tall as the viewport; a
// page shorter than that counts whole. A render-blocking stylesheet is a
// <link rel="stylesheet"> in the prefix whose media matches the screen.
// 14 KB is what the first round trip can carry (TCP's initial window of 10
// segments), so a page under budget can paint its first screen after one.
// The browser part lives in first-screen-probe.ts; this module
// finds the places where the HTML can be cut.

export const FIRST_SCREEN_VIEWPORT = { width: 412, height: 823 } as const;

/** Elements whose content is raw text: a "<" inside them is not a tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

/** End of the tag that starts at `start` (the index after its ">"), skipping quoted attribute values. */
function tagEnd(html: string, start: number): number {
  let quote = '';
  for (let i = start + 1; i < html.length; i++) {
    const c = html[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i + 1;
  }
  return html.length;
}

/**
 * Offsets at which a tag (start or end) begins, in order, outside comments
 * and raw-text elements: the places where the HTML can be cut without
 * splitting a tag. Always ends with html.length (the whole document).
 */
export function tagBoundaries(html: string): number[] {
  const cuts: number[] = [];
  let i = html.indexOf('<');
  while (i >= 0 && i < html.length) {
    if (html.startsWith('<!--', i)) {
      const close = html.indexOf('-->', i + 4);
      i = close < 0 ? html.length : html.indexOf('<', close + 3);
      continue;
    }
    const name = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(i, i + 64));
    if (!name) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    cuts.push(i);
    const end = tagEnd(html, i);
    const tag = (name[2] ?? '').toLowerCase();
    if (!name[1] && RAW_TEXT.has(tag) && !html.slice(i, end).endsWith('/>')) {
      const closeAt = html.toLowerCase().indexOf(`</${tag}`, end);
      i = closeAt < 0 ? html.length : closeAt;
      continue;
    }
    i = html.indexOf('<', end);
  }
  if (cuts.at(-1) !== html.length) cuts.push(html.length);
  return cuts;
}

/**
 * The smallest cut for which `fills(prefix)` holds, by binary search over the
 * tag boundaries (filling grows with the prefix). Returns html.length when
 * even the whole page does not fill the screen.
 */
export async function firstScreenCut(html: string, fills: (prefix: string) => Promise<boolean>): Promise<number> {
  const cuts = tagBoundaries(html);
  let lo = 0;
  let hi = cuts.length - 1;
  if (!(await fills(html))) return html.length;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (await fills(html.slice(0, cuts[mid]))) hi = mid;
    else lo = mid + 1;
  }
  return cuts[lo] ?? html.length;
}
