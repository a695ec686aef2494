// Scores the published control areas against an independent reference table:
// for each reference point and date, the area of the downloadable GeoJSON that
// contains the point (planar test on longitude/latitude, rings read by their
// role as RFC 7946 gives it: the first ring of a polygon its exterior, the
// others holes) must name the reference's holder. Thinly held land counts for
// its nominal holder; a contested area is right only where the reference says
// contested.
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Position } from 'geojson';
import { planarContains } from './planar-contains.ts';

export interface ReferencePoint {
  id: string;
  name: string;
  coordinates: [number, number];
  holders: Record<string, { holder: string; confidence: 'high' | 'medium' | 'low' }>;
}

export interface PointVerdict {
  point: string;
  date: string;
  expected: string;
  /** The controller of the area drawn at the point, or null outside every area. */
  drawn: string | null;
  right: boolean;
}

export interface DateScore {
  date: string;
  scored: number;
  right: number;
  /** right / scored, 0 to 1. */
  agreement: number;
  wrong: PointVerdict[];
}

/** Inside a polygon: inside its exterior ring and outside each of its holes (each ring tested with planar-contains.ts). */
export function multiPolygonContains(geometry: MultiPolygon, point: readonly [number, number]): boolean {
  const inRing = (ring: Position[]) => planarContains([[ring]])([point[0], point[1]]);
  return geometry.coordinates.some(([exterior, ...holes]) => exterior !== undefined && inRing(exterior) && !holes.some(inRing));
}

/** The controller of the area containing `point` in a control-areas GeoJSON, or null. */
export function controllerAt(collection: FeatureCollection<Geometry>, point: readonly [number, number]): string | null {
  const area = collection.features.find(
    (f): f is Feature<MultiPolygon> => f.properties?.['kind'] === 'area' && f.geometry.type === 'MultiPolygon' && multiPolygonContains(f.geometry, point),
  );
  return area ? String(area.properties?.['controller']) : null;
}

/** The agreement on one date, over the points whose reference for it is not of low confidence. */
export function scoreDate(points: readonly ReferencePoint[], date: string, collection: FeatureCollection<Geometry>): DateScore {
  const verdicts: PointVerdict[] = points.flatMap((p) => {
    const ref = p.holders[date];
    if (!ref || ref.confidence === 'low') return [];
    const drawn = controllerAt(collection, p.coordinates);
    return [{ point: p.id, date, expected: ref.holder, drawn, right: drawn === ref.holder }];
  });
  const right = verdicts.filter((v) => v.right).length;
  return { date, scored: verdicts.length, right, agreement: verdicts.length === 0 ? 0 : right / verdicts.length, wrong: verdicts.filter((v) => !v.right) };
}
