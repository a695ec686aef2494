// Coordinate rounding for committed geodata and computed map shapes. Rounding
// to a fixed number of decimals makes output byte-stable and small; a shared
// vertex of two neighbouring shapes rounds to the same value in both, so
// borders stay shared. 3 decimals of a degree is about 110 m: below a pixel at
// the zoom of our closest view (Aleppo city).
import type { Position } from 'geojson';

export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return Object.is(rounded, -0) ? 0 : rounded;
}

export function roundPosition(p: Position, decimals: number): Position {
  return [roundTo(p[0]!, decimals), roundTo(p[1]!, decimals)];
}

/** Rounds a line's positions and drops consecutive duplicates that rounding creates. */
export function quantiseLine(line: Position[], decimals: number): Position[] {
  const out: Position[] = [];
  for (const p of line) {
    const q = roundPosition(p, decimals);
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  return out;
}

/**
 * Rounds a closed ring; returns null when fewer than 3 distinct positions remain
 * (a ring that collapsed to a point or a line at this precision).
 */
export function quantiseRing(ring: Position[], decimals: number): Position[] | null {
  const line = quantiseLine(ring, decimals);
  const first = line[0];
  const last = line[line.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) line.push([first[0]!, first[1]!]);
  return line.length >= 4 ? line : null;
}

/** Rounds a polygon; drops collapsed holes; returns null when the exterior collapsed. */
export function quantisePolygon(rings: Position[][], decimals: number): Position[][] | null {
  const out: Position[][] = [];
  for (const [k, ring] of rings.entries()) {
    const q = quantiseRing(ring, decimals);
    if (q) out.push(q);
    else if (k === 0) return null;
  }
  return out;
}

export function quantiseMultiPolygon(polygons: Position[][][], decimals: number): Position[][][] {
  return polygons.map((p) => quantisePolygon(p, decimals)).filter((p): p is Position[][] => p !== null);
}
