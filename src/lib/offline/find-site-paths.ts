// Finds the site paths written into a script ("/maps/", "/_astro/x.js").
// Such a URL resolves against whichever page runs the script, so it cannot be
// made relative once for all pages, and from file:// it points at the root
// of the disk. The export reports them, so a script that builds internal
// links from string literals is noticed rather than silently broken offline.

const QUOTED_PATH = /(["'`])(\/[^"'`\s]+)\1/g;

/** The distinct quoted strings in `code` that name a file of the site (`exists` takes a path inside the base). */
export function findSitePaths(code: string, base: string, exists: (path: string) => boolean): string[] {
  const found = new Set<string>();
  for (const match of code.matchAll(QUOTED_PATH)) {
    const value = match[2] ?? '';
    if (!value.startsWith(base) || value.startsWith('//')) continue;
    const inside = value.replace(/[?#].*$/, '').slice(base.length);
    if (exists(inside.endsWith('/') || inside === '' ? `${inside}index.html` : inside) || exists(`${inside}/index.html`)) found.add(value);
  }
  return [...found].sort();
}
