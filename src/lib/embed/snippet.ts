// The copy-paste code a journalist puts in their page: a responsive iframe
// (full width, a starting height that shows the map even where scripts are
// off) and the host script, inline so the snippet works in any CMS that keeps
// a <script> and needs no second request. The host script finds its iframes by
// EMBED_ATTRIBUTE and only listens to messages from them (src/client/embed/host-resize.ts).

/** Marks the iframes the host script may resize. */
export const EMBED_ATTRIBUTE = 'data-syria-embed';

export interface SnippetInput {
  /** Absolute URL of the embed page. */
  src: string;
  /** Accessible name of the iframe: what it shows. */
  title: string;
  /** Height in CSS pixels before the embed reports its own. */
  height: number;
  /** The compiled host script (src/client/embed/host-resize.ts). */
  hostScript: string;
}

const ATTR_ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };
const attr = (value: string) => value.replace(/[&"<>]/g, (c) => ATTR_ESCAPES[c]!);

export function embedSnippet({ src, title, height, hostScript }: SnippetInput): string {
  const url = new URL(src);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new RangeError(`embed snippet: ${src} is not an http(s) URL`);
  if (!Number.isInteger(height) || height < 1) throw new RangeError(`embed snippet: height ${height} is not a positive whole number`);
  // The script sits inside <script>…</script> in someone else's HTML: nothing in it may close the element.
  if (/<\/script/i.test(hostScript) || /<!--/.test(hostScript)) throw new RangeError('embed snippet: the host script contains "</script" or "<!--"');
  const iframe =
    `<iframe src="${attr(url.href)}" title="${attr(title)}" ${EMBED_ATTRIBUTE} loading="lazy" ` +
    `style="display:block;width:100%;height:${height}px;border:0"></iframe>`;
  return `${iframe}\n<script>${hostScript.trim()}</script>`;
}
