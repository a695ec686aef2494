import { expect, test } from 'vitest';
import { buildPrecacheManifest, precacheUrl, type SiteFile } from '../../../src/lib/offline/precache-manifest.ts';

const file = (path: string, hash = 'a'.repeat(64), bytes = 10): SiteFile => ({ path, hash, bytes });
const site = [
  file('index.html', '1'.repeat(64)),
  file('maps/index.html', '2'.repeat(64)),
  file('articles/x/index.html', '3'.repeat(64), 30),
  file('404.html'),
  file('_astro/Base.abc.css'),
  file('pagefind/pagefind.js'),
  file('pagefind/pagefind-worker.js'),
  file('pagefind/wasm.en.pagefind'),
  file('pagefind/pagefind-entry.json'),
  file('pagefind/fragment/en_1.pf_fragment'),
  file('pagefind/pagefind-ui.js'),
  file('pagefind/pagefind-component-ui.css'),
  file('pagefind/pagefind-highlight.js'),
  file('sw.js'),
  file('_headers'),
  file('_csp.conf'),
  file('robots.txt'),
  file('sitemap-index.xml'),
  file('sitemap-0.xml'),
  file('rss.xml'),
  file('_astro/x.js.map'),
  file('embed/map/syria/index.html'),
  file('oembed/map/syria.json'),
  file('downloads/map-syria-2024-12-05.png'),
];

test('pages are listed by the URL readers use; assets by their path', () => {
  expect(precacheUrl('index.html')).toBe('');
  expect(precacheUrl('maps/index.html')).toBe('maps/');
  expect(precacheUrl('404.html')).toBe('404.html');
  expect(precacheUrl('articles/a b/ä.html')).toBe('articles/a%20b/%C3%A4.html');
});

test('every page, asset and the search index; not the worker, host or crawler files, Pagefind UI bundles or its worker (our search runs without it), embeds or downloads', () => {
  const manifest = buildPrecacheManifest(site);
  expect(manifest.entries.map((e) => e.url)).toEqual([
    '',
    '404.html',
    '_astro/Base.abc.css',
    'articles/x/',
    'maps/',
    'pagefind/fragment/en_1.pf_fragment',
    'pagefind/pagefind-entry.json',
    'pagefind/pagefind.js',
    'pagefind/wasm.en.pagefind',
  ]);
  expect(manifest.entries.find((e) => e.url === 'articles/x/')).toEqual({ url: 'articles/x/', revision: '3'.repeat(16), bytes: 30 });
  expect(manifest.bytes).toBe(10 * 8 + 30);
  expect(manifest.version).toMatch(/^[0-9a-f]{16}$/);
});

test('the version depends on every file and on nothing else', () => {
  const { version } = buildPrecacheManifest(site);
  expect(buildPrecacheManifest([...site].reverse()).version, 'order of listing').toBe(version);
  expect(buildPrecacheManifest(site.map((f) => (f.path === 'sw.js' ? { ...f, hash: 'f'.repeat(64) } : f))).version, 'an excluded file').toBe(version);
  expect(buildPrecacheManifest(site.map((f) => (f.path === 'maps/index.html' ? { ...f, hash: 'e'.repeat(64) } : f))).version, 'a page').not.toBe(version);
  expect(buildPrecacheManifest([...site, file('new/index.html')]).version, 'a new page').not.toBe(version);
});

test('two files at one URL are an error naming the URL', () => {
  expect(() => buildPrecacheManifest([file('a/index.html'), file('a/')])).toThrow(/"a\/"/);
});

test("Pagefind's files for languages the index does not use are found from its entry file", async () => {
  const { unusedPagefindFiles } = await import('../../../src/lib/offline/pagefind-entry.ts');
  const entry = JSON.stringify({ version: '1.6.0', languages: { en: { hash: 'en_2eb7d55268', wasm: 'en', page_count: 7 } } });
  const files = ['pagefind/wasm.en.pagefind', 'pagefind/wasm.unknown.pagefind', 'pagefind/pagefind.en_2eb7d55268.pf_meta', 'pagefind/pagefind.en_old.pf_meta', 'pagefind/pagefind.js'];
  expect(unusedPagefindFiles(entry, files)).toEqual(['pagefind/wasm.unknown.pagefind', 'pagefind/pagefind.en_old.pf_meta']);
  expect(() => unusedPagefindFiles('{"version":"1"}', files, 'dist/pagefind/pagefind-entry.json')).toThrow(/^dist\/pagefind\/pagefind-entry\.json: field "languages"/);
});
