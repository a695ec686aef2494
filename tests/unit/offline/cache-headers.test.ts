// public/_headers (Netlify, Cloudflare Pages) and docs/deploy/nginx.conf:
// hashed files cached for a year, everything that keeps its name revalidated.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const root = join(import.meta.dirname, '../../..');

interface Rule {
  path: string;
  pattern: RegExp;
  headers: Array<[string, string]>;
}

/** The _headers format: an unindented path (with * wildcards), then indented "Name: value" lines. */
function parseHeaders(text: string): Rule[] {
  const rules: Rule[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      const source = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
      rules.push({ path: line.trim(), pattern: new RegExp(`^${source}$`), headers: [] });
      return;
    }
    const header = /^\s+([\w-]+):\s*(.+)$/.exec(line);
    const rule = rules.at(-1);
    if (!header || !rule) throw new Error(`public/_headers:${i + 1}: expected "Name: value" under a path`);
    rule.headers.push([header[1]!.toLowerCase(), header[2]!.trim()]);
  });
  return rules;
}

const rules = parseHeaders(readFileSync(join(root, 'public/_headers'), 'utf8'));
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

test('every page is sent with nosniff, and nothing forbids framing (embeds must work)', () => {
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
