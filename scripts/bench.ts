// `npm run bench [-- --only build,search] [--json FILE]`: runs every
// sub-benchmark, prints one table of figures against the project's targets and
// writes the same rows as JSON (bench-results.json unless --json says where).
// A full run takes about 10 minutes on 2 cores (Lighthouse, the peer sites'
// builds, a 1,000-article build); --only picks sub-benchmarks.
//
// A sub-benchmark is a module in scripts/ exporting
//   bench(): Promise<BenchRow[]>
// To add one (map bytes, page weights…), write the module and add a line to
// BENCHES below. Figures are printed, never asserted: targets on time belong
// here, not in timed tests. Order matters: `build` rebuilds dist/ from cold,
// and the benches after it measure that build.
import { rename, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

export interface BenchRow {
  /** What was measured: "ingest", "build", "map: Syria 5 Dec"… */
  group: string;
  metric: string;
  value: number;
  unit: string;
  /** The target as text, e.g. "≥ 1000" or "< 30"; omitted when there is none. */
  target?: string;
  /** Whether the value meets the target; omitted when there is none. */
  ok?: boolean;
}

interface SubBench {
  name: string;
  run(): Promise<BenchRow[]>;
}

const INGEST_TARGET_PER_SECOND = 1000;

/** Ingest throughput on 1,000 synthetic articles (scripts/bench-ingest.ts). */
async function ingestRows(): Promise<BenchRow[]> {
  const { benchIngest } = await import('./bench-ingest.ts');
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

const BENCHES: SubBench[] = [
  { name: 'ingest', run: ingestRows },
  { name: 'build', run: async () => (await import('./bench-build.ts')).bench() },
  { name: 'search', run: async () => (await import('./bench-search.ts')).bench() },
  { name: 'maps', run: async () => (await import('./bench-maps.ts')).bench() },
  { name: 'embeds', run: async () => (await import('./bench-embeds.ts')).bench() },
  { name: 'export', run: async () => (await import('./bench-export.ts')).bench() },
  // Per-page bytes by kind, requests, first screen and Lighthouse (median of 3) on the build above.
  { name: 'pages', run: async () => (await import('./bench-pages.ts')).bench() },
  // The same pages on Starlight and Observable Framework, and our figures as ratios to theirs.
  { name: 'peers', run: async () => (await import('./bench-peers.ts')).bench() },
  // Synthetic corpora of 100 and 1,000 articles, each built in a copy of the project.
  { name: 'scale', run: async () => (await import('./bench-scale.ts')).bench() },
];

/** Where the table is written as JSON unless --json names another file. */
const DEFAULT_JSON = resolve(import.meta.dirname, '..', 'bench-results.json');

function formatValue(value: number): string {
  if (Number.isInteger(value)) return value.toLocaleString('en-US');
  return value.toLocaleString('en-US', { maximumFractionDigits: value < 10 ? 2 : 1 });
}

export function formatTable(rows: readonly BenchRow[]): string {
  const header = ['group', 'metric', 'value', 'unit', 'target', ''];
  const body = rows.map((r) => [
    r.group,
    r.metric,
    formatValue(r.value),
    r.unit,
    r.target ?? '',
    r.ok === undefined ? '' : r.ok ? 'ok' : 'MISSED',
  ]);
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((cells) => (cells[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 2 ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

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
