// Where a reader can go when search cannot run (JavaScript off, index not
// loading): the site's section pages — only those that exist in this build,
// so the list never holds a broken link while sections are still being added.

export interface BrowseLink {
  path: string;
  label: string;
}

/** Section pages in the order a reader would want them. */
export const BROWSE_SECTIONS: readonly BrowseLink[] = [
  { path: '/', label: 'Home' },
  { path: '/explainers/', label: 'Explainers' },
  { path: '/articles/', label: 'Articles' },
  { path: '/maps/', label: 'Maps' },
  { path: '/methodology/', label: 'Methodology and sources' },
  { path: '/credits/', label: 'Credits and licences' },
];

/**
 * The static routes of a list of page files, as Vite's import.meta.glob names
 * them ("./articles/index.astro", "/src/pages/maps.astro"): "/articles/", "/maps/".
 * Dynamic routes ("[slug].astro") have no single URL and are left out.
 */
export function staticRoutes(pageFiles: readonly string[]): Set<string> {
  const routes = new Set<string>();
  for (const file of pageFiles) {
    const path = file.replace(/^(\.\/|\/?src\/pages\/)/, '').replace(/\.(astro|md|mdx|html)$/, '');
    if (path.includes('[') || path.split('/').some((part) => part.startsWith('_'))) continue;
    const parts = path.split('/').filter((part) => part !== '');
    if (parts.at(-1) === 'index') parts.pop();
    routes.add(parts.length === 0 ? '/' : `/${parts.join('/')}/`);
  }
  return routes;
}

/** The browse sections that exist among the given page files. */
export function browseLinks(pageFiles: readonly string[]): BrowseLink[] {
  const routes = staticRoutes(pageFiles);
  return BROWSE_SECTIONS.filter((section) => routes.has(section.path));
}
