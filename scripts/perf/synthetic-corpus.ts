// Writes a synthetic corpus of DW-format article files made from the seeds with
// the ingest bench's generator (scripts/bench-ingest.ts): each file is a seed
// with its own title, date and paragraph order, so every article gets its own
// slug and page. The same count always gives the same files.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRegistries } from '../../src/lib/ingest/load-registries.ts';
import { compileRegistries } from '../../src/lib/ingest/registries.ts';
import { parseSeedSources } from '../../src/lib/ingest/seed-sources.ts';
import { template, variant } from '../bench-ingest.ts';

/** Writes `count` files into `dir` (created if needed) and returns their paths in order. */
export function writeSyntheticCorpus(projectRoot: string, dir: string, count: number): string[] {
  const { registries } = loadRegistries(join(projectRoot, 'content'));
  const compiled = compileRegistries(registries);
  const sources = parseSeedSources(readFileSync(join(projectRoot, 'seeds', 'sources.json'), 'utf8'), 'seeds/sources.json');
  const templates = sources.map((s) => template(s.file, compiled));
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
