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

  test('Hama: held by the government to 2 December, contested on 3 and 4 December, by HTS from 5 December, each with an absolute source URL', () => {
    const hama = body.filter((r) => r[column('place_id')] === 'hama');
    const on = (date: string) => hama.filter((r) => r[column('date')] === date);
    const fields = (r: string[], ...names: (typeof MAP_CSV_HEADER)[number][]) => names.map((n) => r[column(n)]);
    expect(on('2024-12-02').map((r) => r[column('status')])).toEqual(['syrian-government']);
    // One report of fighting on its outskirts (3 Dec), carried forward to 4 Dec.
    expect(on('2024-12-03').map((r) => fields(r, 'status', 'status_label', 'since', 'last_report', 'carried_forward', 'reported_controller', 'confidence'))).toEqual([
      ['contested', 'contested', '2024-12-03', '2024-12-03', 'false', 'syrian-government', 'claimed'],
    ]);
    expect(on('2024-12-04').map((r) => fields(r, 'status', 'since', 'last_report', 'carried_forward'))).toEqual([['contested', '2024-12-03', '2024-12-03', 'true']]);
    const dec5 = on('2024-12-05');
    expect(dec5).toHaveLength(3);
    for (const r of dec5) expect(fields(r, 'status', 'status_label', 'since', 'carried_forward', 'reported_controller', 'confidence')).toEqual(['hts', 'HTS-led Military Operations Command and allies', '2024-12-05', 'false', 'hts', 'confirmed']);
    expect(on('2024-12-08').map((r) => fields(r, 'status', 'last_report', 'carried_forward'))).toEqual(Array(3).fill(['hts', '2024-12-05', 'true']));
    for (const r of body) expect(r[column('source_url')]).toMatch(/^https:\/\//);
  });

  test('says what "contested" means: fighting, not sources that disagree', () => {
    expect(comments.join('\n')).toMatch(/status "contested": fighting reported/);
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
  const changed = data.control.dates.find((d) => d.date === '2024-12-05')!.changed;
  const geojson = controlGeoJson({ map, label: 'Hama captured', changed, controllers, places, articles, pageUrl: 'https://example.org/maps/', absolute });
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

describe('control areas GeoJSON: thinly held land, disputed places and the kind of each source (8 December)', () => {
  const date = '2024-12-08';
  const map = data.controlMap(date);
  const changed = data.control.dates.find((d) => d.date === date)!.changed;
  const geojson = controlGeoJson({ map, label: 'Damascus falls; Assad flees', changed, controllers, places, articles, pageUrl: 'https://example.org/maps/', absolute });
  const areas = geojson.features.filter((f): f is Feature<MultiPolygon> => f.geometry.type === 'MultiPolygon');
  const points = geojson.features.filter((f): f is Feature<Point> => f.geometry.type === 'Point');
  const place = (id: string) => points.find((p) => p.properties?.['place'] === id)?.properties as Record<string, unknown> & { sources: Record<string, unknown>[] };

  test('each area says whether it is thinly held, one held and at most one thinly held area per controller', () => {
    expect(areas.map((a) => [a.properties?.['controller'], a.properties?.['thinly_held']])).toEqual(map.areas.map((a) => [a.category, a.thin]));
    for (const a of areas) expect(typeof a.properties?.['thinly_held'], String(a.properties?.['controller'])).toBe('boolean');
    const keys = areas.map((a) => `${a.properties?.['controller']}|${a.properties?.['thinly_held']}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(areas.some((a) => a.properties?.['thinly_held'] === true)).toBe(true);
    // The thinly held land of a holder carries the same label and colour as its held land.
    const hts = areas.filter((a) => a.properties?.['controller'] === 'hts');
    expect(hts.map((a) => a.properties?.['thinly_held'])).toEqual([false, true]);
    for (const a of hts) expect(a.properties).toMatchObject({ label: 'HTS-led Military Operations Command and allies', colour: '#009e73' });
  });

  test('every place lies in exactly one area: the held (not thinly held) land of its status', () => {
    for (const p of points) {
      const c = p.geometry.coordinates as [number, number];
      if (!geoContains(data.geo.syria, c)) continue;
      const inside = areas.filter((a) => geoContains(rewindGeometryForD3(a.geometry), c));
      expect(
        inside.map((a) => [a.properties?.['controller'], a.properties?.['thinly_held']]),
        String(p.properties?.['place']),
      ).toEqual([[p.properties?.['status'], false]]);
    }
  });

  test('Damascus: drawn for HTS and marked disputed, naming both forces, each source with its kind of publisher', () => {
    expect(place('damascus')).toMatchObject({
      status: 'hts',
      status_label: 'HTS-led Military Operations Command and allies',
      disputed: true,
      forces_named: ['hts', 'southern-factions'],
      since: date,
      carried_forward: false,
    });
    expect(place('damascus').sources.map((s) => [s['controller'], s['publisher_kind'], s['assigned_from_region'], s['only_copy']])).toEqual([
      ['hts', 'broadcaster', false, null],
      ['hts', 'broadcaster', false, null],
      ['southern-factions', 'research-institute', false, null],
    ]);
  });

  test('a place whose sources agree is not disputed; fighting is "contested", with the forces named', () => {
    expect(place('hama')).toMatchObject({ status: 'hts', disputed: false, forces_named: ['hts'], since: '2024-12-05', carried_forward: true });
    // A seed paragraph is our own article's report.
    expect(place('hama').sources[0]).toMatchObject({ publisher_kind: 'seed-article', only_copy: null, assigned_from_region: false });
    expect(place('manbij')).toMatchObject({ status: CONTESTED, disputed: false, forces_named: ['sdf', 'sna'] });
    const disputed = points.filter((p) => p.properties?.['disputed'] === true).map((p) => p.properties?.['place']);
    expect(disputed).toEqual(['damascus']);
    for (const p of points) {
      const named = p.properties?.['forces_named'] as string[];
      expect(p.properties?.['disputed'], String(p.properties?.['place'])).toBe(p.properties?.['status'] !== CONTESTED && named.length > 1);
    }
  });

  test('sources flag a town assigned from its region, the kind of publisher and a copy that is the only one found', () => {
    // Azaz: no report of its own; the Turkish-held zone it lies in, from an encyclopedia flagged as the only copy found.
    const azaz = place('azaz');
    expect(azaz).toMatchObject({ status: 'sna', since: '2024-11-26', last_report: '2024-11-26', carried_forward: true, disputed: false });
    expect(azaz.sources).toHaveLength(1);
    expect(azaz.sources[0]).toMatchObject({ controller: 'sna', assigned_from_region: true, publisher_kind: 'encyclopedia', url: 'https://en.wikipedia.org/wiki/Turkish_occupation_of_northern_Syria' });
    expect(azaz.sources[0]!['only_copy']).toMatch(/encyclopedia article is cited/);
    // Salamiyah: a copy of a newspaper's report on another site.
    expect(place('salamiyah').sources).toEqual([expect.objectContaining({ controller: 'hts', assigned_from_region: false, publisher_kind: 'newspaper', only_copy: expect.stringMatching(/A copy of Al-Araby Al-Jadeed's report/) })]);
    const kinds = ['seed-article', 'agency', 'monitor', 'broadcaster', 'newspaper', 'research-institute', 'gazetteer', 'encyclopedia', 'party'];
    for (const p of points) {
      for (const s of p.properties?.['sources'] as Record<string, unknown>[]) {
        expect(kinds, `${p.properties?.['place']}: ${s['publisher_kind']}`).toContain(s['publisher_kind']);
        expect(typeof s['assigned_from_region']).toBe('boolean');
        expect(s['only_copy'] === null || typeof s['only_copy'] === 'string').toBe(true);
      }
    }
  });
});
