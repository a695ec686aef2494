// The files a page loads besides itself, read from its HTML: style sheets,
// scripts with a src, module preloads, images and icons. Enough for our own
// static pages (no CSS @import, no fonts: the site uses system fonts), so the
// embed budget can be measured from dist/ without a browser. Data URLs and
// other hosts' files are left out (an embed loads none).

const TAG = /<(link|script|img|source|iframe)\b[^>]*>/gi;
const ATTR = (name: string) => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i');

function attr(tag: string, name: string): string | undefined {
  const m = ATTR(name).exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

const LOADED_LINKS = new Set(['stylesheet', 'modulepreload', 'preload', 'icon']);

/** URLs (as written) of the files the page loads, each once, in document order. */
export function pageAssets(html: string): string[] {
  const found: string[] = [];
  for (const [tag, name] of html.matchAll(TAG)) {
    const kind = name!.toLowerCase();
    let url: string | undefined;
    if (kind === 'link') {
      const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
      if (rel.some((r) => LOADED_LINKS.has(r))) url = attr(tag, 'href');
    } else url = attr(tag, 'src');
    if (url && !url.startsWith('data:') && !/^[a-z][a-z0-9+.-]*:\/\//i.test(url) && !url.startsWith('//') && !found.includes(url)) found.push(url);
  }
  return found;
}
