// public/_headers (Netlify, Cloudflare Pages) and docs/deploy/nginx.conf:
// hashed files cached for a year, everything that keeps its name revalidated.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parseHeadersFile } from '../../../tooling/host-headers.ts';

const root = join(import.meta.dirname, '../../..');

const rules = parseHeadersFile(readFileSync(join(root, 'public/_headers'), 'utf8'), 'public/_headers');
const cacheControl = (path: string) => rules.filter((r) => r.pattern.test(path)).flatMap((r) => r.headers.filter(([n]) => n === 'cache-control').map(([, v]) => v));

const HASHED = ['/_astro/Base.CUaw-21n.css', '/_astro/search-engine.ClXv3rvJ.js', '/pagefind/fragment/en_1f1206f.pf_fragment', '/pagefind/index/en_3c0f6a1.pf_index', '/pagefind/filter/en_1dc3d65.pf_filter'];
const NAMED = ['/', '/index.html', '/maps/', '/articles/x/', '/search/', '/favicon.svg', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/pagefind-worker.js', '/pagefind/wasm.en.pagefind', '/rss.xml'];

test('files with a content hash in their name are cached for a year, immutable', () => {
  for (const path of HASHED) expect(cacheControl(path), path).toEqual(['public, max-age=31536000, immutable']);
});

test('files that keep their name across deploys are never cached without revalidation', () => {
  for (const path of NAMED) expect(cacheControl(path), path).toEqual([]); // the host default revalidates
  expect(cacheControl('/sw.js')).toEqual(['no-cache']);
});

test('no path gets Cache-Control from two rules (both hosts would join the values)', () => {
  for (const path of [...HASHED, ...NAMED, '/sw.js']) expect(cacheControl(path).length, path).toBeLessThanOrEqual(1);
});

// No X-Frame-Options: it cannot spare the embeds. The build's CSP section forbids framing per path with frame-ancestors (tests/browser/csp.test.ts).
test('every page is sent with nosniff, and no X-Frame-Options (embeds must work)', () => {
  const all = rules.filter((r) => r.pattern.test('/maps/')).flatMap((r) => r.headers.map(([n]) => n));
  expect(all).toContain('x-content-type-options');
  expect(all).not.toContain('x-frame-options');
});

test('the nginx snippet caches the same directories as immutable', () => {
  const nginx = readFileSync(join(root, 'docs/deploy/nginx.conf'), 'utf8');
  const location = /location ~ \^\/\(([^)]+)\)\//.exec(nginx)?.[1];
  const fromHeaders = rules.filter((r) => r.headers.some(([n, v]) => n === 'cache-control' && v.includes('immutable'))).map((r) => r.path.replace(/^\//, '').replace(/\/\*$/, ''));
  expect(location?.split('|').sort()).toEqual(fromHeaders.sort());
});

test("the nginx snippet sends the build's Content-Security-Policy from every location, with frame-ancestors except for embeds", () => {
  const nginx = readFileSync(join(root, 'docs/deploy/nginx.conf'), 'utf8');
  expect(nginx).toMatch(/^include \/srv\/syria-explainer\/dist\/_csp\.conf;$/m);
  const blocks = nginx.split(/\n\s*location /).slice(1);
  const csp = (block: string) => /add_header Content-Security-Policy (\$\w+) always;/.exec(block)?.[1];
  const embeds = blocks.find((b) => b.startsWith('~ ^/embed/(map|chart)/'));
  expect(embeds && csp(embeds)).toBe('$csp_policy');
  expect(csp(blocks[0]!)).toBe('$csp_page_policy'); // location /: every other page
});
