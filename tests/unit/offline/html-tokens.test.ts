import { expect, test } from 'vitest';
import fc from 'fast-check';
import { serializeTokens, tokenizeHtml } from '../../../src/lib/offline/html-tokens.ts';
import { getAttribute, rewriteAttributes, setAttribute } from '../../../src/lib/offline/html-attributes.ts';

test('any input comes back exactly from its tokens', () => {
  const pieces = fc.constantFrom('<a href="/x/">', '</a>', '<script>', '</script>', '<style>', '</style>', '<!--', '-->', '<', '>', '"', "'", 'text', ' ', '<!doctype html>', '<p title="a > b">', '<title>', '</TITLE>');
  fc.assert(
    fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 30 }), (parts) => {
      const html = parts.join('');
      expect(serializeTokens(tokenizeHtml(html))).toBe(html);
    }),
    { numRuns: 2000 },
  );
});

test('script, style and title content is raw text, never tags', () => {
  const html = '<p>a</p><script>if (a < b) document.write("<a href=\'/x/\'>")</script><style>a>b{}</style><title>A <b></title>';
  const tokens = tokenizeHtml(html);
  expect(tokens.filter((t) => t.kind === 'tag').map((t) => (t.kind === 'tag' ? `${t.closing ? '/' : ''}${t.name}` : ''))).toEqual([
    'p', '/p', 'script', '/script', 'style', '/style', 'title', '/title',
  ]);
  expect(tokens.filter((t) => t.kind === 'raw').map((t) => t.raw)).toEqual([
    'if (a < b) document.write("<a href=\'/x/\'>")',
    'a>b{}',
    'A <b>',
  ]);
});

test('a ">" inside a quoted attribute value does not end the tag', () => {
  const [tag] = tokenizeHtml('<a title="x > y" href="/m/">m</a>');
  expect(tag?.raw).toBe('<a title="x > y" href="/m/">');
});

test('attributes are read decoded and rewritten in place', () => {
  const tag = '<a class="c" href="/search/?q=a&amp;b=1" data-x hidden>';
  expect(getAttribute(tag, 'href')).toBe('/search/?q=a&b=1');
  expect(getAttribute(tag, 'data-x')).toBe('');
  expect(getAttribute(tag, 'title')).toBeUndefined();
  expect(rewriteAttributes(tag, (name, value) => (name === 'href' ? value.replace('/search/', 's.html') : undefined))).toBe(
    '<a class="c" href="s.html?q=a&amp;b=1" data-x hidden>',
  );
  expect(rewriteAttributes(tag, (name) => (name === 'data-x' ? null : undefined))).toBe('<a class="c" href="/search/?q=a&amp;b=1" hidden>');
  expect(setAttribute('<img src="a.png" />', 'alt', 'A "map"')).toBe('<img src="a.png" alt="A &quot;map&quot;"/>');
});
