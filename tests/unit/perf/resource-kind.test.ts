import { describe, expect, it } from 'vitest';
import { isCompressible, resourceKind } from '../../../tooling/perf/resource-kind.ts';

describe('resourceKind', () => {
  it.each([
    ['http://h/', 'text/html; charset=utf-8', 'html'],
    ['http://h/_astro/Base.css', 'text/css', 'css'],
    ['http://h/_astro/x.js', 'text/javascript; charset=utf-8', 'js'],
    ['http://h/pagefind/wasm.en.pagefind', 'application/octet-stream', 'js'],
    ['http://h/pagefind/fragment/en_1.pf_fragment', 'application/octet-stream', 'data'],
    ['http://h/pagefind/pagefind-entry.json?ts=1', '', 'data'],
    ['http://h/countries-50m.json', 'application/json', 'data'],
    ['http://h/a.geojson', 'application/geo+json', 'data'],
    ['http://h/f.woff2', 'font/woff2', 'fonts'],
    ['http://h/favicon.svg', 'image/svg+xml', 'images'],
    ['http://h/p.png', '', 'images'],
    ['http://h/robots.txt', 'text/plain', 'other'],
  ])('%s (%s) is %s', (url, type, kind) => {
    expect(resourceKind(url, type)).toBe(kind);
  });
});

describe('isCompressible', () => {
  const text = new TextEncoder().encode('body { color: red }');
  it('compresses text, SVG and JSON', () => {
    expect(isCompressible('http://h/a.css', 'text/css', text)).toBe(true);
    expect(isCompressible('http://h/a.svg', 'image/svg+xml', text)).toBe(true);
    expect(isCompressible('http://h/a.json', 'application/json', text)).toBe(true);
  });
  it('leaves images, fonts and gzip streams as they are', () => {
    expect(isCompressible('http://h/a.png', 'image/png', text)).toBe(false);
    expect(isCompressible('http://h/a.woff2', 'font/woff2', text)).toBe(false);
    const gz = new Uint8Array([0x1f, 0x8b, 8, 0]);
    expect(isCompressible('http://h/pagefind/x.pf_index', 'application/octet-stream', gz)).toBe(false);
  });
});
