import { expect, test } from 'vitest';
import { relativiseCss, relativiseHtml } from '../../../src/lib/offline/relativise-document.ts';

const files = new Set(['index.html', 'maps/index.html', 'articles/x/index.html', '_astro/a.css', '_astro/f.woff2', 'img/a.png', 'img/a2.png']);
const options = { base: '/', exists: (p: string) => files.has(p) };

test('URL attributes of a page become relative links to files', () => {
  const html =
    '<link rel="stylesheet" href="/_astro/a.css"><link rel="canonical" href="https://site.example/maps/">' +
    '<a href="/articles/x/#p3">x</a><a href="#main">skip</a><a href="https://www.dw.com/">DW</a>' +
    '<form action="/search/" method="get"></form><img src="/img/a.png" srcset="/img/a.png 1x, /img/a2.png 2x" alt="">' +
    '<svg><use xlink:href="/img/a.svg#i"></use><use href="#local"></use></svg>';
  expect(relativiseHtml(html, '/maps/', options)).toBe(
    '<link rel="stylesheet" href="../_astro/a.css"><link rel="canonical" href="https://site.example/maps/">' +
      '<a href="../articles/x/index.html#p3">x</a><a href="#main">skip</a><a href="https://www.dw.com/">DW</a>' +
      '<form action="../search/index.html" method="get"></form><img src="../img/a.png" srcset="../img/a.png 1x, ../img/a2.png 2x" alt="">' +
      '<svg><use xlink:href="../img/a.svg#i"></use><use href="#local"></use></svg>',
  );
});

test('styles, inline and in <style>, are rewritten; scripts and JSON-LD are not', () => {
  const html =
    '<div style="background:url(/img/a.png)"></div><style>@font-face{src:url("/_astro/f.woff2")}</style>' +
    '<script>location.href = "/maps/";</script><script type="application/ld+json">{"url":"/maps/"}</script>';
  expect(relativiseHtml(html, '/', options)).toBe(
    '<div style="background:url(img/a.png)"></div><style>@font-face{src:url("_astro/f.woff2")}</style>' +
      '<script>location.href = "/maps/";</script><script type="application/ld+json">{"url":"/maps/"}</script>',
  );
});

test('paths to site files in JSON page data become relative; other strings stay', () => {
  const html = '<script type="application/json" data-fm-data>{"h":"/articles/x/#p13","u":"https://dw.com/","sep":"/","label":"/not/a/file","n":[1,"/maps/"]}</script>';
  expect(relativiseHtml(html, '/maps/', options)).toBe(
    '<script type="application/json" data-fm-data>{"h":"../articles/x/index.html#p13","u":"https://dw.com/","sep":"/","label":"/not/a/file","n":[1,"index.html"]}</script>',
  );
});

test('JSON data that gains no link keeps its exact text, and "<" can never close the element', () => {
  const untouched = '<script type="application/json">{ "a": "/nothing/here", "b": "</" }</script>';
  expect(relativiseHtml(untouched, '/', options)).toBe(untouched);
  const changed = relativiseHtml('<script type="application/json">{"a":"/maps/","b":"<\\/script>"}</script>', '/', options);
  expect(changed).toBe('<script type="application/json">{"a":"maps/index.html","b":"\\u003c/script>"}</script>');
});

test('a page with nothing to change is byte-identical', () => {
  const html = "<!doctype html><html lang=en><a  href='#x' class=b>x</a><img src=data:image/png;base64,AA== alt=''></html>";
  expect(relativiseHtml(html, '/maps/', options)).toBe(html);
});

test('CSS url() and @import are made relative to the stylesheet', () => {
  const css = '@import "/_astro/b.css";@font-face{src:url(/_astro/f.woff2) format("woff2")}a{background:url( "/img/a.png" )}b{mask:url(#m)}c{background:url(data:image/png;base64,AA==)}';
  expect(relativiseCss(css, '/_astro/a.css', options)).toBe(
    '@import "b.css";@font-face{src:url(f.woff2) format("woff2")}a{background:url( "../img/a.png" )}b{mask:url(#m)}c{background:url(data:image/png;base64,AA==)}',
  );
});

test('URL templates in data-*-href / -src / -url attributes, which scripts read, are made relative too', () => {
  const html = '<a href="/downloads/m-2024-12-05.svg" data-date-href="/downloads/m-0000-00-00.svg" data-view="/maps/" data-src="/img/a.png">';
  expect(relativiseHtml(html, '/maps/', options)).toBe(
    '<a href="../downloads/m-2024-12-05.svg" data-date-href="../downloads/m-0000-00-00.svg" data-view="/maps/" data-src="../img/a.png">',
  );
});
