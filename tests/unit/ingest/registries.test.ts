import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { IngestError } from '../../../src/lib/ingest/ingest-error.ts';
import { loadRegistries } from '../../../src/lib/ingest/load-registries.ts';
import { parseSeedSources } from '../../../src/lib/ingest/seed-sources.ts';

const dir = mkdtempSync(join(tmpdir(), 'ingest-registries-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('missing registries are reported as missing, not as errors', () => {
  expect(loadRegistries(dir)).toEqual({ registries: { actors: [], people: [], places: [] }, missing: ['content/actors.json', 'content/people.json', 'content/places.json'] });
});

test('an invalid registry entry is named with its field', () => {
  writeFileSync(join(dir, 'actors.json'), JSON.stringify([{ id: 'hts', name: 'HTS', shortName: 'HTS', kind: 'armed-group', aliases: [''] }]));
  expect(() => loadRegistries(dir)).toThrow(IngestError);
  expect(() => loadRegistries(dir)).toThrow(/^content\/actors\.json: entry 0 \("hts"\), field aliases\.0: /u);
  writeFileSync(join(dir, 'actors.json'), '[{');
  expect(() => loadRegistries(dir)).toThrow(/^content\/actors\.json: not valid JSON/u);
});

test('seeds/sources.json entries are checked', () => {
  expect(() => parseSeedSources('[{"file": "a.txt"}]', 'seeds/sources.json')).toThrow(/^seeds\/sources\.json: entry 0\.publisher: /u);
});
