import { expect, test } from 'vitest';
import fc from 'fast-check';
import { elementsOf, parseHtml, serializeHtml } from '../../../src/lib/offline/html-tree.ts';

const names = (html: string) => elementsOf(parseHtml(html)).map((e) => e.tagName);

test('elements come in document order, with SVG elements and <template> content', () => {
  expect(names('<!DOCTYPE html><p>a<b>b</b></p><svg><use href="#x"/><foreignObject><i>i</i></foreignObject></svg><template><a>t</a></template><hr>')).toEqual([
    'html', 'head', 'body', 'p', 'b', 'svg', 'use', 'foreignObject', 'i', 'template', 'a', 'hr',
  ]);
});

test('<noscript> content is markup, not text, and stays markup when written back', () => {
  const html = '<!DOCTYPE html><html><head><noscript><style>a{}</style></noscript></head><body><noscript><a href="/x/">x</a></noscript></body></html>';
  expect(names(html)).toEqual(['html', 'head', 'noscript', 'style', 'body', 'noscript', 'a']);
  expect(serializeHtml(parseHtml(html))).toBe(html);
});

test('script, style and title text is never markup', () => {
  const html = '<!DOCTYPE html><html><head><title>A <b> title</title><style>a>b{}</style></head><body><script>if (a < b) document.write("<a href=\'/x/\'></a>")</script></body></html>';
  expect(names(html)).toEqual(['html', 'head', 'title', 'style', 'body', 'script']);
  expect(serializeHtml(parseHtml(html))).toBe(html.replace('<title>A <b> title', '<title>A &lt;b&gt; title'));
});

test('any input parses, and writing it twice gives the same text', () => {
  const pieces = fc.constantFrom('<a href="/x/">', '</a>', '<script>', '</script>', '<svg>', '<use xlink:href=/y>', '</svg>', '<template>', '</template>', '<!--', '-->', '<', '>', '"', "'", '&amp;', '&eacute', '<!doctype html>', '<p title=a>', '<noscript>');
  fc.assert(
    fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 30 }), (parts) => {
      const html = parts.join('');
      expect(serializeHtml(parseHtml(html))).toBe(serializeHtml(parseHtml(html)));
    }),
    { numRuns: 500 },
  );
});
