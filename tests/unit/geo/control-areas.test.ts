import path from 'node:path';
import { geoArea, geoContains } from 'd3';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, test } from 'vitest';
import { controlAreasFor, FIRM_RADIUS_KM, prepareControlGeometry, type ControlArea, type MappedTown } from '../../../src/lib/geo/control-areas.ts';
import { baselineDate, controlMapAtDate, loadControlData, loadGeoData, withBaseline } from '../../../src/lib/geo/control-data.ts';
import { KM_PER_DEGREE, projectMultiPolygon } from '../../../src/lib/geo/planar-projection.ts';
import { polygonsOf } from '../../../src/lib/geo/planar-contains.ts';
import { intersection, multiPolygonArea, type PlanarMultiPolygon } from '../../../src/lib/geo/polygon-ops.ts';
import { isClockwiseForD3, rewindGeometryForD3 } from '../../../src/lib/geo/winding.ts';
import type { Region } from '../../../src/schemas/control.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const KM = 6371.0088;

/** A 2°×1° box around 37–39° E, 35–36° N. */
const box: Polygon = { type: 'Polygon', coordinates: [[[37, 35], [37, 36], [39, 36], [39, 35], [37, 35]]] };
const town = (place: string, lon: number, lat: number): MappedTown => ({ place, coordinates: [lon, lat] });
const source = [{ ref: 's', quote: 'q' }];
const westOf38: Region = { id: 'west', name: 'West', holder: 'gov', shape: { kind: 'polygon', coordinates: [[36, 34], [38, 34], [38, 37], [36, 37], [36, 34]] }, sources: source };
const rest: Region = { id: 'rest', name: 'Rest', holder: 'rebels', shape: { kind: 'rest' }, sources: source };

function geometryOf(towns: MappedTown[], regions: Region[] = [rest], firmRadiusKm?: number) {
  return prepareControlGeometry({
    outline: box,
    towns,
    regions,
    placeCoordinates: (id) => towns.find((t) => t.place === id)?.coordinates,
    riverLines: () => undefined,
    ...(firmRadiusKm === undefined ? {} : { firmRadiusKm }),
  });
}

const areaOf = (areas: ControlArea[], category: string) => areas.filter((a) => a.category === category).reduce((s, a) => s + geoArea(a.geometry), 0);

/** The areas cover `total` (steradians) without gaps or overlaps, wound for d3. */
function expectTiling(total: number, areas: ControlArea[]) {
  const sum = areas.reduce((s, a) => s + geoArea(a.geometry), 0);
  expect(Math.abs(sum - total) / total).toBeLessThan(0.002);
  const planar = (g: MultiPolygon) => g.coordinates as PlanarMultiPolygon;
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
  const towns = [town('a', 37.5, 35.5), town('b', 38.5, 35.5), town('c', 38.9, 35.5)];
  const categories: Record<string, string> = { a: 'gov', b: 'rebels', c: 'rebels' };

  test('splits the country at the bisector, merges cells of one controller and draws the front line', () => {
    const { areas, frontLines } = controlAreasFor(geometryOf(towns, [rest], 500), (p) => categories[p]);
    expect(areas.map((a) => a.category)).toEqual(['gov', 'rebels']);
    expect(areaOf(areas, 'gov') / geoArea(box)).toBeCloseTo(0.5, 2);
    expect(areas[1]!.geometry.coordinates).toHaveLength(1); // b and c merged into one polygon
    expect(frontLines).toHaveLength(1);
    expect(frontLines[0]!.between).toEqual(['gov', 'rebels']);
    for (const p of frontLines[0]!.geometry.coordinates.flat() as Position[]) expect(p[0]).toBeCloseTo(38, 1);
    expectTiling(geoArea(box), areas);
  });

  test('land beyond the firm radius of every town is thinly held, for the same holder', () => {
    const { areas } = controlAreasFor(geometryOf(towns), (p) => categories[p]);
    const gov = areas.filter((a) => a.category === 'gov');
    expect(gov.map((a) => a.thin)).toEqual([false, true]);
    const firmKm2 = geoArea(gov[0]!.geometry) * KM * KM;
    expect(firmKm2).toBeGreaterThan(Math.PI * FIRM_RADIUS_KM ** 2 * 0.97);
    expect(firmKm2).toBeLessThan(Math.PI * FIRM_RADIUS_KM ** 2 * 1.01);
    expectTiling(geoArea(box), areas);
  });

  test('a region line is a barrier: a town does not reach across it, whatever the distances', () => {
    // b lies just east of the line; without it, its cell would take half of the west.
    const geometry = geometryOf([town('a', 37.1, 35.5), town('b', 38.05, 35.5)], [westOf38, rest], 500);
    const { areas } = controlAreasFor(geometry, (p) => ({ a: 'gov', b: 'rebels' })[p]);
    expect(areaOf(areas, 'gov') / geoArea(box)).toBeCloseTo(0.5, 2);
    expect(geometry.compartmentOf.get('b')).toBe('rest');
  });

  test('a region without towns goes whole to its holder, thinly held', () => {
    const geometry = geometryOf([town('b', 38.5, 35.5)], [westOf38, rest], 500);
    const { areas } = controlAreasFor(geometry, () => 'rebels');
    const gov = areas.filter((a) => a.category === 'gov');
    expect(gov.map((a) => a.thin)).toEqual([true]);
    expect(areaOf(areas, 'gov') / geoArea(box)).toBeCloseTo(0.5, 2);
  });

  test('every town lies in an area of its category', () => {
    const { areas } = controlAreasFor(geometryOf(towns), (p) => categories[p]);
    for (const t of towns) expect(areas.some((a) => a.category === categories[t.place] && geoContains(a.geometry, t.coordinates as [number, number]))).toBe(true);
  });

  test('the same input gives the same output, whatever the order of the towns', () => {
    const once = JSON.stringify(controlAreasFor(geometryOf(towns), (p) => categories[p]));
    const again = JSON.stringify(controlAreasFor(geometryOf([...towns].reverse()), (p) => categories[p]));
    expect(again).toBe(once);
  });

  test('a border town outside the outline is taken in', () => {
    const geometry = geometryOf([town('a', 37.5, 35.5), town('edge', 38.5, 36.01)]);
    const { areas } = controlAreasFor(geometry, () => 'gov');
    expect(areas.some((a) => geoContains(a.geometry, [38.5, 36.01]))).toBe(true);
  });

  test('the same town twice is an error; regions must cover the country', () => {
    expect(() => geometryOf([town('a', 38, 35.5), town('a', 37, 35.5)])).toThrow(/"a" is given twice/);
    expect(() => geometryOf([town('a', 37.5, 35.5)], [westOf38])).toThrow(/uncovered/);
  });
});

