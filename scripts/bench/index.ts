// `npm run bench [-- --only build,search] [--json FILE]`: runs every
// sub-benchmark, prints one table of figures against the project's targets and
// writes the same rows as JSON (bench-results.json unless --json says where).
// A full run takes about 10 minutes on 2 cores (Lighthouse, the peer sites'
// builds, a 1,000-article build); --only picks sub-benchmarks.
//
// A sub-benchmark is a module in scripts/bench/ exporting
//   bench(): Promise<BenchRow[]>
// To add one (map bytes, page weights…), write the module and add a line to
// BENCHES below. Figures are printed, never asserted: targets on time belong
// here, not in timed tests. Order matters: `build` rebuilds dist/ from cold,
// and the benches after it measure that build.
import { rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatTable, type BenchRow } from '../../tooling/perf/bench-row.ts';
import { PROJECT_ROOT } from '../../tooling/site-build.ts';

interface SubBench {
  name: string;
  run(): Promise<BenchRow[]>;
}

const BENCHES: SubBench[] = [
  { name: 'ingest', run: async () => (await import('./ingest.ts')).bench() },
  { name: 'build', run: async () => (await import('./build.ts')).bench() },
  { name: 'search', run: async () => (await import('./search.ts')).bench() },
  { name: 'maps', run: async () => (await import('./maps.ts')).bench() },
  { name: 'embeds', run: async () => (await import('./embeds.ts')).bench() },
  { name: 'export', run: async () => (await import('./export.ts')).bench() },
  // Per-page bytes by kind, requests, first screen and Lighthouse (median of 3) on the build above.
  { name: 'pages', run: async () => (await import('./pages.ts')).bench() },
  // The same pages on Starlight and Observable Framework, and our figures as ratios to theirs.
  { name: 'peers', run: async () => (await import('./peers.ts')).bench() },
  // Synthetic corpora of 100 and 1,000 articles, each built in a copy of the project.
  { name: 'scale', run: async () => (await import('./scale.ts')).bench() },
];

/** Where the table is written as JSON unless --json names another file. */
const DEFAULT_JSON = join(PROJECT_ROOT, 'bench-results.json');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { only: { type: 'string' }, json: { type: 'string' } },
    allowPositionals: false,
  });
  const only = values.only?.split(',').map((s) => s.trim());
  const unknown = only?.filter((name) => !BENCHES.some((b) => b.name === name)) ?? [];
  if (unknown.length > 0) {
    throw new Error(`bench: unknown sub-benchmark ${unknown.join(', ')} (known: ${BENCHES.map((b) => b.name).join(', ')})`);
  }

  const rows: BenchRow[] = [];
  const failed: string[] = [];
  for (const sub of BENCHES.filter((b) => !only || only.includes(b.name))) {
    console.error(`bench: running ${sub.name} …`);
    try {
      rows.push(...(await sub.run()));
    } catch (error) {
      // One broken sub-benchmark should not hide the others' figures.
      console.error(`bench: ${sub.name} failed: ${error instanceof Error ? error.message : String(error)}`);
      failed.push(sub.name);
    }
  }
  console.log(rows.length > 0 ? formatTable(rows) : 'bench: no figures');
  if (failed.length > 0) process.exitCode = 1;

  {
    // Written whole or not at all.
    const out = resolve(values.json ?? DEFAULT_JSON);
    const doc = { date: new Date().toISOString(), node: process.version, rows };
    await writeFile(`${out}.tmp`, JSON.stringify(doc, null, 2) + '\n');
    await rename(`${out}.tmp`, out);
    console.error(`bench: wrote ${out}`);
  }
}

if (import.meta.main) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
