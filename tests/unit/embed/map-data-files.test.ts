// The data downloads of the maps: CSV per view, GeoJSON per date.
import { describe, expect, test } from 'vitest';
import { geoContains } from 'd3';
import type { Feature, MultiPolygon, Point } from 'geojson';
import { mapCsv, MAP_CSV_HEADER } from '../../../src/lib/embed/map-csv.ts';
import { controlGeoJson, rewindRfc7946, signedArea2 } from '../../../src/lib/embed/control-geojson.ts';
import { mapModel } from '../../../src/lib/map/map-model.ts';
import { getView } from '../../../src/lib/map/views.ts';
import { CONTESTED } from '../../../src/lib/geo/control-state.ts';
import { rewindGeometryForD3 } from '../../../src/lib/geo/winding.ts';
import { articles, data } from '../map/map-fixture.ts';
import { readCsv } from './read-csv.ts';

const absolute = (path: string) => new URL(path, 'https://example.org/').href;
const { controllers, places } = data.control;

describe('map CSV', () => {
  const model = mapModel(data, getView('corridor'));
  const csv = mapCsv({ model, controllers, places, articles, pageUrl: 'https://example.org/maps/#fm-corridor', absolute });
  const { comments, rows } = readCsv(csv);
  const [header, ...body] = rows;
  const column = (name: (typeof MAP_CSV_HEADER)[number]) => header!.indexOf(name);

  test('names the page, the terms, the geodata licences and the approximate nature in its header comment', () => {
    expect(comments.join('\n')).toMatch(/Source page: https:\/\/example\.org\/maps\/#fm-corridor/);
    expect(comments.join('\n')).toMatch(/Terms: .*reused with credit/);
    expect(comments.join('\n')).toMatch(/GeoNames \(CC BY 4\.0/);
    expect(comments.join('\n')).toMatch(/approximate/);
  });

  test('has one row per report behind each covered place on each date', () => {
    expect(header).toEqual([...MAP_CSV_HEADER]);
    const expected = model.layers.reduce(
      (n, layer) => n + model.inFrame.reduce((m, p) => m + (layer.states.get(p.id)?.observations.length ?? 0), 0),
      0,
    );
    expect(body.length).toBe(expected);
  });

  test('Hama: held by the government on 4 December and by HTS-led rebels on 5 December, each with an absolute source URL', () => {
    const hama = body.filter((r) => r[column('place_id')] === 'hama');
    expect(hama.find((r) => r[column('date')] === '2024-12-04')?.[column('status')]).toBe('syrian-government');
    const dec5 = hama.filter((r) => r[column('date')] === '2024-12-05');
    expect(dec5.length).toBeGreaterThan(0);
    for (const r of dec5) expect(r[column('status')]).toBe('hts');
    for (const r of body) expect(r[column('source_url')]).toMatch(/^https:\/\//);
  });
});

describe('control areas GeoJSON', () => {
  test('rewinds rings to the right-hand rule: exterior counter-clockwise, holes clockwise', () => {
    const square = [[0, 0], [0, 1], [1, 1], [1, 0], [0, 0]]; // clockwise
    const hole = [[0.2, 0.2], [0.8, 0.2], [0.8, 0.8], [0.2, 0.8], [0.2, 0.2]]; // counter-clockwise
    const [outer, inner] = rewindRfc7946([[square, hole]])[0]!;
    expect(signedArea2(outer!)).toBeGreaterThan(0);
    expect(signedArea2(inner!)).toBeLessThan(0);
  });

  const map = data.controlMap('2024-12-05');
  const geojson = controlGeoJson({ map, label: 'Hama captured', controllers, places, articles, pageUrl: 'https://example.org/maps/', absolute });
  const areas = geojson.features.filter((f): f is Feature<MultiPolygon> => f.geometry.type === 'MultiPolygon');
  const points = geojson.features.filter((f): f is Feature<Point> => f.geometry.type === 'Point');

  test('carries title, terms, credits and the approximate note as metadata', () => {
    expect(geojson.metadata).toMatchObject({ date: '2024-12-05', source_page: 'https://example.org/maps/' });
    expect(String(geojson.metadata['terms'])).toMatch(/credit/);
    expect(String(geojson.metadata['geodata'])).toMatch(/Natural Earth.*GeoNames/);
    expect(String(geojson.metadata['note'])).toMatch(/approximate/);
    expect(JSON.parse(JSON.stringify(geojson))).toEqual(geojson);
  });

  test('every exterior ring is counter-clockwise, and every observed place lies in an area of its controller', () => {
    for (const a of areas) for (const polygon of a.geometry.coordinates) expect(signedArea2(polygon[0]!)).toBeGreaterThan(0);
    const hama = points.find((p) => p.properties?.['place'] === 'hama');
    expect(hama?.properties).toMatchObject({ status: 'hts', since: '2024-12-05' });
    for (const p of points) {
      const status = p.properties?.['status'] as string;
      if (status === CONTESTED) continue;
      const area = areas.find((a) => a.properties?.['controller'] === status);
      expect(area, `${p.properties?.['place']}: no area for ${status}`).toBeDefined();
      // d3 wants its own winding back to test containment on the sphere. A border town whose
      // point falls just outside the country's outline is left out, as in the areas' own test.
      const c = p.geometry.coordinates as [number, number];
      if (!geoContains(data.geo.syria, c)) continue;
      expect(geoContains(rewindGeometryForD3(area!.geometry), c), `${p.properties?.['place']} in ${status}`).toBe(true);
    }
  });

  test("each place's sources resolve to absolute URLs with their words", () => {
    for (const p of points) {
      const sources = p.properties?.['sources'] as { url: string }[];
      expect(sources.length).toBeGreaterThan(0);
      for (const s of sources) expect(s.url).toMatch(/^https:\/\//);
    }
  });
});
