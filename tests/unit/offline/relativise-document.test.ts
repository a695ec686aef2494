import { expect, test } from 'vitest';
import { relativiseCss, relativiseHtml } from '../../../src/lib/offline/relativise-document.ts';
import { elementsOf, parseHtml } from '../../../src/lib/offline/html-tree.ts';
import { attributeName, textOf } from '../../../src/lib/offline/html-element.ts';

const files = new Set(['index.html', 'maps/index.html', 'articles/x/index.html', 'café/index.html', '_astro/a.css', '_astro/f.woff2', 'img/a.png', 'img/a2.png']);
const options = { base: '/', exists: (p: string) => files.has(p) };
/** A page in the form the rewriting writes it (parse5's serialization), so input and output compare as text. */
const page = (head: string, body = '') => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;

/** What a browser reads from a page: each element with its decoded attributes, and its text, in document order. */
function meaning(html: string): string[] {
  return elementsOf(parseHtml(html)).map(
    (e) => `${e.namespaceURI} ${e.tagName} ${JSON.stringify(e.attrs.map((a) => [attributeName(a), a.namespace ?? '', a.value]))} ${JSON.stringify(textOf(e))}`,
  );
}

test('URL attributes of a page become relative links to files', () => {
  const html = page(
    '<link rel="stylesheet" href="/_astro/a.css"><link rel="canonical" href="https://site.example/maps/">',
    '<a href="/articles/x/#p3">x</a><a href="#main">skip</a><a href="https://www.dw.com/">DW</a>' +
      '<form action="/search/" method="get"></form><img src="/img/a.png" srcset="/img/a.png 1x, /img/a2.png 2x" alt="">',
  );
  expect(relativiseHtml(html, '/maps/', options)).toBe(
    page(
      '<link rel="stylesheet" href="../_astro/a.css"><link rel="canonical" href="https://site.example/maps/">',
      '<a href="../articles/x/index.html#p3">x</a><a href="#main">skip</a><a href="https://www.dw.com/">DW</a>' +
        '<form action="../search/index.html" method="get"></form><img src="../img/a.png" srcset="../img/a.png 1x, ../img/a2.png 2x" alt="">',
    ),
  );
});

test('styles, inline and in <style>, are rewritten; scripts and JSON-LD are not', () => {
  const html = page(
    '<style>@font-face{src:url("/_astro/f.woff2")}</style>',
    '<div style="background:url(/img/a.png)"></div><script>location.href = "/maps/";</script><script type="application/ld+json">{"url":"/maps/"}</script>',
  );
  expect(relativiseHtml(html, '/', options)).toBe(
    page(
      '<style>@font-face{src:url("_astro/f.woff2")}</style>',
      '<div style="background:url(img/a.png)"></div><script>location.href = "/maps/";</script><script type="application/ld+json">{"url":"/maps/"}</script>',
    ),
  );
});

test('paths to site files in JSON page data become relative; other strings stay', () => {
  const html = page('', '<script type="application/json" data-fm-data="">{"h":"/articles/x/#p13","u":"https://dw.com/","sep":"/","label":"/not/a/file","n":[1,"/maps/"]}</script>');
  expect(relativiseHtml(html, '/maps/', options)).toBe(
    page('', '<script type="application/json" data-fm-data="">{"h":"../articles/x/index.html#p13","u":"https://dw.com/","sep":"/","label":"/not/a/file","n":[1,"index.html"]}</script>'),
  );
});

test('JSON data that gains no link keeps its exact text, and "<" can never close the element', () => {
  const untouched = page('', '<script type="application/json">{ "a": "/nothing/here", "b": "</" }</script>');
  expect(relativiseHtml(untouched, '/', options)).toBe(untouched);
  const changed = relativiseHtml(page('', '<script type="application/json">{"a":"/maps/","b":"<\\/script>"}</script>'), '/', options);
  expect(changed).toBe(page('', '<script type="application/json">{"a":"maps/index.html","b":"\\u003c/script>"}</script>'));
});

