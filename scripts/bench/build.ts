// Sub-benchmark of `npm run bench`: the site's cold build time.
// "Cold" means no dist/ and none of Astro's or Vite's caches (.astro/,
// node_modules/.astro, node_modules/.vite). Ingest runs first, untimed here
// (scripts/bench/ingest.ts measures it), so the figure is `astro build` alone;
// the target is under 30 s on this 2-core machine.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { formatTable, type BenchRow } from '../../tooling/perf/bench-row.ts';
import { dirSize } from './dir-size.ts';
import { astroBuild, PROJECT_ROOT, runIn } from '../../tooling/site-build.ts';

const CACHES = ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'];
const TARGET_SECONDS = 30;

export async function bench(): Promise<BenchRow[]> {
  await runIn(PROJECT_ROOT, 'npm', ['run', 'ingest']);
  for (const cache of CACHES) await rm(join(PROJECT_ROOT, cache), { recursive: true, force: true });
  const seconds = await astroBuild();
  const { bytes, pages } = await dirSize(join(PROJECT_ROOT, 'dist'));
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
  console.log(formatTable(await bench()));
}
