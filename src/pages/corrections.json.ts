// The corrections feed, JSON Feed 1.1 at a stable URL: the site's corrections
// and the editor's notes, newest first, as listed on the corrections page.
// URLs are absolute on the site's origin and base, like the RSS feed's.
import type { APIContext } from 'astro';
import { correctionsFeed } from '../lib/corrections/feed.ts';
import { correctionsData } from '../lib/corrections/load.ts';
import { site } from '../lib/site/meta.ts';
import { LOCAL_ORIGIN } from '../lib/site/site-origin.ts';

export function GET(context: APIContext) {
  const feed = correctionsFeed(correctionsData(process.cwd()).log, {
    // astro.config.mjs always sets `site` (the local origin when SITE_URL is unset).
    site: context.site ?? LOCAL_ORIGIN,
    base: import.meta.env.BASE_URL,
    siteName: site.name,
    language: site.language,
  });
  return new Response(`${JSON.stringify(feed, null, 2)}\n`, { headers: { 'content-type': 'application/feed+json; charset=utf-8' } });
}
