// Ingest throughput on a synthetic corpus: N article-like files made from the
// seeds (varied titles, dates and paragraph order) in a temporary directory,
// then the full run: read, parse, validate, render and write JSON + MDX.
//   node scripts/bench-ingest.ts [count] [dir]   prints "ingest: N articles in X s = Y articles/s (…)"
// `dir` is where the temporary corpus and output go (default: the OS temp
// directory); scripts/bench.ts calls benchIngest() for `npm run bench`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRegistries } from '../src/lib/ingest/load-registries.ts';
import { parseDwArticle } from '../src/lib/ingest/parse-dw-article.ts';
import { compileRegistries, type CompiledRegistries } from '../src/lib/ingest/registries.ts';
import { ingestFiles, type IngestInput } from '../src/lib/ingest/run-ingest.ts';
import { parseSeedSources } from '../src/lib/ingest/seed-sources.ts';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

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

/** A small deterministic PRNG (mulberry32), so every bench run uses the same corpus. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Template {
  lines: string[];
  titleIndex: number;
  dateIndex: number;
  paragraphIndexes: number[];
}

export function template(file: string, registries: CompiledRegistries): Template {
  const raw = readFileSync(join(ROOT, 'seeds', file));
  const { article, lines } = parseDwArticle(raw, { file, publisher: 'DW' }, registries);
  return {
    lines: raw.toString('utf8').split('\n'),
    titleIndex: lines.title - 1,
    dateIndex: lines.date - 1,
    paragraphIndexes: article.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.line - 1] : [])),
  };
}

/** Article i of the corpus: a seed with its own title, date and paragraph order. */
export function variant(t: Template, i: number): string {
  const next = random(i + 1);
  const lines = [...t.lines];
  lines[t.titleIndex] = `${lines[t.titleIndex]?.trim()} (update ${i + 1})`;
  const date = new Date(Date.UTC(2024, 0, 1 + (i % 730)));
  lines[t.dateIndex] = `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
  const order = [...t.paragraphIndexes];
  for (let k = order.length - 1; k > 0; k--) {
    const j = Math.floor(next() * (k + 1));
    [order[k], order[j]] = [order[j] as number, order[k] as number];
  }
  t.paragraphIndexes.forEach((target, k) => {
    lines[target] = t.lines[order[k] as number] ?? '';
  });
  return lines.join('\n');
}

export async function benchIngest(count = 1000, base = tmpdir()): Promise<IngestBenchResult> {
  const { registries } = loadRegistries(join(ROOT, 'content'));
  const compiled = compileRegistries(registries);
  const sources = parseSeedSources(readFileSync(join(ROOT, 'seeds', 'sources.json'), 'utf8'), 'seeds/sources.json');
  const templates = sources.map((s) => template(s.file, compiled));
  const dir = mkdtempSync(join(base, 'bench-ingest-'));
  try {
    const corpus = join(dir, 'corpus');
    mkdirSync(corpus);
    const inputs: IngestInput[] = [];
    for (let i = 0; i < count; i++) {
      const path = join(corpus, `article-${String(i).padStart(5, '0')}.txt`);
      writeFileSync(path, variant(templates[i % templates.length] as Template, i));
      inputs.push({ path, file: `corpus/${String(i).padStart(5, '0')}.txt`, publisher: 'DW' });
    }
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

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(formatIngestBench(await benchIngest(Number(process.argv[2] ?? 1000), process.argv[3])));
}
