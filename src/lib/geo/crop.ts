// Cropping geodata to a [west, south, east, north] box in longitude/latitude,
// used to keep only Syria's surroundings from world-scale data. The crop is
// planar in degrees. d3 draws every edge as a great-circle arc, and along a
// parallel that arc bulges towards the pole; so long straight edges that the
// crop creates are cut into short steps (densified) to stay on the box.
import type { Position } from 'geojson';
import { intersection, type PlanarMultiPolygon } from './polygon-ops.ts';

export type Box = readonly [west: number, south: number, east: number, north: number];

function boxPolygon([w, s, e, n]: Box): PlanarMultiPolygon {
  return [[[[w, s], [e, s], [e, n], [w, n], [w, s]]]];
}

/** Inserts points so no edge is longer than `maxStep` degrees. */
export function densifyRing(ring: Position[], maxStep: number): Position[] {
  const out: Position[] = [];
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0, y0] = ring[i] as [number, number];
    const [x1, y1] = ring[i + 1] as [number, number];
    const steps = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / maxStep));
    for (let k = 0; k < steps; k++) out.push([x0 + ((x1 - x0) * k) / steps, y0 + ((y1 - y0) * k) / steps]);
  }
  const last = ring[ring.length - 1];
  if (last) out.push([last[0]!, last[1]!]);
  return out;
}

/** The part of a (multi)polygon inside the box, densified; rings in polygon-clipping's winding. */
export function cropPolygons(polygons: Position[][][], box: Box, maxStep = 0.25): Position[][][] {
  const clipped = intersection(polygons as PlanarMultiPolygon, boxPolygon(box));
  return clipped.map((rings) => rings.map((ring) => densifyRing(ring, maxStep)));
}

function inside([w, s, e, n]: Box, p: Position): boolean {
  return p[0]! >= w && p[0]! <= e && p[1]! >= s && p[1]! <= n;
}

/** Liang–Barsky: the part of segment a→b inside the box, or null. */
function clipSegment(a: Position, b: Position, [w, s, e, n]: Box): [Position, Position] | null {
  const dx = b[0]! - a[0]!;
  const dy = b[1]! - a[1]!;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, a[0]! - w],
    [dx, e - a[0]!],
    [-dy, a[1]! - s],
    [dy, n - a[1]!],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return null;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
    }
  }
  if (t0 > t1) return null;
  return [
    [a[0]! + t0 * dx, a[1]! + t0 * dy],
    [a[0]! + t1 * dx, a[1]! + t1 * dy],
  ];
}

/** The parts of a line inside the box, as separate lines. */
export function cropLine(line: Position[], box: Box): Position[][] {
  const parts: Position[][] = [];
  let current: Position[] = [];
  for (let i = 0; i < line.length - 1; i++) {
    const seg = clipSegment(line[i]!, line[i + 1]!, box);
    if (!seg) {
      if (current.length > 1) parts.push(current);
      current = [];
      continue;
    }
    if (current.length === 0) current.push(seg[0]);
    current.push(seg[1]);
    if (!inside(box, line[i + 1]!)) {
      parts.push(current);
      current = [];
    }
  }
  if (current.length > 1) parts.push(current);
  return parts;
}
