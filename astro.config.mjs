// Astro configuration. The site is fully static: every page, map and chart is
// rendered at build time; the browser only enhances.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { pagefindIndex } from './src/integrations/pagefind.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://syria-explainer.example.org',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  integrations: [mdx(), sitemap(), pagefindIndex()],
  build: { format: 'directory' },
});
