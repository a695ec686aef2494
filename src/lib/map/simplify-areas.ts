// One date's control areas, simplified for drawing at a map's scale without
// gaps or overlaps between them: the areas become one topology (each border
// two areas share is a single arc), each arc is simplified once (Visvalingam,
// topojson-simplify) so both areas keep the same line, each force's held and
// thinly held land are merged into one fill, all thinly held land becomes one
// veil drawn over the fills, and the front lines are the arcs between two
// different forces. The data files keep the full
// geometry; only the drawing is lighter (vertices closer together than a
// fraction of a pixel at the map's scale add bytes, not detail).
import type { MultiLineString, MultiPolygon } from 'geojson';
import { merge, mesh } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import type { ControlArea } from '../geo/control-areas.ts';

interface Props {
  category: string;
  thin: boolean;
}

export interface SimplifiedLayer {
  /** One area per category: its held and thinly held land together. */
  areas: { category: string; geometry: MultiPolygon }[];
  /** All thinly held land, whoever holds it: drawn once as a light veil over the fills. */
  thin: MultiPolygon;
  /** Where two different forces' areas meet (thin and firm land of one force is one force). */
  front: MultiLineString;
}

/**
 * `minWeight` is the smallest triangle a vertex may span to be kept, in square
 * degrees (longitude by latitude): a few tenths of a square pixel at the map's scale.
 */
export function simplifiedLayer(areas: readonly ControlArea[], minWeight: number): SimplifiedLayer {
  const features = areas.map((a) => ({ type: 'Feature' as const, properties: { category: a.category, thin: a.thin }, geometry: a.geometry }));
  // 1e6 steps across the areas' extent: under a metre in Syria.
  const input = { areas: { type: 'FeatureCollection', features } } as unknown as Parameters<typeof topology>[0];
  const topo = topology(input, 1e6) as unknown as Topology<{ areas: GeometryCollection<Props> }>;
  const simple = simplify(presimplify(topo as never), minWeight) as unknown as typeof topo;
  const collection = simple.objects.areas;
  // Merged on the shared arcs (topojson merge), so the line between a force's
  // held and thinly held land, and between two forces' thin land, disappears.
  const propsOf = (g: GeometryObject) => (g as GeometryObject<Props>).properties as Props;
  const merged = (keep: (p: Props) => boolean): MultiPolygon => merge(simple, collection.geometries.filter((g) => keep(propsOf(g))) as never) as MultiPolygon;
  const categories = [...new Set(areas.map((a) => a.category))];
  const out = categories.map((category) => ({ category, geometry: merged((p) => p.category === category) }));
  const thin = merged((p) => p.thin);
  const categoryOf = (g: GeometryObject) => propsOf(g).category;
  const front = mesh(simple, collection, (a, b) => a !== b && categoryOf(a) !== categoryOf(b)) as MultiLineString;
  return { areas: out, thin, front };
}
