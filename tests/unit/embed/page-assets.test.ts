import { expect, test } from 'vitest';
import { pageAssets } from '../../../src/lib/embed/page-assets.ts';

test('lists the style sheets, scripts, preloads, images and icons a page loads, once each, and nothing of other hosts', () => {
  const html = `<!doctype html><html><head>
    <link rel="stylesheet" href="/_astro/a.css"><link rel=stylesheet href='/_astro/b.css'>
    <link rel="canonical" href="https://x.org/maps/"><link rel="alternate" type="application/json+oembed" href="/oembed/map/syria.json">
    <link rel="icon" href="/favicon.svg" type="image/svg+xml"><link rel="modulepreload" href="/_astro/m.js">
    <script type="module" src="/_astro/c.js"></script><script>inline()</script>
  </head><body><img src="/img/x.png" alt=""><img src="data:image/png;base64,AA" alt=""><img src="https://cdn.example/y.png" alt="">
    <script src="/_astro/c.js"></script></body></html>`;
  expect(pageAssets(html)).toEqual(['/_astro/a.css', '/_astro/b.css', '/favicon.svg', '/_astro/m.js', '/_astro/c.js', '/img/x.png']);
});
