// Sub-benchmark of `npm run bench`: how the build grows with the corpus. For
// synthetic corpora of 100 and 1,000 articles (the seeds with their own
// titles, dates and paragraph order: scripts/bench/synthetic-corpus.ts), each
// in a fresh copy of the project (tooling/project-copy.ts, so dist/ and
// the caches of the checkout are untouched):
//   ingest   `node scripts/ingest.ts <files> --out content/articles`
//   build    `npm run explain` + cold `astro build` (pagefind included)
// then the pagefind index size, the output size and the search latency
// (scripts/bench/search.ts), and the growth of each figure from the smallest
// corpus to the largest (×10 articles: ≈ 10 is linear, ≈ 100 quadratic).
// The copy starts with the checkout's PNG cache (.cache/png), as every build
// after the first does: the rasters are of the maps and charts, the same for
// any number of articles, and rendering them would hide the articles' cost.
// Target (issue 14): 1,000 articles ingested and built in 30 s on this 2-core machine.
//   node scripts/bench/scale.ts [--sizes 100,1000] [--keep]
import { existsSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatTable, type BenchRow } from '../../tooling/perf/bench-row.ts';
import { ourFirstResult } from './search.ts';
import { dirSize } from './dir-size.ts';
import { copyProject } from '../../tooling/project-copy.ts';
import { measureProcess } from '../../tooling/perf/process-peak.ts';
import { astroBuildEnv, PROJECT_ROOT } from '../../tooling/site-build.ts';
import { writeSyntheticCorpus } from './synthetic-corpus.ts';

export const DEFAULT_SIZES = [100, 1000] as const;
const TOTAL_TARGET_SECONDS = 30;
/** The seeds stay in the site (the explainers cite them); the synthetic articles make up the rest. */
const SEED_ARTICLES = 2;

export interface ScaleFigures {
  articles: number;
  pages: number;
  ingestSeconds: number;
  explainSeconds: number;
  astroSeconds: number;
  /** explain + astro build: the build after ingest. */
  buildSeconds: number;
  /** ingest + explain + astro build. */
  totalSeconds: number;
  /** Peak resident memory of the astro build process. */
  peakMiB: number;
  pagefindBytes: number;
  outputBytes: number;
  /** /search/ idle 1 s, then one input event → the first result (scripts/bench/search.ts). */
  searchFirstResultMs: number;
}

export async function measureScale(articles: number, options: { keep?: boolean; log?: (line: string) => void } = {}): Promise<ScaleFigures> {
  const log = options.log ?? ((line: string) => console.error(line));
  const copy = await copyProject(`bench-scale-${articles}-`);
  try {
    const files = writeSyntheticCorpus(copy.dir, join(copy.dir, 'synthetic-corpus'), Math.max(0, articles - SEED_ARTICLES));
    log(`bench-scale: ${articles} articles in ${copy.dir}`);
    // The seeds first, as `npm run build` does; untimed (the seeds are already converted in content/).
    await copy.run('node', ['scripts/ingest.ts']);
    const ingestSeconds = files.length > 0 ? await copy.run('node', ['scripts/ingest.ts', ...files, '--out', 'content/articles']) : 0;
    const explainSeconds = await copy.run('node', ['scripts/explain.ts']);
    const png = join(PROJECT_ROOT, '.cache', 'png');
    if (existsSync(png)) await cp(png, join(copy.dir, '.cache', 'png'), { recursive: true });
    const astro = await measureProcess(join(PROJECT_ROOT, 'node_modules', '.bin', 'astro'), ['build'], { cwd: copy.dir, env: astroBuildEnv({}, copy.dir) });
    const astroSeconds = astro.seconds;
    const dist = join(copy.dir, 'dist');
    const output = await dirSize(dist);
    const pagefind = await dirSize(join(dist, 'pagefind'));
    log(`bench-scale: ${articles} articles: ingest ${ingestSeconds.toFixed(1)} s, explain ${explainSeconds.toFixed(1)} s, astro build ${astroSeconds.toFixed(1)} s; measuring search …`);
    const search = await ourFirstResult(dist);
    return {
      articles,
      pages: output.pages,
      ingestSeconds,
      explainSeconds,
      astroSeconds,
      buildSeconds: explainSeconds + astroSeconds,
      totalSeconds: ingestSeconds + explainSeconds + astroSeconds,
      peakMiB: astro.peakBytes / (1024 * 1024),
      pagefindBytes: pagefind.bytes,
      outputBytes: output.bytes,
      searchFirstResultMs: search.medianMs,
    };
  } finally {
    if (options.keep) log(`bench-scale: kept ${copy.dir}`);
    else await copy.remove();
  }
}

