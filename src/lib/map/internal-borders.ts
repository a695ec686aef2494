// The lines between neighbouring areas of a collection (governorates), each
// drawn once. Drawing every governorate's outline would stroke each shared
// border twice and repeat the country's outline, which the map draws anyway:
// more than twice the path data for the same picture. topojson-server finds
// the shared arcs; topojson-client's mesh keeps those with an area on each side.
import type { FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { mesh } from 'topojson-client';
import { topology } from 'topojson-server';
import type { GeometryCollection, Topology } from 'topojson-specification';

const cache = new WeakMap<object, MultiLineString>();

/** Borders shared by two areas of the collection; the outer boundary is left out. Cached per collection. */
export function internalBorders(collection: FeatureCollection<Polygon | MultiPolygon>): MultiLineString {
  const cached = cache.get(collection);
  if (cached) return cached;
  const topo = topology({ areas: collection }) as Topology<{ areas: GeometryCollection }>;
  const borders = mesh(topo, topo.objects.areas, (a, b) => a !== b);
  cache.set(collection, borders);
  return borders;
}