describe('control areas from the curated data, every map date', () => {
  const geo = loadGeoData(ROOT);
  const { control, geometry } = withBaseline(loadControlData(ROOT), geo);
  const coordinates = new Map(control.places.map((p) => [p.id, p.coordinates!]));
  const outlineArea = geoArea(rewindGeometryForD3({ type: 'MultiPolygon', coordinates: geometry.outline.map((p) => p.map((r) => r.map((q) => geometry.projection.inverse(q)))) }));

  test('every mapped town has a baseline observation, and the gazetteer covers every Syrian GeoNames town', () => {
    const first = baselineDate(control);
    const observed = new Set(control.observations.filter((o) => o.date === first).map((o) => o.place));
    for (const place of control.mapped) expect(observed.has(place), place).toBe(true);
    expect(control.mapped.length).toBeGreaterThanOrEqual(285);
  });

  for (const { date } of control.dates) {
    test(`${date}: areas tile the country, towns lie in their own area, no area crosses a region line, output is stable`, () => {
      const map = controlMapAtDate(control, geometry, date);
      expectTiling(outlineArea, map.areas);
      for (const p of map.places) {
        const c = coordinates.get(p.place)! as [number, number];
        expect(map.areas.some((a) => a.category === p.category && geoContains(a.geometry, c)), `${p.place} in ${p.category}`).toBe(true);
      }
      // Inside each compartment, only the categories of its own towns (or its holder when it has none).
      const categoryOf = new Map(map.places.map((p) => [p.place, p.category]));
      for (const compartment of geometry.compartments) {
        const own = new Set([...geometry.compartmentOf].filter(([, c]) => c === compartment.id).map(([place]) => categoryOf.get(place) ?? compartment.holder));
        if (own.size === 0) own.add(compartment.holder);
        for (const area of map.areas) {
          const planar = projectMultiPolygon(polygonsOf(area.geometry), geometry.projection);
          const inside = multiPolygonArea(intersection(planar, compartment.planar));
          // Slivers along a line come from rounding the output to 4 decimals (about 11 m).
          if (!own.has(area.category)) expect(inside * KM_PER_DEGREE ** 2, `km² of ${area.category} in ${compartment.id}`).toBeLessThan(0.5);
        }
      }
      expect(JSON.stringify(controlMapAtDate(control, geometry, date))).toBe(JSON.stringify(map));
    });
  }

  test('26 November: the shares of the country are within 2 points of Jusoor for Studies’ map (content/control/sources.json, jusoor-2020-06)', () => {
    // Jusoor's figures: government 63.38 %, SDF 25.64 %, opposition 10.98 % (the
    // last including the al-Tanf zone, as Jusoor counts it); unchanged through
    // 2022 by its report of January 2023 (jusoor-2023-01). Thinly held land counts for its holder.
    const { areas } = controlMapAtDate(control, geometry, '2024-11-26');
    const share = (...categories: string[]) => (100 * categories.reduce((s, c) => s + areaOf(areas, c), 0)) / outlineArea;
    expect(Math.abs(share('syrian-government') - 63.38)).toBeLessThan(2);
    expect(Math.abs(share('sdf') - 25.64)).toBeLessThan(2);
    expect(Math.abs(share('hts', 'sna', 'us-coalition') - 10.98)).toBeLessThan(2);
  });

  test('Hama changes hands on 5 December; Aleppo is contested on 29 November; Qalaat al-Madiq is disputed on 2 December', () => {
    const at = (date: string, place: string) => controlMapAtDate(control, geometry, date).places.find((p) => p.place === place)!;
    expect([at('2024-12-04', 'hama').category, at('2024-12-05', 'hama').category]).toEqual(['contested', 'hts']);
    expect(at('2024-12-05', 'hama').since).toBe('2024-12-05');
    expect(at('2024-11-29', 'aleppo').category).toBe('contested');
    const madiq = at('2024-12-02', 'qalaat-al-madiq');
    expect(madiq).toMatchObject({ category: 'syrian-government', disputed: true, controllers: ['hts', 'syrian-government'] });
    // Allies reported side by side are not a front.
    expect(at('2024-12-01', 'sheikh-najjar').category).toBe('hts');
  });
});