const FIGURES: { key: keyof ScaleFigures; metric: string; unit: string; scale?: number }[] = [
  { key: 'pages', metric: 'HTML pages', unit: 'pages' },
  { key: 'ingestSeconds', metric: 'ingest (node start included)', unit: 's' },
  { key: 'explainSeconds', metric: 'explain', unit: 's' },
  { key: 'astroSeconds', metric: 'cold astro build (+ pagefind)', unit: 's' },
  { key: 'buildSeconds', metric: 'build (explain + astro build)', unit: 's' },
  { key: 'totalSeconds', metric: 'ingested and built (ingest + explain + astro build)', unit: 's' },
  { key: 'peakMiB', metric: 'peak memory of astro build', unit: 'MiB' },
  { key: 'pagefindBytes', metric: 'pagefind index', unit: 'KiB', scale: 1 / 1024 },
  { key: 'outputBytes', metric: 'dist/ size', unit: 'KiB', scale: 1 / 1024 },
  { key: 'searchFirstResultMs', metric: 'search input → first result, /search/ idle 1 s', unit: 'ms' },
];

const round = (value: number) => (Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 100) / 100);

export function scaleRows(results: readonly ScaleFigures[]): BenchRow[] {
  const rows: BenchRow[] = [];
  for (const r of results) {
    for (const f of FIGURES) {
      const row: BenchRow = { group: `scale: ${r.articles} articles`, metric: f.metric, value: round(r[f.key] * (f.scale ?? 1)), unit: f.unit };
      if (f.key === 'totalSeconds' && r.articles >= 1000) Object.assign(row, { target: `≤ ${TOTAL_TARGET_SECONDS}`, ok: r.totalSeconds <= TOTAL_TARGET_SECONDS });
      rows.push(row);
    }
  }
  const small = results[0];
  const large = results.at(-1);
  if (small && large && large.articles > small.articles) {
    const factor = large.articles / small.articles;
    const group = `scale: growth ${large.articles}/${small.articles} (×${factor} articles)`;
    for (const f of FIGURES) rows.push({ group, metric: f.metric, value: round(large[f.key] / small[f.key]), unit: '×' });
    // The marginal cost shows the trend without the fixed start-up cost of each tool.
    const per = (key: 'buildSeconds' | 'ingestSeconds') => ((large[key] - small[key]) / (large.articles - small.articles)) * 1000;
    rows.push({ group, metric: 'build per extra article', value: round(per('buildSeconds')), unit: 'ms' });
    rows.push({ group, metric: 'ingest per extra article', value: round(per('ingestSeconds')), unit: 'ms' });
  }
  return rows;
}

/** Entry point for scripts/bench/index.ts. */
export async function bench(sizes: readonly number[] = DEFAULT_SIZES): Promise<BenchRow[]> {
  const results: ScaleFigures[] = [];
  for (const size of sizes) results.push(await measureScale(size));
  return scaleRows(results);
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { sizes: { type: 'string' }, keep: { type: 'boolean' } } });
  const sizes = values.sizes ? values.sizes.split(',').map(Number) : [...DEFAULT_SIZES];
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`bench-scale: --sizes ${values.sizes}: whole numbers ≥ 1, comma-separated`);
  const results: ScaleFigures[] = [];
  for (const size of sizes) results.push(await measureScale(size, { keep: values.keep ?? false }));
  console.log(formatTable(scaleRows(results)));
}
