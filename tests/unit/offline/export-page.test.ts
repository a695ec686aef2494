import { expect, test } from 'vitest';
import { moduleScriptsOf, prepareExportPage, type ModuleScript } from '../../../src/lib/offline/export-page.ts';

const head = '<link rel="modulepreload" href="/_astro/c.js">';
const page = (body: string, before = head) => `<!DOCTYPE html><html><head>${before}</head><body>${body}</body></html>`;

test('module scripts are found in order, external ones by site path', () => {
  const html = page('<script type="module" src="/_astro/a.js"></script><script type="module">import "/_astro/b.js";</script><script type="application/json">{}</script><script>1</script>');
  expect(moduleScriptsOf(html, '/maps/')).toEqual([
    { key: 'src /_astro/a.js', src: '/_astro/a.js' },
    { key: 'inline import "/_astro/b.js";', code: 'import "/_astro/b.js";' },
  ]);
  expect(moduleScriptsOf('<script type="module" src="../x.js?v=1"></script>', '/a/b/')[0]?.src).toBe('/a/x.js');
});

test('an inline module script is read exactly as the browser runs it: "</" strings, entities and markup in it are code', () => {
  const code = 'const a = "</p>&amp;<a href=\'/maps/\'>"; if (x</y) document.title = "<\\/script>";';
  expect(moduleScriptsOf(page(`<script type=MODULE>${code}</script>`), '/')).toEqual([{ key: `inline ${code}`, code }]);
});

test('module scripts become deferred classic scripts or go; modulepreload goes', () => {
  const html = page('<script type="module" src="/_astro/a.js"></script><p>x</p><script type="module">search()</script><script type="application/json">{"a":1}</script>');
  const out = prepareExportPage(html, '/', {
    classicScriptFor: (s: ModuleScript) => (s.src ? '/_offline/js/1.js' : null),
    searchScripts: ['/_offline/search.js'],
    fileText: () => undefined, exists: () => true,
  });
  expect(out).toBe(page('<script defer="" src="/_offline/js/1.js"></script><p>x</p><script type="application/json">{"a":1}</script>', ''));
});

test('the service worker hook goes; the search page gets the offline search scripts, last in its body', () => {
  const html = page('<div data-search-app><form></form></div><footer><p class="offline-status" data-offline-status data-sw="/sw.js" data-scope="/"></p></footer>');
  const out = prepareExportPage(html, '/search/', { classicScriptFor: () => null, searchScripts: ['/_offline/search-data.js', '/_offline/search.js'], fileText: () => undefined, exists: () => true });
  expect(out).toContain('<p class="offline-status" data-offline-status=""></p>');
  expect(out).toContain('<script defer="" src="/_offline/search-data.js"></script><script defer="" src="/_offline/search.js"></script></body>');
  const other = prepareExportPage(page('<main></main>'), '/', { classicScriptFor: () => null, searchScripts: ['/_offline/search.js'], fileText: () => undefined, exists: () => true });
  expect(other).not.toContain('_offline');
});

test('a script URL with "&" or quotes is written escaped, and read back as it was given', () => {
  const out = prepareExportPage(page('<script type="module" src="/_astro/a.js"></script>'), '/', {
    classicScriptFor: () => '/_offline/js/a&b"c.js',
    searchScripts: [],
    fileText: () => undefined, exists: () => true,
  });
  expect(out).toContain('<script defer="" src="/_offline/js/a&amp;b&quot;c.js"></script>');
});

test("a map's data file goes into the map, as JSON the map's script reads first; a missing one stops the export", () => {
  const json = '{"dates":[],"h":"/articles/x/#p1","q":"\\u003c/script>"}';
  const html = page('<frontline-map class="fm" data-fm-data-src="/_astro/fm-syria-data.1.json"><figure></figure></frontline-map>');
  const files = new Map([['/_astro/fm-syria-data.1.json', json]]);
  const out = prepareExportPage(html, '/maps/', { classicScriptFor: () => null, searchScripts: [], fileText: (path) => files.get(path), exists: () => true });
  expect(out).toContain(`<frontline-map class="fm"><figure></figure><script type="application/json" data-fm-data="">${json}</script></frontline-map>`);
  expect(() => prepareExportPage(html, '/maps/', { classicScriptFor: () => null, searchScripts: [], fileText: () => undefined, exists: () => true })).toThrow(/fm-syria-data\.1\.json is not in the build/);
});

test('a download link to a file the export leaves out goes with its list item; the others stay', () => {
  const list = '<ul><li><a href="/downloads/map.svg" download>SVG</a></li><li><a href="/downloads/map.png" download data-dated-url="/downloads/map-{date}.png">PNG</a></li><li><a href="https://example.org/x.png" download>elsewhere</a></li></ul>';
  const out = prepareExportPage(page(list), '/maps/', { classicScriptFor: () => null, searchScripts: [], fileText: () => undefined, exists: (path) => !path.endsWith('.png') });
  expect(out).toContain('<ul><li><a href="/downloads/map.svg" download="">SVG</a></li><li><a href="https://example.org/x.png" download="">elsewhere</a></li></ul>');
});
