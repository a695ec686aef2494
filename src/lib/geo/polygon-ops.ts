// Boolean operations on planar polygons (union, intersection, difference),
// backed by the `polygon-clipping` package (Martinez–Rueda sweep line, robust
// predicates). Its ESM build has only a default export while its type file
// declares named ones, so the functions are taken from whichever exists here.
import * as polygonClippingModule from 'polygon-clipping';
import type { MultiPolygon as PcMultiPolygon, Polygon as PcPolygon } from 'polygon-clipping';

type Ops = {
  union: (geom: PcPolygon | PcMultiPolygon, ...geoms: (PcPolygon | PcMultiPolygon)[]) => PcMultiPolygon;
  intersection: (geom: PcPolygon | PcMultiPolygon, ...geoms: (PcPolygon | PcMultiPolygon)[]) => PcMultiPolygon;
  difference: (geom: PcPolygon | PcMultiPolygon, ...geoms: (PcPolygon | PcMultiPolygon)[]) => PcMultiPolygon;
};

const moduleValue = polygonClippingModule as unknown as Partial<Ops> & { default?: Ops };
const ops: Ops = typeof moduleValue.union === 'function' ? (moduleValue as Ops) : (moduleValue.default as Ops);

/** A planar point [x, y]. */
export type Point = [number, number];
/** Rings of a planar polygon: the first is the exterior, the others holes (closed: last = first). */
export type PlanarPolygon = Point[][];
export type PlanarMultiPolygon = PlanarPolygon[];

export function union(...geoms: PlanarMultiPolygon[]): PlanarMultiPolygon {
  const nonEmpty = geoms.filter((g) => g.length > 0);
  const [first, ...rest] = nonEmpty;
  return first ? ops.union(first, ...rest) : [];
}

export function intersection(a: PlanarMultiPolygon, b: PlanarMultiPolygon): PlanarMultiPolygon {
  if (a.length === 0 || b.length === 0) return [];
  return ops.intersection(a, b);
}

export function difference(a: PlanarMultiPolygon, ...b: PlanarMultiPolygon[]): PlanarMultiPolygon {
  const nonEmpty = b.filter((g) => g.length > 0);
  if (a.length === 0) return [];
  return nonEmpty.length === 0 ? a : ops.difference(a, ...nonEmpty);
}

/** Signed area of a closed ring by the shoelace formula (positive when counter-clockwise, y up). */
export function ringArea(ring: Point[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    sum += (xj + xi) * (yj - yi);
  }
  return -sum / 2;
}

/** Area of a planar multipolygon (holes subtracted). */
export function multiPolygonArea(mp: PlanarMultiPolygon): number {
  let area = 0;
  for (const polygon of mp) {
    polygon.forEach((ring, k) => {
      area += k === 0 ? Math.abs(ringArea(ring)) : -Math.abs(ringArea(ring));
    });
  }
  return area;
}
