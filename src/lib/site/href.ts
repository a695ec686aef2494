// Internal links go through here so the site works at the domain root or under
// a sub-path (astro.config.mjs `base`, set with BASE_PATH at build time).
export function joinBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const p = path.startsWith('/') ? path.slice(1) : path;
  return `${b}${p}`;
}

/** A site-internal URL for `path` ("/articles/x/"), honouring the configured base. */
export function href(path: string): string {
  return joinBase(import.meta.env.BASE_URL ?? '/', path);
}
