// The list of files the service worker saves on a reader's first visit so
// that every page, asset and the search index work offline afterwards. Each
// entry carries a revision (a hash of the file's contents), so an update
// downloads only the files that changed; the manifest's version is a hash of
// all entries, so any change to any file yields a new service worker.
import { createHash } from 'node:crypto';

export interface SiteFile {
  /** Path inside the built site, '/'-separated, no leading slash: "articles/x/index.html". */
  path: string;
  /** Hash of the file's contents (any stable hex digest). */
  hash: string;
  bytes: number;
}

export interface PrecacheEntry {
  /** URL relative to the service worker's scope: "articles/x/" for a page, "" for the home page. */
  url: string;
  revision: string;
  bytes: number;
}

export interface PrecacheManifest {
  version: string;
  entries: PrecacheEntry[];
  /** Sum of the entries' sizes as stored (uncompressed). */
  bytes: number;
}

/**
 * Files a reader of the site does not need offline, left to the network:
 * the worker itself, host configuration (_headers, the nginx policy _csp.conf), files for crawlers and feed readers,
 * source maps, Pagefind's ready-made UI bundles and its worker (our search
 * runs pagefind.js on the main thread, noWorker: src/client/search/pagefind-loader.ts,
 * with its WebAssembly and index), and what is made for other
 * sites or for saving rather than reading: embed pages and their oEmbed
 * answers (shown inside other sites' pages) and the image and data downloads
 * (PNG, SVG, CSV, GeoJSON: most of the build's bytes, fetched when clicked).
 */
export const NOT_PRECACHED: readonly RegExp[] = [
  /^(embed|oembed|downloads)\//,
  /^sw\.js$/,
  /^_(headers|redirects|csp\.conf)$/,
  /^robots\.txt$/,
  /^sitemap[^/]*\.xml$/,
  /^rss\.xml$/,
  /\.map$/,
  /(^|\/)\.[^/]*$/,
  /^pagefind\/pagefind-(component-ui|modular-ui|ui)\.(js|css)$/,
  /^pagefind\/pagefind-highlight\.js$/,
  /^pagefind\/pagefind-worker\.js$/,
];

/** The URL a reader uses for a file: a directory's index.html is reached as the directory. */
export function precacheUrl(path: string): string {
  const url = path.endsWith('/index.html') || path === 'index.html' ? path.slice(0, -'index.html'.length) : path;
  return url.split('/').map(encodeURIComponent).join('/');
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

export function buildPrecacheManifest(files: readonly SiteFile[], exclude: readonly RegExp[] = NOT_PRECACHED): PrecacheManifest {
  const entries = files
    .filter((file) => !exclude.some((pattern) => pattern.test(file.path)))
    .map((file) => ({ url: precacheUrl(file.path), revision: file.hash.slice(0, 16), bytes: file.bytes }))
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const seen = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.url)) throw new Error(`precache manifest: two files are served at the URL "${entry.url}"`);
    seen.add(entry.url);
  }
  const version = digest(entries.map((e) => `${e.url}\u0000${e.revision}`).join('\n'));
  return { version, entries, bytes: entries.reduce((sum, e) => sum + e.bytes, 0) };
}