test('a page with nothing to change comes back unchanged: the same text if written as the export writes, else the same meaning', () => {
  const canonical = page('<meta charset="utf-8"><title>A &amp; B</title>', '<!-- note --><a href="#x" class="b">x</a><img src="data:image/png;base64,AA==" alt="">');
  expect(relativiseHtml(canonical, '/maps/', options)).toBe(canonical);
  const loose = "<!doctype html><html lang=en><title>A &amp; B</title><a  href='#x' class=b>x</a><IMG SRC=data:image/png;base64,AA== alt=''></html>";
  expect(meaning(relativiseHtml(loose, '/maps/', options))).toEqual(meaning(loose));
});

test('the doctype is kept (as <!DOCTYPE html>), and none is added to a page without one', () => {
  expect(relativiseHtml('<!doctype html><p>x</p>', '/', options)).toBe(page('', '<p>x</p>'));
  expect(relativiseHtml('<p>x</p>', '/', options)).toBe('<html><head></head><body><p>x</p></body></html>');
});

test('named and numeric entities in attributes and text keep their meaning (all of HTML\'s, not a handful)', () => {
  const title = 'caf&eacute; &amp; &quot;q&quot; &#39;s&#39; &#x27;h&#x27;&nbsp;nb &lt;b&gt; &copy; &euro;&#8364;';
  const html = page('', `<a title="${title}" href="/search/?q=caf&eacute;&amp;type=article&copy=1">x</a><a href="/caf&eacute;/">c</a><p>&lt;b&gt; caf&eacute;&nbsp;&amp; &#x1F600;</p>`);
  const out = relativiseHtml(html, '/', options);
  const [first, second] = elementsOf(parseHtml(out)).filter((e) => e.tagName === 'a');
  expect(first?.attrs).toEqual([
    { name: 'title', value: 'café & "q" \'s\' \'h\'\u00a0nb <b> © €€' },
    // "&copy=" in an attribute is not an entity: HTML keeps legacy names without ";" followed by "=" as text.
    { name: 'href', value: 'search/index.html?q=café&type=article&copy=1' },
  ]);
  expect(second?.attrs).toEqual([{ name: 'href', value: 'café/index.html' }]);
  // Written back escaped where HTML needs it (and "<", ">" in attributes, as browsers now write them), literal elsewhere.
  expect(out).toContain('<a title="café &amp; &quot;q&quot; \'s\' \'h\'&nbsp;nb &lt;b&gt; © €€" href="search/index.html?q=café&amp;type=article&amp;copy=1">');
  expect(out).toContain('<p>&lt;b&gt; café&nbsp;&amp; 😀</p>');
});

test('unquoted, single-quoted and bare attributes are read like quoted ones', () => {
  const html = "<!DOCTYPE html><a href=/articles/x/#p3 class=b>x</a><img src=/img/a.png alt=map width=10><a href='/maps/' hidden>m</a><input disabled>";
  expect(relativiseHtml(html, '/maps/', options)).toBe(
    page('', '<a href="../articles/x/index.html#p3" class="b">x</a><img src="../img/a.png" alt="map" width="10"><a href="index.html" hidden="">m</a><input disabled="">'),
  );
});

test('inline scripts are kept exactly, "</" strings and URLs in them included; the markup after them is rewritten', () => {
  const code = 'const tag = "</p><a href=\'/maps/\'>"; if (a</b) location.href = "/articles/x/"; const end = "<\\/script>"; // <!-- not a comment';
  const module = 'import "/_astro/a.js"; const u = `/maps/?q=${q}&a=1`;';
  const html = page('', `<script>${code}</script><script type="module">${module}</script><a href="/maps/">m</a>`);
  const out = relativiseHtml(html, '/', options);
  expect(out).toBe(page('', `<script>${code}</script><script type="module">${module}</script><a href="maps/index.html">m</a>`));
  expect(elementsOf(parseHtml(out)).filter((e) => e.tagName === 'script').map(textOf)).toEqual([code, module]);
});

