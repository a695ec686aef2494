// Sub-benchmark of `npm run bench`: the offline figures of an existing build
// (run `npm run build` first; it builds nothing itself).
//   node scripts/bench/export.ts [--dist DIR]
//   - the export zip (`npm run export`): its size, file count and the time to make it;
//   - the service worker's precache: what a reader's browser downloads after the
//     first visit to have the whole site offline (gzip, as hosts serve it) and
//     what it stores (uncompressed).
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { buildPrecacheManifest, precacheUrl } from '../../src/lib/offline/precache-manifest.ts';
import { gzipSize } from '../../tooling/perf/page-weight.ts';
import { isCompressible } from '../../tooling/perf/resource-kind.ts';
import { unusedPagefindFiles } from '../../src/lib/offline/pagefind-entry.ts';
import { exportSite } from '../../tooling/export-site.ts';
import type { BenchRow } from '../../tooling/perf/bench-row.ts';
import { DIST_DIR } from '../../tooling/site-build.ts';


async function precacheFigures(distDir: string): Promise<{ files: number; bytes: number; gzipBytes: number }> {
  const entries = await readdir(distDir, { recursive: true, withFileTypes: true });
  const paths = entries.filter((e) => e.isFile()).map((e) => relative(distDir, join(e.parentPath, e.name)).split(sep).join('/'));
  const entry = await readFile(join(distDir, 'pagefind/pagefind-entry.json'), 'utf8').catch(() => null);
  const unused = entry === null ? [] : unusedPagefindFiles(entry, paths);
  // As src/integrations/service-worker.ts does: every file but Pagefind's unused ones, through the manifest's own exclusions.
  const files = await Promise.all(
    paths
      .filter((p) => !unused.includes(p))
      .map(async (path) => ({ path, body: await readFile(join(distDir, path)) })),
  );
  const manifest = buildPrecacheManifest(files.map(({ path, body }) => ({ path, hash: '0'.repeat(16), bytes: body.length })));
  const kept = new Set(manifest.entries.map((e) => e.url));
  // On the wire: gzip where a host compresses (not Pagefind's index chunks and engine, which are gzip already).
  const gzipBytes = files
    .filter(({ path }) => kept.has(precacheUrl(path)))
    .reduce((sum, { path, body }) => sum + (isCompressible(path, '', body) ? gzipSize(body) : body.length), 0);
  return { files: manifest.entries.length, bytes: manifest.bytes, gzipBytes };
}

export async function bench(distDir = DIST_DIR): Promise<BenchRow[]> {
  const started = performance.now();
  const result = await exportSite({ distDir });
  const seconds = (performance.now() - started) / 1000;
  const precache = await precacheFigures(distDir);
  const kib = (n: number) => Math.round(n / 102.4) / 10;
  return [
    { group: 'export', metric: 'offline zip (npm run export)', value: kib(result.zip.length), unit: 'KiB' },
    { group: 'export', metric: 'files in the zip', value: result.files.length, unit: 'files' },
    { group: 'export', metric: 'time to export (from dist/)', value: Math.round(seconds * 100) / 100, unit: 's' },
    { group: 'offline', metric: 'service worker precache: files', value: precache.files, unit: 'files' },
    { group: 'offline', metric: 'service worker precache: download (gzip)', value: kib(precache.gzipBytes), unit: 'KiB' },
    { group: 'offline', metric: 'service worker precache: stored', value: kib(precache.bytes), unit: 'KiB' },
  ];
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { dist: { type: 'string' } } });
  const rows = await bench(values.dist ? resolve(values.dist) : DIST_DIR);
  for (const row of rows) console.log(`${row.group}\t${row.metric}\t${row.value} ${row.unit}`);
}
