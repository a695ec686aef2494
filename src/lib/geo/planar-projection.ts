// The plane in which control areas are computed: an equirectangular projection
// centred on the country, x = (longitude − λ0)·cos φ0, y = latitude, in degrees
// of latitude (1 unit ≈ 111.2 km). Within Syria (32–37.5° N) the scale error in
// x is under ±5 %, so distances, bisectors and discs drawn here are close to
// what they are on the ground; the method note says so. Going to the plane and
// back is exact (a linear map), so shapes keep their vertices.
import type { Position } from 'geojson';
import type { PlanarMultiPolygon, Point } from './polygon-ops.ts';

/** Kilometres per degree of latitude (mean Earth radius 6371.0088 km). */
export const KM_PER_DEGREE = (6371.0088 * Math.PI) / 180;

export interface PlanarProjection {
  readonly lambda0: number;
  readonly phi0: number;
  forward(p: Position): Point;
  inverse(p: Point): Position;
}

export function planarProjection(lambda0: number, phi0: number): PlanarProjection {
  const k = Math.cos((phi0 * Math.PI) / 180);
  return {
    lambda0,
    phi0,
    forward: (p) => [(p[0]! - lambda0) * k, p[1]!],
    inverse: (p) => [p[0] / k + lambda0, p[1]],
  };
}

/** Centred on the middle of a [west, south, east, north] box. */
export function planarProjectionForBox(box: readonly [number, number, number, number]): PlanarProjection {
  return planarProjection((box[0] + box[2]) / 2, (box[1] + box[3]) / 2);
}

export function projectMultiPolygon(polygons: Position[][][], projection: PlanarProjection): PlanarMultiPolygon {
  return polygons.map((rings) => rings.map((ring) => ring.map((p) => projection.forward(p))));
}

export function unprojectMultiPolygon(polygons: PlanarMultiPolygon, projection: PlanarProjection): Position[][][] {
  return polygons.map((rings) => rings.map((ring) => ring.map((p) => projection.inverse(p))));
}

/** A regular polygon approximating a disc of `radiusKm` around `center` (planar units). */
export function planarDisc(center: Point, radiusKm: number, sides = 72): PlanarMultiPolygon {
  const r = radiusKm / KM_PER_DEGREE;
  const ring: Point[] = [];
  for (let i = 0; i < sides; i++) {
    const a = (2 * Math.PI * i) / sides;
    ring.push([center[0] + r * Math.cos(a), center[1] + r * Math.sin(a)]);
  }
  ring.push([ring[0]![0], ring[0]![1]]);
  return [[ring]];
}
