// Astro configuration. The site is fully static: every page, map and chart is
// rendered at build time; the browser only enhances.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { siteOrigin } from './src/lib/site/site-origin.ts';
import { contentSecurityPolicy } from './src/integrations/csp.ts';
import { emitFiles } from './src/integrations/emitted-files.ts';

export default defineConfig({
  // The deployed address; without SITE_URL a local build (http://localhost:4321).
  // `npm run build -- --production` refuses to run without it (scripts/build.ts).
  site: siteOrigin(process.env.SITE_URL),
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  integrations: [
    mdx(),
    // Embed variants name their full page as canonical: keep them out of the sitemap.
    sitemap({ filter: (page) => !/\/embed\/(map|chart)\//.test(new URL(page).pathname) }),
    // Started here, written while the next two work (they only read the pages, or replace them whole);
    // the service worker integration waits for it.
    pagefindIndex(),
    // The files pages made while rendering (the map images), into _astro/.
    // Before the policy (it hashes their style sheet) and the service worker (it precaches them).
    emitFiles(),
    // One Content-Security-Policy for the site, from the hashes of every inline
    // script and style in dist/: into each page's <meta>, _headers and nginx.
    // Before serviceWorker: it changes the pages the worker's manifest hashes.
    contentSecurityPolicy(),
    // After pagefindIndex: the service worker precaches the search index too.
    serviceWorker(),
  ],
  vite: {
    build: {
      // Astro writes a page's script into the page when it imports nothing and is under this size. The map's
      // script (6 KB) and the Embed boxes' (1 KB) then cost no request: on a phone's network each script
      // fetched before the first paint costs a round trip (Lighthouse LCP 1,174 → 939 ms on an explainer).
      assetsInlineLimit: 8 * 1024,
    },
  },
  build: {
    format: 'directory',
    // The whole stylesheet is about 4 KB gzip: inline it in every page, so the
    // first paint waits for no second round trip (Lighthouse's render-blocking
    // finding on a phone network). Costs a cached file; a reader on a slow
    // network gains more from one round trip less.
    inlineStylesheets: 'always',
    // Four pages at a time: the PNG downloads render on resvg's and sharp's own
    // threads (src/lib/embed/rasterize-png.ts) while pages render meanwhile
    // (cold build on 2 cores: 12.7 s at 1, 8.1 s at 2, 7.3 s at 4). Page order
    // does not change the output (the reproducible-build test checks).
    concurrency: 4,
  },
});
