import { describe, expect, test } from 'vitest';
import { relativePath, relativiseUrl } from '../../../src/lib/offline/relative-url.ts';

const root = { base: '/' };

describe('relativiseUrl', () => {
  test('a directory link becomes a relative link to its index.html', () => {
    expect(relativiseUrl('/articles/x/', '/maps/', root)).toBe('../articles/x/index.html');
    expect(relativiseUrl('/', '/maps/', root)).toBe('../index.html');
    expect(relativiseUrl('/maps/', '/', root)).toBe('maps/index.html');
    expect(relativiseUrl('/', '/', root)).toBe('index.html');
    expect(relativiseUrl('/articles/', '/articles/x/', root)).toBe('../index.html');
  });

  test('the document may be named by its directory or its file', () => {
    expect(relativiseUrl('/articles/x/', '/maps/index.html', root)).toBe('../articles/x/index.html');
    expect(relativiseUrl('/_astro/font.woff2', '/_astro/Base.css', root)).toBe('font.woff2');
    expect(relativiseUrl('/favicon.svg', '/articles/x/', root)).toBe('../../favicon.svg');
  });

  test('fragments and queries are kept', () => {
    expect(relativiseUrl('/articles/x/#p13', '/maps/', root)).toBe('../articles/x/index.html#p13');
    expect(relativiseUrl('/search/?q=Hama&type=article', '/maps/', root)).toBe('../search/index.html?q=Hama&type=article');
    expect(relativiseUrl('/search/?q=a#r', '/', root)).toBe('search/index.html?q=a#r');
  });

  test('external, fragment-only and query-only URLs are untouched', () => {
    for (const url of [
      'https://www.dw.com/en/syria/a-1',
      'http://example.org/',
      '//cdn.example.org/x.js',
      'mailto:desk@example.org',
      'data:image/svg+xml,%3Csvg%3E',
      '#main',
      '?q=x',
      '',
    ]) {
      expect(relativiseUrl(url, '/maps/', root)).toBe(url);
    }
  });

  test('the base path is handled, and paths outside it are left alone', () => {
    const sub = { base: '/syria/' };
    expect(relativiseUrl('/syria/articles/x/', '/syria/maps/', sub)).toBe('../articles/x/index.html');
    expect(relativiseUrl('/syria/', '/syria/maps/', sub)).toBe('../index.html');
    expect(relativiseUrl('/syria', '/syria/maps/', sub)).toBe('../index.html');
    expect(relativiseUrl('/syria/_astro/a.css', '/syria/', sub)).toBe('_astro/a.css');
    expect(relativiseUrl('/other/page/', '/syria/maps/', sub)).toBe('/other/page/');
  });

  test('relative links are resolved first, so directory links reach a file', () => {
    expect(relativiseUrl('../', '/articles/x/', root)).toBe('../index.html');
    expect(relativiseUrl('./', '/maps/', root)).toBe('index.html');
    expect(relativiseUrl('y/#p2', '/articles/', root)).toBe('y/index.html#p2');
    expect(relativiseUrl('font.woff2', '/_astro/Base.css', root)).toBe('font.woff2');
  });

  test('with a file list, a link without its trailing slash still reaches the index.html', () => {
    const files = new Set(['maps/index.html', 'rss.xml']);
    const options = { base: '/', exists: (p: string) => files.has(p) };
    expect(relativiseUrl('/maps', '/articles/x/', options)).toBe('../../maps/index.html');
    expect(relativiseUrl('/rss.xml', '/articles/x/', options)).toBe('../../rss.xml');
    expect(relativiseUrl('/missing', '/', options)).toBe('missing');
  });
});

describe('relativePath', () => {
  test('walks up to the common directory, then down', () => {
    expect(relativePath('a/b/index.html', 'a/c/index.html')).toBe('../c/index.html');
    expect(relativePath('index.html', 'a/b.html')).toBe('a/b.html');
    expect(relativePath('a/b/c/index.html', 'x.css')).toBe('../../../x.css');
  });

  test('a first segment that reads as a URL scheme is prefixed with ./', () => {
    expect(relativePath('index.html', 'a:b/index.html')).toBe('./a:b/index.html');
  });
});
