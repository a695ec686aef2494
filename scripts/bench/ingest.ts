// Ingest throughput on a synthetic corpus: N article-like files made from the
// seeds (varied titles, dates and paragraph order) in a temporary directory,
// then the full run: read, parse, validate, render and write JSON + MDX.
//   node scripts/bench/ingest.ts [count] [dir]   prints "ingest: N articles in X s = Y articles/s (…)"
// `dir` is where the temporary corpus and output go (default: the OS temp
// directory); bench() gives its rows to `npm run bench`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { loadRegistries } from '../../src/lib/ingest/load-registries.ts';
import { ingestFiles, type IngestInput } from '../../src/lib/ingest/run-ingest.ts';
import type { BenchRow } from '../../tooling/perf/bench-row.ts';
import { PROJECT_ROOT } from '../../tooling/site-build.ts';
import { writeSyntheticCorpus } from './synthetic-corpus.ts';

export interface IngestBenchResult {
  articles: number;
  seconds: number;
  perSecond: number;
  /** Of `seconds`: converting (read, parse, validate, render) with each article's 2 files written to temps alongside, then renaming the temps into place. */
  stageSeconds: number;
  commitSeconds: number;
  /** CPU time of the run on all threads: user (parsing…) and kernel (mostly creating files). */
  cpuSeconds: { user: number; system: number };
  /** Articles converted by the main thread, then by each worker. */
  perThread: number[];
}

export async function benchIngest(count = 1000, base = tmpdir()): Promise<IngestBenchResult> {
  const { registries } = loadRegistries(join(PROJECT_ROOT, 'content'));
  const dir = mkdtempSync(join(base, 'bench-ingest-'));
  try {
    const inputs: IngestInput[] = writeSyntheticCorpus(PROJECT_ROOT, join(dir, 'corpus'), count).map((path) => ({
      path,
      file: `corpus/${basename(path)}`,
      publisher: 'DW',
    }));
    // Flush the corpus to disk first, so its writeback does not count against the run.
    execFileSync('sync');
    const cpu = process.cpuUsage();
    const start = process.hrtime.bigint();
    const report = await ingestFiles(inputs, { outDir: join(dir, 'out'), registries, cwd: dir });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const { user, system } = process.cpuUsage(cpu);
    if (report.slugs.length !== count || report.written.length !== 2 * count) {
      throw new Error(`bench: ${report.slugs.length} of ${count} articles converted, ${report.written.length} files written`);
    }
    return {
      articles: count,
      seconds,
      perSecond: count / seconds,
      stageSeconds: report.seconds.stage,
      commitSeconds: report.seconds.commit,
      cpuSeconds: { user: user / 1e6, system: system / 1e6 },
      perThread: report.perThread,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function formatIngestBench(r: IngestBenchResult): string {
  return (
    `ingest: ${r.articles} articles in ${r.seconds.toFixed(2)} s = ${Math.round(r.perSecond)} articles/s ` +
    `(convert and write ${2 * r.articles} temps ${r.stageSeconds.toFixed(2)} s, rename them into place ${r.commitSeconds.toFixed(2)} s; ` +
    `CPU ${r.cpuSeconds.user.toFixed(2)} s user + ${r.cpuSeconds.system.toFixed(2)} s kernel; articles per thread ${r.perThread.join(' + ')})`
  );
}

const INGEST_TARGET_PER_SECOND = 1000;

/** Entry point for scripts/bench/index.ts: ingest throughput on 1,000 synthetic articles. */
export async function bench(): Promise<BenchRow[]> {
  const r = await benchIngest(1000);
  return [
    { group: 'ingest', metric: `${r.articles} synthetic articles`, value: r.seconds, unit: 's' },
    {
      group: 'ingest',
      metric: 'throughput (parse, validate, write)',
      value: r.perSecond,
      unit: 'articles/s',
      target: `≥ ${INGEST_TARGET_PER_SECOND}`,
      ok: r.perSecond >= INGEST_TARGET_PER_SECOND,
    },
  ];
}

if (import.meta.main) {
  console.log(formatIngestBench(await benchIngest(Number(process.argv[2] ?? 1000), process.argv[3])));
}
