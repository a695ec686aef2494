// Sub-benchmark of `npm run bench`: the offline figures of an existing build
// (run `npm run build` first; it builds nothing itself).
//   node scripts/bench/export.ts [--dist DIR]
//   - the export zip (`npm run export`): its size, file count and the time to make it;
//   - the service worker's precache: what a reader's browser downloads after the
//     first visit to have the whole site offline (gzip, as hosts serve it) and
//     what it stores (uncompressed).
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BUDGETS } from '../../tooling/budgets.ts';
import { exportSite } from '../../tooling/export-site.ts';
import type { BenchRow } from '../../tooling/perf/bench-row.ts';
import { precacheWeight } from '../../tooling/perf/precache-weight.ts';
import { DIST_DIR } from '../../tooling/site-build.ts';

export async function bench(distDir = DIST_DIR): Promise<BenchRow[]> {
  const started = performance.now();
  const result = await exportSite({ distDir });
  const seconds = (performance.now() - started) / 1000;
  const precache = await precacheWeight(distDir);
  const kib = (n: number) => Math.round(n / 102.4) / 10;
  return [
    { group: 'export', metric: 'offline zip (npm run export)', value: kib(result.zip.length), unit: 'KiB', target: `≤ ${kib(BUDGETS.offlineZip)}`, ok: result.zip.length <= BUDGETS.offlineZip },
    { group: 'export', metric: 'files in the zip', value: result.files.length, unit: 'files' },
    { group: 'export', metric: 'time to export (from dist/)', value: Math.round(seconds * 100) / 100, unit: 's' },
    { group: 'offline', metric: 'service worker precache: files', value: precache.files, unit: 'files' },
    { group: 'offline', metric: 'service worker precache: download (gzip)', value: kib(precache.gzipBytes), unit: 'KiB', target: `≤ ${kib(BUDGETS.precacheDownload)}`, ok: precache.gzipBytes <= BUDGETS.precacheDownload },
    { group: 'offline', metric: 'service worker precache: stored', value: kib(precache.bytes), unit: 'KiB' },
  ];
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { dist: { type: 'string' } } });
  const rows = await bench(values.dist ? resolve(values.dist) : DIST_DIR);
  for (const row of rows) console.log(`${row.group}\t${row.metric}\t${row.value} ${row.unit}`);
}
