// Embed figures for `npm run bench`: for every embed page in the build
// (dist/embed/…/index.html, the list page /embed/ aside), the bytes a reader's
// browser loads for it, gzip: the HTML (map SVG and inline scripts included)
// plus each style sheet, script and image it references (src/lib/embed/page-assets.ts),
// against the 50 KB budget; and the host resize script of the snippet, raw and
// gzip, against 2 KB (both). Reads an existing build (run `npm run build` first).
//   node scripts/bench/embeds.ts [--dist DIR]
//   import { bench, embedWeights } from './embeds.ts'
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { formatTable, type BenchRow } from '../../tooling/perf/bench-row.ts';
import { pageAssets } from '../../src/lib/embed/page-assets.ts';
import { clientScript } from '../../src/lib/embed/client-script.ts';

const ROOT = resolve(import.meta.dirname, '..');
export const EMBED_BUDGET = 50 * 1024;
export const HOST_SCRIPT_BUDGET = 2 * 1024;

export const gzipBytes = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

export interface EmbedWeight {
  /** Site path below the base: "/embed/map/syria/". */
  path: string;
  html: number;
  css: number;
  js: number;
  images: number;
  /** Every file above, gzip. */
  total: number;
  files: number;
}

async function embedPages(dist: string): Promise<string[]> {
  const root = join(dist, 'embed');
  if (!existsSync(root)) return [];
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name === 'index.html' && e.parentPath !== root)
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** Gzip bytes at load of every embed page of a build; `base` is the site's base path (BASE_PATH). */
export async function embedWeights(dist: string, base = process.env['BASE_PATH'] ?? '/'): Promise<EmbedWeight[]> {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const weights: EmbedWeight[] = [];
  for (const file of await embedPages(dist)) {
    const path = '/' + relative(dist, file).split(sep).join('/').replace(/index\.html$/, '');
    const html = await readFile(file);
    const weight: EmbedWeight = { path, html: gzipBytes(html), css: 0, js: 0, images: 0, total: 0, files: 1 };
    for (const url of pageAssets(html.toString('utf8'))) {
      const clean = url.split(/[?#]/)[0]!;
      const local = clean.startsWith(prefix) ? clean.slice(prefix.length) : new URL(clean, `http://x${path}`).pathname.slice(1);
      const asset = join(dist, local);
      if (!existsSync(asset)) throw new Error(`bench-embeds: ${path} loads ${url}, which is not in ${dist}`);
      const bytes = gzipBytes(await readFile(asset));
      if (clean.endsWith('.css')) weight.css += bytes;
      else if (clean.endsWith('.js') || clean.endsWith('.mjs')) weight.js += bytes;
      else weight.images += bytes;
      weight.files++;
    }
    weight.total = weight.html + weight.css + weight.js + weight.images;
    weights.push(weight);
  }
  return weights;
}

/** The snippet's host script, as pasted: raw and gzip bytes. */
export function hostScriptBytes(): { raw: number; gzip: number } {
  const code = clientScript('host-resize', ROOT);
  return { raw: Buffer.byteLength(code), gzip: gzipBytes(code) };
}

export async function bench(dist = join(ROOT, 'dist')): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const host = hostScriptBytes();
  const hostTarget = `≤ ${HOST_SCRIPT_BUDGET}`;
  rows.push({ group: 'embed host script', metric: 'raw', value: host.raw, unit: 'B', target: hostTarget, ok: host.raw <= HOST_SCRIPT_BUDGET });
  rows.push({ group: 'embed host script', metric: 'gzip', value: host.gzip, unit: 'B', target: hostTarget, ok: host.gzip <= HOST_SCRIPT_BUDGET });
  const weights = await embedWeights(dist);
  if (weights.length === 0) {
    console.error('bench-embeds: no embed pages in dist/embed (run `npm run build`): page weights skipped');
    return rows;
  }
  const target = `≤ ${EMBED_BUDGET}`;
  for (const w of weights) {
    rows.push({ group: `embed ${w.path}`, metric: `gzip at load (html ${w.html}, css ${w.css}, js ${w.js}, img ${w.images}; ${w.files} files)`, value: w.total, unit: 'B', target, ok: w.total <= EMBED_BUDGET });
  }
  const largest = weights.reduce((a, b) => (b.total > a.total ? b : a));
  rows.push({ group: 'embeds', metric: `largest of ${weights.length} (${largest.path})`, value: largest.total, unit: 'B', target, ok: largest.total <= EMBED_BUDGET });
  return rows;
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { dist: { type: 'string' } } });
  const rows = await bench(values.dist ? resolve(values.dist) : undefined);
  console.log(formatTable(rows));
  if (rows.some((r) => r.ok === false)) process.exitCode = 1;
}
