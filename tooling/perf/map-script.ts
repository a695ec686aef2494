// The front-line map's browser script as a page carries it: written into the
// page (astro.config.mjs inlines scripts that import nothing), so it is the
// inline module script that defines <frontline-map>. For the map budget test
// (tests/browser/map-budgets.test.ts) and `npm run bench`'s maps figures.

const INLINE_MODULE = /<script type="module">([^]*?)<\/script>/g;

/** The code of the page's inline module script that defines <frontline-map>, or undefined. */
export function mapScript(html: string): string | undefined {
  return [...html.matchAll(INLINE_MODULE)].map((m) => m[1]!).find((code) => /customElements\.define\(\s*[`'"]frontline-map[`'"]/.test(code));
}
