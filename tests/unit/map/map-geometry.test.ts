import { geoIdentity, type GeoProjection } from 'd3';
import type { Polygon } from 'geojson';
import { describe, expect, test } from 'vitest';
import { planarContains, polygonsOf } from '../../../src/lib/geo/planar-contains.ts';
import { placeRegionLabels } from '../../../src/lib/map/region-labels.ts';
import { pathMaker } from '../../../src/lib/map/svg-path.ts';

// An identity "projection" with y pointing down, so test shapes are in pixels.
const identity = geoIdentity() as unknown as GeoProjection;

describe('snapped SVG paths', () => {
  test('snap to half pixels and drop repeated points', () => {
    const path = pathMaker(identity);
    expect(path({ type: 'LineString', coordinates: [[0.1, 0.1], [0.2, 0.2], [10.26, 0.74]] })).toBe('M0,0L10.5,0.5');
  });

  test('a border shared by two areas snaps to the same points whichever way it runs', () => {
    const path = pathMaker(identity);
    const border = [[0, 0], [3.3, 4.26], [5.71, 9.9], [6, 12]];
    const a = path({ type: 'LineString', coordinates: border });
    const b = path({ type: 'LineString', coordinates: [...border].reverse() });
    const points = (d: string) => d.slice(1).split('L').sort();
    expect(points(a)).toEqual(points(b));
  });

  test('a ring that shrinks below three points is dropped', () => {
    const path = pathMaker(identity);
    const tiny: Polygon = { type: 'Polygon', coordinates: [[[1, 1], [1.1, 1], [1.1, 1.1], [1, 1]]] };
    expect(path(tiny)).toBe('');
  });
});

describe('region labels', () => {
  const square: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [0, 100], [200, 100], [200, 0], [0, 0]]] };
  const frame = { width: 400, height: 200 };
  const measure = (t: string) => ({ width: t.length * 8, height: 12 });

  test('planar containment', () => {
    const inside = planarContains(polygonsOf(square));
    expect(inside([50, 50])).toBe(true);
    expect(inside([250, 50])).toBe(false);
  });

  test('a label goes deep inside its region, wholly inside it', () => {
    const [label] = placeRegionLabels([{ id: 'sq', text: 'SQUARE', geometry: square }], identity, frame, measure);
    expect(label).toBeDefined();
    expect(label!.box.x0).toBeGreaterThanOrEqual(0);
    expect(label!.box.x1).toBeLessThanOrEqual(200);
    expect(label!.box.y1).toBeLessThanOrEqual(100);
    expect(Math.abs(label!.x - 100)).toBeLessThan(20);
  });

  test('a region too small for its name gets no label', () => {
    const small: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [0, 20], [20, 20], [20, 0], [0, 0]]] };
    expect(placeRegionLabels([{ id: 's', text: 'A LONG NAME', geometry: small }], identity, frame, measure)).toEqual([]);
  });

  test('the sea is what no landmark covers', () => {
    const [sea] = placeRegionLabels([{ id: 'sea', text: 'SEA', geometry: null }], identity, frame, measure, [square]);
    expect(sea!.x).toBeGreaterThan(200);
  });
});
