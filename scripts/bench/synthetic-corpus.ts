// A synthetic corpus of DW-format article files made from the seeds, for the
// ingest and scale benches: each file is a seed with its own title, date and
// paragraph order, so every article gets its own slug and page. The same
// count always gives the same files.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRegistries } from '../../src/lib/ingest/load-registries.ts';
import { parseDwArticle } from '../../src/lib/ingest/parse-dw-article.ts';
import { compileRegistries, type CompiledRegistries } from '../../src/lib/ingest/registries.ts';
import { parseSeedSources } from '../../src/lib/ingest/seed-sources.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

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

interface Template {
  lines: string[];
  titleIndex: number;
  dateIndex: number;
  paragraphIndexes: number[];
}

function template(root: string, file: string, registries: CompiledRegistries): Template {
  const raw = readFileSync(join(root, 'seeds', file));
  const { article, lines } = parseDwArticle(raw, { file, publisher: 'DW' }, registries);
  return {
    lines: raw.toString('utf8').split('\n'),
    titleIndex: lines.title - 1,
    dateIndex: lines.date - 1,
    paragraphIndexes: article.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.line - 1] : [])),
  };
}

/** Article i of the corpus: a seed with its own title, date and paragraph order. */
function variant(t: Template, i: number): string {
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

/** Writes `count` files into `dir` (created if needed) and returns their paths in order. */
export function writeSyntheticCorpus(projectRoot: string, dir: string, count: number): string[] {
  const { registries } = loadRegistries(join(projectRoot, 'content'));
  const compiled = compileRegistries(registries);
  const sources = parseSeedSources(readFileSync(join(projectRoot, 'seeds', 'sources.json'), 'utf8'), 'seeds/sources.json');
  const templates = sources.map((s) => template(projectRoot, s.file, compiled));
  mkdirSync(dir, { recursive: true });
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const t = templates[i % templates.length];
    if (!t) throw new Error('synthetic corpus: seeds/sources.json lists no seed');
    const path = join(dir, `synthetic-${String(i).padStart(5, '0')}.txt`);
    writeFileSync(path, variant(t, i));
    paths.push(path);
  }
  return paths;
}
