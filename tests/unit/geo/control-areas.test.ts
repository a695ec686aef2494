import path from 'node:path';
import { geoArea, geoContains, geoDistance } from 'd3';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, test } from 'vitest';
import { computeControlAreas, type ControlSite } from '../../../src/lib/geo/control-areas.ts';
import { controlMapAtDate, loadControlData, loadGeoData } from '../../../src/lib/geo/control-data.ts';
import { intersection, multiPolygonArea, type PlanarMultiPolygon } from '../../../src/lib/geo/polygon-ops.ts';
import { isClockwiseForD3 } from '../../../src/lib/geo/winding.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const KM = 6371.0088;

/** A 2°×1° box around 37–39° E, 35–36° N, wound for d3. */
const box: Polygon = { type: 'Polygon', coordinates: [[[37, 35], [37, 36], [39, 36], [39, 35], [37, 35]]] };
const site = (place: string, lon: number, lat: number, category: string): ControlSite => ({ place, coordinates: [lon, lat], category });

function planar(g: MultiPolygon): PlanarMultiPolygon {
  return g.coordinates as PlanarMultiPolygon;
}

/** Checks the three tested properties for one result. */
function expectTiling(outline: Polygon | MultiPolygon, areas: { category: string; geometry: MultiPolygon }[]) {
  const total = geoArea(outline);
  const sum = areas.reduce((s, a) => s + geoArea(a.geometry), 0);
  expect(Math.abs(sum - total) / total).toBeLessThan(0.002);
  for (let i = 0; i < areas.length; i++) {
    for (let j = i + 1; j < areas.length; j++) {
      const overlap = multiPolygonArea(intersection(planar(areas[i]!.geometry), planar(areas[j]!.geometry)));
      const smaller = Math.min(multiPolygonArea(planar(areas[i]!.geometry)), multiPolygonArea(planar(areas[j]!.geometry)));
      expect(overlap / smaller, `${areas[i]!.category} ∩ ${areas[j]!.category}`).toBeLessThan(0.001);
    }
  }
  for (const a of areas) for (const polygon of a.geometry.coordinates) expect(isClockwiseForD3(polygon[0]!)).toBe(true);
}

describe('control areas (synthetic country)', () => {
  const sites = [site('a', 37.5, 35.5, 'gov'), site('b', 38.5, 35.5, 'rebels'), site('c', 38.9, 35.5, 'rebels')];

  test('splits the country at the bisector, merges cells of one controller and draws the front line', () => {
    const { areas, frontLines } = computeControlAreas({ outline: box, sites });
    expect(areas.map((a) => a.category)).toEqual(['gov', 'rebels']);
    const gov = geoArea(areas[0]!.geometry) / geoArea(box);
    expect(gov).toBeCloseTo(0.5, 2);
    expect(areas[1]!.geometry.coordinates).toHaveLength(1); // b and c merged into one polygon
    expect(frontLines).toHaveLength(1);
    expect(frontLines[0]!.between).toEqual(['gov', 'rebels']);
    const line = frontLines[0]!.geometry.coordinates.flat() as Position[];
    for (const p of line) expect(p[0]).toBeCloseTo(38, 1);
    expectTiling(box, areas);
  });

  test('every place lies in an area of its controller', () => {
    const { areas } = computeControlAreas({ outline: box, sites });
    for (const s of sites) {
      const area = areas.find((a) => a.category === s.category)!;
      expect(geoContains(area.geometry, s.coordinates as [number, number])).toBe(true);
    }
  });

  test('the same input gives the same output, whatever the order of the places', () => {
    const once = JSON.stringify(computeControlAreas({ outline: box, sites }));
    const again = JSON.stringify(computeControlAreas({ outline: box, sites: [...sites].reverse() }));
    expect(again).toBe(once);
  });

  test('a zone keeps only its radius; the rest of its cell goes to the others', () => {
    const withZone = computeControlAreas({
      outline: box,
      sites: [site('a', 37.5, 35.5, 'gov'), site('z', 38.7, 35.5, 'coalition')],
      zones: [{ place: 'z', radiusKm: 10 }],
    });
    const coalition = withZone.areas.find((a) => a.category === 'coalition')!;
    const km2 = geoArea(coalition.geometry) * KM * KM;
    expect(km2).toBeGreaterThan(Math.PI * 100 * 0.97);
    expect(km2).toBeLessThan(Math.PI * 100 * 1.03);
    expectTiling(box, withZone.areas);
  });

  test('one place takes the whole country; no place gives nothing', () => {
    const single = computeControlAreas({ outline: box, sites: [site('a', 38, 35.5, 'gov')] });
    expect(single.frontLines).toEqual([]);
    expect(geoArea(single.areas[0]!.geometry) / geoArea(box)).toBeCloseTo(1, 6);
    expect(computeControlAreas({ outline: box, sites: [] })).toEqual({ areas: [], frontLines: [] });
  });

  test('the same place twice is an error', () => {
    expect(() => computeControlAreas({ outline: box, sites: [site('a', 38, 35.5, 'x'), site('a', 37, 35.5, 'y')] })).toThrow(/"a" is given twice/);
  });
});

describe('control areas from the curated data, every map date', () => {
  const data = loadControlData(ROOT);
  const geo = loadGeoData(ROOT);
  const coordinates = new Map(data.places.map((p) => [p.id, p.coordinates!]));

  for (const { date } of data.dates) {
    test(`${date}: areas tile Syria, places lie in their controller's area, output is stable`, () => {
      const map = controlMapAtDate(data, geo.syria, date);
      expectTiling(geo.syria, map.areas);
      for (const p of map.places) {
        const area = map.areas.find((a) => a.category === p.category);
        expect(area, `${p.place} (${p.category})`).toBeDefined();
        const c = coordinates.get(p.place)! as [number, number];
        if (geoContains(geo.syria, c)) {
          expect(geoContains(area!.geometry, c), `${p.place} in ${p.category}`).toBe(true);
        } else {
          // A border town whose GeoNames point falls just outside the outline: its area starts at the border.
          const km = Math.min(...area!.geometry.coordinates.flat(2).map((q) => geoDistance(c, q as [number, number]) * KM));
          expect(km, p.place).toBeLessThan(5);
        }
      }
      expect(JSON.stringify(controlMapAtDate(data, geo.syria, date))).toBe(JSON.stringify(map));
    });
  }

  test('Hama changes hands on 5 December and Aleppo is contested on 29 November', () => {
    const before = controlMapAtDate(data, geo.syria, '2024-12-04').places.find((p) => p.place === 'hama')!;
    const after = controlMapAtDate(data, geo.syria, '2024-12-05').places.find((p) => p.place === 'hama')!;
    expect([before.category, after.category]).toEqual(['syrian-government', 'hts']);
    expect(after.since).toBe('2024-12-05');
    expect(controlMapAtDate(data, geo.syria, '2024-11-29').places.find((p) => p.place === 'aleppo')!.category).toBe('contested');
  });
});
