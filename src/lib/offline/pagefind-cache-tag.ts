// Pagefind's `metaCacheTag` search option, carried from the build to the
// browser in a <meta> element of each page. Pagefind fetches its entry file
// as pagefind-entry.json?ts=<tag>; with the default tag (the current time)
// that URL is new on every search and no cache, the service worker's
// included, can answer it offline. The tag is a hash of the entry file, so
// it changes exactly when the index does.

export const PAGEFIND_CACHE_TAG_META = 'pagefind-meta-cache-tag';

const EXISTING = new RegExp(`<meta name="${PAGEFIND_CACHE_TAG_META}" content="[^"]*">`);

/** The page with the tag set (added before </head>, or replaced); unchanged if it has no </head>. */
export function withPagefindCacheTag(html: string, tag: string): string {
  if (!/^[\w-]+$/.test(tag)) throw new Error(`pagefind cache tag: expected letters, digits, "_" or "-", got ${JSON.stringify(tag)}`);
  const meta = `<meta name="${PAGEFIND_CACHE_TAG_META}" content="${tag}">`;
  if (EXISTING.test(html)) return html.replace(EXISTING, meta);
  const head = html.indexOf('</head>');
  return head < 0 ? html : `${html.slice(0, head)}${meta}${html.slice(head)}`;
}
