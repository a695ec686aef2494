// Turns the site's internal absolute URLs ("/articles/x/#p3", with the
// configured base) into relative links that work when the built site is
// opened from disk (file://), where "/" is the root of the file system and a
// directory URL shows a listing instead of its index.html.

export interface RelativiseOptions {
  /** The base the site was built for (astro.config.mjs BASE_PATH): '/' or '/sub/'. */
  base: string;
  /**
   * Whether a file exists at this path inside the site (relative to the base,
   * no leading slash, percent-decoded: "maps/index.html"). Lets a link without
   * a trailing slash ("/maps") still reach "maps/index.html". Without it, only
   * paths ending in "/" are taken to be directories.
   */
  exists?: (path: string) => boolean;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

function splitSuffix(url: string): [path: string, suffix: string] {
  const at = url.search(/[?#]/);
  return at < 0 ? [url, ''] : [url.slice(0, at), url.slice(at)];
}

function decode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** The directory part of a document's site path: "/maps/" and "/maps/index.html" both give "/maps/". */
function directoryOf(documentPath: string): string {
  const [path] = splitSuffix(documentPath);
  return path.slice(0, path.lastIndexOf('/') + 1);
}

/** Site path ("/sub/maps/") → file inside the export ("maps/index.html"), or null if outside the base. */
function fileFor(path: string, options: RelativiseOptions): string | null {
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  if (!path.startsWith(base) && path !== base.slice(0, -1)) return null;
  const inside = path.slice(base.length);
  if (inside === '' || inside.endsWith('/')) return `${inside}index.html`;
  const exists = options.exists;
  if (exists && !exists(decode(inside)) && exists(decode(`${inside}/index.html`))) return `${inside}/index.html`;
  return inside;
}

/** The relative path from one file of the export to another (both base-relative, "a/b/index.html"). */
export function relativePath(fromFile: string, toFile: string): string {
  const from = fromFile.split('/').slice(0, -1);
  const to = toFile.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common += 1;
  const relative = [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
  // "a:b.html" would read as a URL scheme; "./" keeps it a path.
  return SCHEME.test(relative) ? `./${relative}` : relative;
}

/**
 * The link `url`, found in the document at site path `documentPath`, made
 * relative and pointing at a file. Relative links are resolved against the
 * document first, so "../" becomes "../index.html". External URLs (any
 * scheme, "//host"), fragment-only and query-only links, and paths outside
 * the base are returned unchanged; the query and fragment are always kept.
 */
export function relativiseUrl(url: string, documentPath: string, options: RelativiseOptions): string {
  if (url === '' || url.startsWith('#') || url.startsWith('?') || url.startsWith('//') || SCHEME.test(url)) return url;
  const [path, suffix] = splitSuffix(url);
  const absolute = path.startsWith('/') ? path : new URL(path, `http://site${directoryOf(documentPath)}`).pathname;
  const target = fileFor(absolute, options);
  const from = fileFor(directoryOf(documentPath), options);
  if (target === null || from === null) return url;
  return relativePath(from, target) + suffix;
}
