import { geoArea } from 'd3';
import type { Position } from 'geojson';
import { describe, expect, test } from 'vitest';
import { cropLine, cropPolygons, densifyRing } from '../../../src/lib/geo/crop.ts';
import { planarDisc, planarProjection, KM_PER_DEGREE } from '../../../src/lib/geo/planar-projection.ts';
import { multiPolygonArea, type PlanarMultiPolygon } from '../../../src/lib/geo/polygon-ops.ts';
import { quantiseLine, quantiseRing, roundTo } from '../../../src/lib/geo/quantise.ts';
import { isClockwiseForD3, rewindPolygonForD3 } from '../../../src/lib/geo/winding.ts';

// A 1°×1° square near Aleppo, counter-clockwise (GeoJSON right-hand rule).
const ccw: Position[] = [[37, 36], [38, 36], [38, 37], [37, 37], [37, 36]];

describe('winding for d3', () => {
  test('a right-hand-rule ring is the whole globe to d3 until rewound', () => {
    expect(isClockwiseForD3(ccw)).toBe(false);
    expect(geoArea({ type: 'Polygon', coordinates: [ccw] })).toBeGreaterThan(2 * Math.PI);
    const [exterior] = rewindPolygonForD3([ccw]);
    expect(exterior).toEqual([...ccw].reverse());
    expect(geoArea({ type: 'Polygon', coordinates: [exterior!] })).toBeLessThan(0.001);
  });

  test('holes are wound the other way', () => {
    const hole: Position[] = [[37.2, 36.2], [37.2, 36.8], [37.8, 36.8], [37.8, 36.2], [37.2, 36.2]]; // clockwise
    const [exterior, rewoundHole] = rewindPolygonForD3([ccw, hole]);
    expect(isClockwiseForD3(exterior!)).toBe(true);
    expect(isClockwiseForD3(rewoundHole!)).toBe(false);
    const withHole = geoArea({ type: 'Polygon', coordinates: [exterior!, rewoundHole!] });
    const without = geoArea({ type: 'Polygon', coordinates: [exterior!] });
    expect(withHole / without).toBeCloseTo(1 - 0.36, 1);
  });
});

describe('quantise', () => {
  test('rounds, drops repeated points and never writes -0', () => {
    expect(roundTo(-0.00001, 3)).toBe(0);
    expect(Object.is(roundTo(-0.00001, 3), -0)).toBe(false);
    expect(quantiseLine([[1.0001, 2], [1.0002, 2], [1.5, 2.0004]], 3)).toEqual([[1, 2], [1.5, 2]]);
  });

  test('a ring that collapses at this precision is dropped', () => {
    expect(quantiseRing([[0, 0], [0.0001, 0], [0.0001, 0.0001], [0, 0]], 3)).toBeNull();
    expect(quantiseRing(ccw, 3)).toEqual(ccw);
  });
});

describe('crop to a box', () => {
  test('keeps the part of a polygon inside and densifies the new edges', () => {
    const cropped = cropPolygons([[ccw]], [37.5, 35, 39, 38], 0.25);
    expect(multiPolygonArea(cropped as PlanarMultiPolygon)).toBeCloseTo(0.5, 6);
    const ring = cropped[0]![0]!;
    for (let i = 0; i < ring.length - 1; i++) {
      expect(Math.hypot(ring[i + 1]![0]! - ring[i]![0]!, ring[i + 1]![1]! - ring[i]![1]!)).toBeLessThanOrEqual(0.25 + 1e-9);
    }
  });

  test('cuts a line where it leaves and re-enters the box', () => {
    const parts = cropLine([[0, 0.5], [2, 0.5], [2, 2], [0.5, 2], [0.5, 0]], [0, 0, 1, 1]);
    expect(parts).toEqual([
      [[0, 0.5], [1, 0.5]],
      [[0.5, 1], [0.5, 0]],
    ]);
  });

  test('densify keeps the end points', () => {
    expect(densifyRing([[0, 0], [1, 0]], 0.5)).toEqual([[0, 0], [0.5, 0], [1, 0]]);
  });
});

describe('planar projection', () => {
  test('goes to the plane and back exactly enough', () => {
    const p = planarProjection(38, 35);
    const back = p.inverse(p.forward([36.7, 35.1]));
    expect(back[0]).toBeCloseTo(36.7, 12);
    expect(back[1]).toBeCloseTo(35.1, 12);
  });

  test('a disc has the radius asked for', () => {
    const disc = planarDisc([0, 35], 55);
    const r = 55 / KM_PER_DEGREE;
    expect(multiPolygonArea(disc)).toBeCloseTo(Math.PI * r * r, 2);
  });
});
