import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { geoArea, geoBounds, geoDistance } from 'd3';
import type { Position } from 'geojson';
import { describe, expect, test } from 'vitest';
import { loadGeoData } from '../../../src/lib/geo/control-data.ts';
import { isClockwiseForD3 } from '../../../src/lib/geo/winding.ts';
import { BUDGETS } from '../../../tooling/budgets.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const geo = loadGeoData(ROOT);
const places = JSON.parse(readFileSync(path.join(ROOT, 'content/places.json'), 'utf8')) as { id: string; coordinates?: [number, number] }[];
const at = (id: string) => places.find((p) => p.id === id)!.coordinates!;
const KM = 6371.0088;

function polygonsOf(g: { type: string; coordinates: unknown }): Position[][][] {
  return (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as Position[][][];
}

describe('committed geodata (content/geo)', () => {
  test('has the 14 governorates with English and Arabic names', () => {
    const features = geo.governorates.features;
    expect(features).toHaveLength(14);
    expect(features.map((f) => f.properties.id)).toContain('hama-governorate');
    expect(new Set(features.map((f) => f.properties.iso)).size).toBe(14);
    for (const f of features) expect(f.properties.nameAr).toMatch(/^[\u0600-\u06ff ]+$/u);
    expect(features.find((f) => f.properties.id === 'aleppo-governorate')!.properties.nameAr).toBe('حلب');
  });

  test('every ring is wound for d3: exteriors clockwise, holes anticlockwise', () => {
    const all = [...geo.governorates.features, ...geo.region.features];
    for (const f of all) {
      for (const polygon of polygonsOf(f.geometry)) {
        polygon.forEach((ring, k) => expect(isClockwiseForD3(ring), `${f.properties.id} ring ${k}`).toBe(k === 0));
      }
      expect(geoArea(f), f.properties.id).toBeLessThan(2 * Math.PI);
    }
  });

  test('Syria lies where it should and the governorates cover it', () => {
    const [[w, s], [e, n]] = geoBounds(geo.syria);
    expect(w).toBeCloseTo(35.7, 0);
    expect(e).toBeCloseTo(42.4, 0);
    expect(s).toBeCloseTo(32.3, 0);
    expect(n).toBeCloseTo(37.3, 0);
    const syriaKm2 = geoArea(geo.syria) * KM * KM;
    expect(syriaKm2).toBeGreaterThan(180_000);
    expect(syriaKm2).toBeLessThan(190_000);
    const governoratesKm2 = geo.governorates.features.reduce((sum, f) => sum + geoArea(f), 0) * KM * KM;
    // Natural Earth admin-1 leaves the UN-patrolled strip of the Golan out of the governorates.
    expect(Math.abs(governoratesKm2 - syriaKm2) / syriaKm2).toBeLessThan(0.01);
  });

  test('the region file holds Syria and its neighbours', () => {
    const ids = geo.region.features.map((f) => f.properties.id);
    for (const id of ['syria', 'turkey', 'iraq', 'jordan', 'lebanon', 'israel', 'palestine']) expect(ids).toContain(id);
  });

  // Natural Earth 1:50m rivers are generalised: within about 10 km of the towns on their banks.
  test('the Euphrates passes Raqqa and Deir ez-Zor; the Tigris is there', () => {
    const euphrates = geo.rivers.features.find((f) => f.properties.id === 'euphrates')!;
    const nearest = (p: [number, number]) =>
      Math.min(...euphrates.geometry.coordinates.flat().map((q) => geoDistance(p, q as [number, number]) * KM));
    expect(nearest(at('raqqa'))).toBeLessThan(12);
    expect(nearest(at('deir-ez-zor'))).toBeLessThan(12);
    expect(nearest(at('hama'))).toBeGreaterThan(100);
    expect(geo.rivers.features.map((f) => f.properties.id)).toEqual(['euphrates', 'tigris']);
  });

  test('every file names its origin and the command that regenerates it, and all stay small', () => {
    const dir = path.join(ROOT, 'content/geo');
    let total = 0;
    for (const name of readdirSync(dir)) {
      total += statSync(path.join(dir, name)).size;
      if (!name.endsWith('.geo.json')) continue; // highways.json is written by hand
      const header = JSON.parse(readFileSync(path.join(dir, name), 'utf8')).generated;
      expect(header.command).toBe('npm run geodata');
      expect(header.sources.length).toBeGreaterThan(0);
    }
    expect(total).toBeLessThanOrEqual(BUDGETS.geoData);
  });
});
