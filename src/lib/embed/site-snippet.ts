// The site's own snippet for one of its embeds, with absolute URLs on the
// configured site (astro.config.mjs `site` and `base`): what the Embed boxes
// show, the oEmbed responses carry and the tests paste into a foreign page.
import { href } from '../site/href.ts';
import { clientScript } from './client-script.ts';
import { embedPath, withTheme, type EmbedRef, type Theme } from './embed-routes.ts';
import { embedSnippet } from './snippet.ts';

/** Absolute URL of a site path on the deployed site. */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  if (!site) throw new Error('embeds need absolute URLs: set `site` in astro.config.mjs (SITE_URL)');
  return new URL(href(path), site).href;
}

export interface SiteSnippetInput {
  ref: EmbedRef;
  /** Accessible name of the iframe. */
  title: string;
  height: number;
  site: URL | string | undefined;
  theme?: Theme;
}

export function siteSnippet({ ref, title, height, site, theme = 'auto' }: SiteSnippetInput): string {
  return embedSnippet({ src: withTheme(absoluteUrl(embedPath(ref), site), theme), title, height, hostScript: clientScript('host-resize') });
}
