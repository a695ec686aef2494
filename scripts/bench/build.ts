// Sub-benchmark of `npm run bench`: the site's build, as authors run it
// (`npm run build`: ingest, explain, astro build), in the checkout.
//   fresh    as on a fresh clone: no dist/, none of the build's caches (.astro/,
//            node_modules/.astro, node_modules/.vite, .cache/build) and no PNG
//            cache (.cache/png, the downloads' rasters by content hash: set
//            aside for the run and put back), so every PNG is rendered (in its
//            own process, src/lib/embed/png-worker.ts)
//   cold     the same with the PNG cache kept, as on any machine that has built once
//   rebuild  `npm run build` again with nothing changed (tooling/build-record.ts)
//   memory   the peak resident memory of the largest process of each
//            (tooling/perf/process-peak.ts)
// Targets (issue 14): cold ≤ 12 s, rebuild ≤ 5 s, peak ≤ 700 MiB.
//   node scripts/bench/build.ts
import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { formatTable, type BenchRow } from '../../tooling/perf/bench-row.ts';
import { measureProcess } from '../../tooling/perf/process-peak.ts';
import { buildEnv, PROJECT_ROOT } from '../../tooling/site-build.ts';
import { dirSize } from './dir-size.ts';

const CACHES = ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite', '.cache/build'];
const COLD_TARGET_SECONDS = 12;
const REBUILD_TARGET_SECONDS = 5;
const PEAK_TARGET_MIB = 700;
const MIB = 1024 * 1024;

const PNG_CACHE = join(PROJECT_ROOT, '.cache', 'png');

/** Runs with the PNG cache moved aside, and puts it back (the run's own cache is dropped). */
async function withoutPngCache<T>(run: () => Promise<T>): Promise<T> {
  const saved = `${PNG_CACHE}.bench-${process.pid}`;
  const had = await rename(PNG_CACHE, saved).then(
    () => true,
    () => false,
  );
  try {
    return await run();
  } finally {
    if (had) {
      await rm(PNG_CACHE, { recursive: true, force: true });
      await rename(saved, PNG_CACHE);
    }
  }
}

export async function bench(): Promise<BenchRow[]> {
  const clean = async () => {
    for (const cache of CACHES) await rm(join(PROJECT_ROOT, cache), { recursive: true, force: true });
  };
  const npmBuild = () => measureProcess('npm', ['run', 'build'], { cwd: PROJECT_ROOT, env: buildEnv() });
  await clean();
  const fresh = await withoutPngCache(npmBuild);
  await clean();
  const cold = await npmBuild();
  const rebuild = await npmBuild();
  const { bytes, pages } = await dirSize(join(PROJECT_ROOT, 'dist'));
  const round = (n: number) => Math.round(n * 100) / 100;
  const peak = Math.round(cold.peakBytes / MIB);
  const freshPeak = Math.round(fresh.peakBytes / MIB);
  return [
    { group: 'build', metric: 'cold `npm run build` as on a fresh clone (every PNG rendered)', value: round(fresh.seconds), unit: 's', target: `≤ ${COLD_TARGET_SECONDS}`, ok: fresh.seconds <= COLD_TARGET_SECONDS },
    { group: 'build', metric: 'peak memory of its largest process', value: freshPeak, unit: 'MiB', target: `≤ ${PEAK_TARGET_MIB}`, ok: freshPeak <= PEAK_TARGET_MIB },
    { group: 'build', metric: 'cold `npm run build` (PNG cache kept)', value: round(cold.seconds), unit: 's', target: `≤ ${COLD_TARGET_SECONDS}`, ok: cold.seconds <= COLD_TARGET_SECONDS },
    { group: 'build', metric: 'peak memory of its largest process', value: peak, unit: 'MiB', target: `≤ ${PEAK_TARGET_MIB}`, ok: peak <= PEAK_TARGET_MIB },
    { group: 'build', metric: '`npm run build` again, nothing changed', value: round(rebuild.seconds), unit: 's', target: `≤ ${REBUILD_TARGET_SECONDS}`, ok: rebuild.seconds <= REBUILD_TARGET_SECONDS },
    { group: 'build', metric: 'HTML pages', value: pages, unit: 'pages' },
    { group: 'build', metric: 'dist/ size', value: bytes / 1024, unit: 'KiB' },
  ];
}

if (import.meta.main) {
  console.log(formatTable(await bench()));
}
