import { expect, test } from 'vitest';
import { appendElement, attributeName, createHtmlElement, getAttribute, isHtmlElement, removeAttributes, replaceElement, rewriteText, textOf } from '../../../src/lib/offline/html-element.ts';
import { elementsOf, parseHtml, serializeHtml } from '../../../src/lib/offline/html-tree.ts';

const page = (body: string) => `<!DOCTYPE html><html><head></head><body>${body}</body></html>`;
const find = (html: string) => {
  const document = parseHtml(html);
  return { document, elements: elementsOf(document) };
};

test('attributes are found by the name written in HTML, decoded; SVG xlink:href and href stay apart', () => {
  const { elements } = find(page('<a href="/s/?q=a&amp;b=1" data-x>a</a><svg><use xlink:href="#i" href="#j"/><a href="#k"></a></svg>'));
  const [, , , a, , use, svgA] = elements;
  if (!a || !use || !svgA) throw new Error('expected the elements');
  expect(getAttribute(a, 'href')).toBe('/s/?q=a&b=1');
  expect(getAttribute(a, 'data-x')).toBe('');
  expect(getAttribute(a, 'title')).toBeUndefined();
  expect(use.attrs.map(attributeName)).toEqual(['xlink:href', 'href']);
  expect([getAttribute(use, 'xlink:href'), getAttribute(use, 'href')]).toEqual(['#i', '#j']);
  expect([isHtmlElement(a, 'a'), isHtmlElement(svgA, 'a')]).toEqual([true, false]);
});

test('elements are changed, replaced, added and removed in the tree', () => {
  const { document, elements } = find(page('<p data-a="1" data-b="2" class="c">x</p><script>old()</script><style>a{}</style><i></i>'));
  const [, , body, p, script, style, i] = elements;
  if (!body || !p || !script || !style || !i) throw new Error('expected the elements');
  removeAttributes(p, ['data-a', 'data-b']);
  expect(textOf(script)).toBe('old()');
  replaceElement(script, createHtmlElement('script', [['defer', ''], ['src', 'a&b.js']]));
  rewriteText(style, (css) => css.replace('a', 'b'));
  replaceElement(i, null);
  appendElement(body, createHtmlElement('hr', []));
  expect(serializeHtml(document)).toBe(page('<p class="c">x</p><script defer="" src="a&amp;b.js"></script><style>b{}</style><hr>'));
});