test('SVG: href and xlink:href on <use>, <image> and <a> are rewritten; local references and SVG names stay', () => {
  const svg =
    '<svg viewBox="0 0 10 10" xmlns:xlink="http://www.w3.org/1999/xlink"><use href="/img/icons.svg#a"/><use xlink:href="/img/icons.svg#b"/>' +
    '<image href="/img/a.png" xlink:href="/img/a2.png" width="1" height="1"/><a href="/articles/x/"><text>x</text></a><use href="#local"/>' +
    '<linearGradient id="g"></linearGradient><rect fill="url(#g)" style="background:url(/img/a.png)"/></svg>';
  const out = relativiseHtml(page('', svg), '/maps/', options);
  expect(out).toBe(
    page(
      '',
      '<svg viewBox="0 0 10 10" xmlns:xlink="http://www.w3.org/1999/xlink"><use href="../img/icons.svg#a"></use><use xlink:href="../img/icons.svg#b"></use>' +
        '<image href="../img/a.png" xlink:href="../img/a2.png" width="1" height="1"></image><a href="../articles/x/index.html"><text>x</text></a><use href="#local"></use>' +
        '<linearGradient id="g"></linearGradient><rect fill="url(#g)" style="background:url(../img/a.png)"></rect></svg>',
    ),
  );
  // xlink:href is still the XLink attribute, not an attribute named "xlink:href".
  const use = elementsOf(parseHtml(out)).filter((e) => e.tagName === 'use')[1];
  expect(use?.attrs).toEqual([{ name: 'href', prefix: 'xlink', namespace: 'http://www.w3.org/1999/xlink', value: '../img/icons.svg#b' }]);
});

test('links inside <template> and <noscript> are rewritten; comments are left as they are', () => {
  const html = page(
    '',
    '<template id="t"><a href="/maps/">m</a><img src="/img/a.png" alt=""></template>' +
      '<noscript><a href="/articles/x/">x</a></noscript><!-- <a href="/maps/">m</a> -->',
  );
  expect(relativiseHtml(html, '/', options)).toBe(
    page(
      '',
      '<template id="t"><a href="maps/index.html">m</a><img src="img/a.png" alt=""></template>' +
        '<noscript><a href="articles/x/index.html">x</a></noscript><!-- <a href="/maps/">m</a> -->',
    ),
  );
});

test('the same page always gives the same text', () => {
  const html = "<!doctype html><svg><use xlink:href='/img/a.svg#i'/></svg><a href=/maps/ title='&eacute;'>m</a>";
  expect(relativiseHtml(html, '/', options)).toBe(relativiseHtml(html, '/', options));
});

test('the URL of a <meta http-equiv="refresh"> (an Astro redirect page) is made relative; other meta content is not', () => {
  const redirect = (content: string) => page(`<meta http-equiv="refresh" content="${content}"><meta name="description" content="/maps/">`);
  expect(relativiseHtml(redirect('0;url=/maps/'), '/old/', options)).toBe(redirect('0;url=../maps/index.html'));
  expect(relativiseHtml(redirect("5; URL='/articles/x/#p2'"), '/', options)).toBe(redirect("5; URL='articles/x/index.html#p2'"));
  expect(relativiseHtml(redirect('30'), '/', options)).toBe(redirect('30'));
  expect(relativiseHtml(redirect('0;url=https://example.org/'), '/', options)).toBe(redirect('0;url=https://example.org/'));
});

test('CSS url() and @import are made relative to the stylesheet', () => {
  const css = '@import "/_astro/b.css";@font-face{src:url(/_astro/f.woff2) format("woff2")}a{background:url( "/img/a.png" )}b{mask:url(#m)}c{background:url(data:image/png;base64,AA==)}';
  expect(relativiseCss(css, '/_astro/a.css', options)).toBe(
    '@import "b.css";@font-face{src:url(f.woff2) format("woff2")}a{background:url( "../img/a.png" )}b{mask:url(#m)}c{background:url(data:image/png;base64,AA==)}',
  );
});

test('URL templates in data-*-href / -src / -url attributes, which scripts read, are made relative too', () => {
  const html = page('', '<a href="/downloads/m-2024-12-05.svg" data-date-href="/downloads/m-0000-00-00.svg" data-view="/maps/" data-src="/img/a.png"></a>');
  expect(relativiseHtml(html, '/maps/', options)).toBe(
    page('', '<a href="../downloads/m-2024-12-05.svg" data-date-href="../downloads/m-0000-00-00.svg" data-view="/maps/" data-src="../img/a.png"></a>'),
  );
});
