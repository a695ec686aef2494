// Measures a page's first-screen bytes as first-screen.ts defines
// them: renders prefixes of its HTML in Chromium (JavaScript off, the mobile
// viewport) to find the shortest that fills the screen, then adds the gzip
// size of the stylesheets that block its rendering.
import type { Browser } from 'playwright-core';
import { FIRST_SCREEN_VIEWPORT, firstScreenCut } from './first-screen.ts';
import { gzipSize } from './page-weight.ts';

export interface FirstScreen {
  /** Characters of HTML in the first-screen prefix, and of the whole page. */
  prefixChars: number;
  htmlChars: number;
  htmlGzip: number;
  /** Render-blocking stylesheets of the prefix, gzip, by URL. */
  stylesheets: { url: string; gzip: number }[];
  /** Render-blocking stylesheets on other hosts, not fetched and not counted. */
  external: string[];
  cssGzip: number;
  total: number;
}

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`first screen: ${url} answered ${response.status}`);
  return response.text();
}

export async function measureFirstScreen(browser: Browser, url: string): Promise<FirstScreen> {
  const html = await fetchText(url);
  const context = await browser.newContext({ viewport: FIRST_SCREEN_VIEWPORT, javaScriptEnabled: false, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    let served = html;
    await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: served }));
    const render = async (prefix: string): Promise<void> => {
      served = prefix;
      await page.goto(url, { waitUntil: 'load' });
    };
    const fills = async (prefix: string): Promise<boolean> => {
      await render(prefix);
      return page.evaluate(() => {
        if (!document.body) return false;
        let bottom = 0;
        for (const element of document.body.querySelectorAll('*')) bottom = Math.max(bottom, element.getBoundingClientRect().bottom);
        return bottom >= window.innerHeight;
      });
    };
    const cut = await firstScreenCut(html, fills);
    const prefix = html.slice(0, cut);
    await render(prefix);
    const hrefs = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLLinkElement>('link[rel~="stylesheet"]')]
        .filter((link) => !link.disabled && (!link.media || window.matchMedia(link.media).matches))
        .map((link) => link.href),
    );
    // Stylesheets on other hosts (a peer theme's web fonts) are not fetched: the bench stays off the internet.
    const local = hrefs.filter((href) => new URL(href).hostname === '127.0.0.1');
    const stylesheets = await Promise.all(local.map(async (href) => ({ url: href, gzip: gzipSize(await fetchText(href)) })));
    const htmlGzip = gzipSize(prefix);
    const cssGzip = stylesheets.reduce((sum, s) => sum + s.gzip, 0);
    return { external: hrefs.filter((href) => !local.includes(href)), prefixChars: cut, htmlChars: html.length, htmlGzip, stylesheets, cssGzip, total: htmlGzip + cssGzip };
  } finally {
    await context.close();
  }
}
