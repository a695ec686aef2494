// Sub-benchmark of `npm run bench`: the site's cold build time.
// "Cold" means no dist/ and none of Astro's or Vite's caches (.astro/,
// node_modules/.astro, node_modules/.vite). Ingest runs first, untimed here
// (scripts/bench-ingest.ts measures it), so the figure is `astro build` alone;
// the target is under 30 s on this 2-core machine.
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { BenchRow } from './bench.ts';
import { dirSize } from './perf/dir-size.ts';
import { runIn } from '../tooling/site-build.ts';

const ROOT = resolve(import.meta.dirname, '..');
const CACHES = ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'];
const TARGET_SECONDS = 30;

export async function bench(): Promise<BenchRow[]> {
  await runIn(ROOT, 'npm', ['run', 'ingest']);
  for (const cache of CACHES) await rm(join(ROOT, cache), { recursive: true, force: true });
  const seconds = await runIn(ROOT, join(ROOT, 'node_modules/.bin/astro'), ['build']);
  const { bytes, pages } = await dirSize(join(ROOT, 'dist'));
  return [
    {
      group: 'build',
      metric: 'cold `astro build`',
      value: seconds,
      unit: 's',
      target: `< ${TARGET_SECONDS}`,
      ok: seconds < TARGET_SECONDS,
    },
    { group: 'build', metric: 'HTML pages', value: pages, unit: 'pages' },
    { group: 'build', metric: 'dist/ size', value: bytes / 1024, unit: 'KiB' },
  ];
}

if (import.meta.main) {
  const { formatTable } = await import('./bench.ts');
  console.log(formatTable(await bench()));
}
