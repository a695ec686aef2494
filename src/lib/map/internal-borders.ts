// The lines between neighbouring areas of a collection (governorates), each
// drawn once. Drawing every governorate's outline would stroke each shared
// border twice and repeat the country's outline, which the map draws anyway:
// more than twice the path data for the same picture. topojson-server finds
// the shared arcs; topojson-client's mesh keeps those with an area on each side.
import type { FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { mesh } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';

const cache = new WeakMap<object, Map<number, MultiLineString>>();

/**
 * Borders shared by two areas of the collection; the outer boundary is left
 * out. With `minWeight` (square degrees), each border is simplified once
 * (Visvalingam, topojson-simplify) for drawing at a map's scale. Cached per
 * collection and weight.
 */
export function internalBorders(collection: FeatureCollection<Polygon | MultiPolygon>, minWeight = 0): MultiLineString {
  const byWeight = cache.get(collection) ?? new Map<number, MultiLineString>();
  cache.set(collection, byWeight);
  const cached = byWeight.get(minWeight);
  if (cached) return cached;
  let topo = topology({ areas: collection }) as Topology<{ areas: GeometryCollection }>;
  if (minWeight > 0) topo = simplify(presimplify(topo as never), minWeight) as unknown as typeof topo;
  const borders = mesh(topo, topo.objects.areas, (a, b) => a !== b);
  byWeight.set(minWeight, borders);
  return borders;
}
