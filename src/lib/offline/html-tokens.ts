// A small HTML tokenizer for rewriting built pages (Astro's own, well-formed
// output) without a DOM: tags, text, comments, and the raw content of
// <script>, <style>, <textarea> and <title>, which may hold "<" and must not
// be read as markup. Concatenating the tokens' `raw` gives the input back
// exactly, so untouched parts of a page stay byte-identical.

export type HtmlToken =
  | { kind: 'text'; raw: string }
  /** Comments, the doctype and other "<!…>" / "<?…>" constructs. */
  | { kind: 'comment'; raw: string }
  | { kind: 'tag'; raw: string; name: string; closing: boolean }
  /** The content of a raw-text element; `parent` is its lower-case tag name. */
  | { kind: 'raw'; raw: string; parent: string };

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
const TAG = /<(\/?)([a-zA-Z][^\s/>]*)(?:[^>"']|"[^"]*"|'[^']*')*>/y;

export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let at = 0;
  let textFrom = 0;
  const flushText = (to: number) => {
    if (to > textFrom) tokens.push({ kind: 'text', raw: html.slice(textFrom, to) });
  };
  while (at < html.length) {
    const open = html.indexOf('<', at);
    if (open < 0) break;
    if (html.startsWith('<!--', open) || html.startsWith('<!', open) || html.startsWith('<?', open)) {
      const isComment = html.startsWith('<!--', open);
      const close = isComment ? html.indexOf('-->', open + 4) : html.indexOf('>', open);
      const end = close < 0 ? html.length : close + (isComment ? 3 : 1);
      flushText(open);
      tokens.push({ kind: 'comment', raw: html.slice(open, end) });
      at = textFrom = end;
      continue;
    }
    TAG.lastIndex = open;
    const match = TAG.exec(html);
    if (!match) {
      at = open + 1; // a lone "<" is text
      continue;
    }
    flushText(open);
    const name = (match[2] ?? '').toLowerCase();
    const closing = match[1] === '/';
    tokens.push({ kind: 'tag', raw: match[0], name, closing });
    at = textFrom = TAG.lastIndex;
    if (!closing && RAW_TEXT.has(name) && !match[0].endsWith('/>')) {
      const end = html.toLowerCase().indexOf(`</${name}`, at);
      const stop = end < 0 ? html.length : end;
      if (stop > at) tokens.push({ kind: 'raw', raw: html.slice(at, stop), parent: name });
      at = textFrom = stop;
    }
  }
  flushText(html.length);
  return tokens;
}

export function serializeTokens(tokens: readonly HtmlToken[]): string {
  return tokens.map((t) => t.raw).join('');
}
