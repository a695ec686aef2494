// Large runs convert and stage on worker threads as well as the main thread;
// the output must be the same bytes as a run on the main thread alone, errors
// must come back as IngestErrors, and a failed run must leave no temp behind.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { afterAll, expect, test } from 'vitest';
import { IngestError } from '../../../src/lib/ingest/ingest-error.ts';
import { stageAll, type StageResult } from '../../../src/lib/ingest/parallel-stage.ts';
import { ingestFiles, type IngestInput } from '../../../src/lib/ingest/run-ingest.ts';
import { removeTemps, type StagedArticle } from '../../../src/lib/ingest/staged-article.ts';
import { dwSkeleton, fixtureRegistryData } from './support.ts';

const dir = mkdtempSync(join(tmpdir(), 'ingest-parallel-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const registries = fixtureRegistryData();

const inputs: IngestInput[] = Array.from({ length: 240 }, (_, i) => {
  const path = join(dir, `in-${i}.txt`);
  const body = [`Paragraph ${i}: "${'word '.repeat(i % 7)}end," Netanyahu said in Hama.`, `Some ${i + 2} villages were taken.`];
  writeFileSync(path, i === 100 ? 'not an article' : dwSkeleton(body, { title: `Article number ${i}` }));
  return { path, file: `in-${i}.txt`, publisher: 'DW' };
});

const snapshot = (out: string) => Object.fromEntries(readdirSync(out).map((f) => [f, readFileSync(join(out, f), 'utf8')]));
const staged = (results: StageResult[]) => results.filter((r): r is StagedArticle => !(r instanceof IngestError));

test('worker threads stage the same files as the main thread, results in input order', async () => {
  const stage = (threads: number, mainConverts: boolean) => {
    const out = join(dir, `staged-${threads}`);
    mkdirSync(out);
    return stageAll(inputs, { outDir: out, existing: new Set(), force: false, registries, threads, mainConverts });
  };
  const { results: single, perThread: singleThreads } = await stage(1, true);
  // Workers only: the main thread would otherwise convert everything before a worker has loaded.
  const { results: multi, perThread: multiThreads } = await stage(2, false);
  expect(singleThreads).toEqual([240]);
  expect(multiThreads).toEqual([0, 240]);
  try {
    expect(multi).toHaveLength(240);
    expect(multi[100]).toBeInstanceOf(IngestError);
    expect((multi[100] as IngestError).message).toBe((single[100] as IngestError).message);
    const slugs = (results: StageResult[]) => results.map((r) => (r instanceof IngestError ? r.message : r.slug));
    expect(slugs(multi)).toEqual(slugs(single));
    // Every output is staged in a temp beside its target, with the same content whichever thread wrote it.
    const contents = (results: StageResult[]) => staged(results).flatMap((a) => a.outputs.map((o) => (o.status === 'staged' ? readFileSync(o.temp, 'utf8') : o.status)));
    expect(contents(multi)).toEqual(contents(single));
    // Temp names carry the thread that wrote them (`.<name>.<pid>.<thread>.<n>.tmp`): here, the worker.
    const names = readdirSync(join(dir, 'staged-2'));
    expect(names).toHaveLength(478);
    const writers = new Set(names.map((n) => n.split('.').at(-3)));
    expect(writers.has(String(threadId))).toBe(false);
    expect(writers.size).toBe(1);
  } finally {
    removeTemps([...staged(single), ...staged(multi)]);
  }
  expect(readdirSync(join(dir, 'staged-2'))).toEqual([]);
});

test('a large run writes every file once nothing fails, and reruns leave them unchanged', async () => {
  const good = inputs.filter((_, i) => i !== 100);
  const out = join(dir, 'out');
  const report = await ingestFiles(good, { outDir: out, registries, threads: 2 });
  expect(report.slugs).toHaveLength(239);
  expect(report.slugs[7]).toBe('article-number-7');
  expect(report.written).toHaveLength(478);
  expect(readdirSync(out)).toHaveLength(478);
  expect(readFileSync(join(out, 'article-number-7.mdx'), 'utf8')).toContain('<Quote speaker={"Netanyahu"} ref="netanyahu">');
  const files = snapshot(out);
  const single = join(dir, 'out-single');
  await ingestFiles(good, { outDir: single, registries, threads: 1 });
  expect(snapshot(single)).toEqual(files);
  const again = await ingestFiles(good, { outDir: out, registries, threads: 2 });
  expect(again.written).toEqual([]);
  expect(again.unchanged).toHaveLength(478);
  expect(snapshot(out)).toEqual(files);
});

test('a large run with one bad input writes nothing and leaves no temp behind', async () => {
  const out = join(dir, 'out-failed');
  await expect(ingestFiles(inputs, { outDir: out, registries, threads: 2 })).rejects.toThrow('in-100.txt:1:');
  expect(readdirSync(dir)).not.toContain('out-failed');
  const existing = join(dir, 'out');
  const before = snapshot(existing);
  writeFileSync(join(dir, 'in-5.txt'), dwSkeleton(['Changed, so that the run would write.'], { title: 'Article number 5' }));
  await expect(ingestFiles(inputs, { outDir: existing, registries, threads: 2 })).rejects.toThrow('in-100.txt:1:');
  expect(snapshot(existing)).toEqual(before);
});
