// What an embed page costs a reader's browser at load, gzip, for every embed
// page of a build (dist/embed/…/index.html, the list page /embed/ aside): the
// HTML (map SVG and inline scripts included) plus each style sheet, script and
// image it references (src/lib/embed/page-assets.ts); and the size of the
// snippet's host resize script. Used by the embed tests (against the budgets)
// and `npm run bench` (scripts/bench/embeds.ts).
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { clientScript } from '../../src/lib/embed/client-script.ts';
import { pageAssets } from '../../src/lib/embed/page-assets.ts';
import { PROJECT_ROOT } from '../site-build.ts';
import { gzipSize } from './page-weight.ts';

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
    const weight: EmbedWeight = { path, html: gzipSize(html), css: 0, js: 0, images: 0, total: 0, files: 1 };
    for (const url of pageAssets(html.toString('utf8'))) {
      const clean = url.split(/[?#]/)[0]!;
      const local = clean.startsWith(prefix) ? clean.slice(prefix.length) : new URL(clean, `http://x${path}`).pathname.slice(1);
      const asset = join(dist, local);
      if (!existsSync(asset)) throw new Error(`embed weights: ${path} loads ${url}, which is not in ${dist}`);
      const bytes = gzipSize(await readFile(asset));
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
  const code = clientScript('host-resize', PROJECT_ROOT);
  return { raw: Buffer.byteLength(code), gzip: gzipSize(code) };
}
