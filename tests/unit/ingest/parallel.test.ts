// Large runs convert on worker threads; the output must be the same bytes as
// converting on the main thread, and errors must come back as IngestErrors.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { IngestError } from '../../../src/lib/ingest/ingest-error.ts';
import { convertAll } from '../../../src/lib/ingest/parallel-convert.ts';
import { ingestFiles, type IngestInput } from '../../../src/lib/ingest/run-ingest.ts';
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

test('worker threads give the same results as the main thread, in input order', async () => {
  const [single, multi] = await Promise.all([convertAll(inputs, registries, undefined, 1), convertAll(inputs, registries, undefined, 2)]);
  expect(multi).toHaveLength(240);
  expect(multi[100]).toBeInstanceOf(IngestError);
  expect((multi[100] as IngestError).message).toBe((single[100] as IngestError).message);
  expect(multi.map((r) => (r instanceof IngestError ? r.message : [r.json, r.mdx]))).toEqual(
    single.map((r) => (r instanceof IngestError ? r.message : [r.json, r.mdx])),
  );
});

test('a large run writes every file once nothing fails', async () => {
  const good = inputs.filter((_, i) => i !== 100);
  const out = join(dir, 'out');
  const report = await ingestFiles(good, { outDir: out, registries, threads: 2 });
  expect(report.slugs).toHaveLength(239);
  expect(report.slugs[7]).toBe('article-number-7');
  expect(readdirSync(out)).toHaveLength(478);
  expect(readFileSync(join(out, 'article-number-7.mdx'), 'utf8')).toContain('<Quote speaker={"Netanyahu"} ref="netanyahu">');
});
