// Which origin the site claims as its own. A production build names the
// deployed address (SITE_URL); every other build (npm start, the tests, the
// offline export) is local and says so with a loopback origin, so that a
// deploy that forgot SITE_URL cannot publish canonical links, feeds or embed
// snippets that point at a domain we do not own.

/** The origin of local builds: where `npm start` serves the site. */
export const LOCAL_ORIGIN = 'http://localhost:4321';

export class SiteUrlError extends Error {}

/**
 * The `site` for astro.config.mjs: SITE_URL when given (it must be an absolute
 * http(s) URL), else the local origin.
 */
export function siteOrigin(siteUrl: string | undefined): string {
  if (siteUrl === undefined || siteUrl === '') return LOCAL_ORIGIN;
  let url: URL;
  try {
    url = new URL(siteUrl);
  } catch {
    throw new SiteUrlError(`SITE_URL is not an absolute URL: "${siteUrl}" (set it like SITE_URL=https://news.example.com)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new SiteUrlError(`SITE_URL must be an http(s) URL, not "${siteUrl}"`);
  }
  return url.href;
}

/** True when the site is a local build: no canonical address to claim. */
export function isLocalSite(site: URL | string | undefined): boolean {
  if (site === undefined) return true;
  const { hostname } = new URL(site);
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
}

/**
 * The canonical URL of a page, or undefined on a local build (a canonical link
 * to localhost would tell search engines nothing true).
 */
export function canonicalUrl(pathname: string, site: URL | string | undefined): string | undefined {
  return isLocalSite(site) ? undefined : new URL(pathname, site).href;
}
