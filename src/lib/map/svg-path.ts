// SVG path data for geographic shapes, kept small. d3's geoPath projects and
// clips (the projection's clipExtent is the map frame), then every projected
// point is snapped to a half-pixel grid and repeated points are dropped. Snapping
// is per point, so a border shared by two areas snaps to the same vertices in
// both, whichever way each traverses it: areas still meet without gaps. A ring
// that collapses below three points is dropped (it is under a pixel wide).
import { geoPath, type GeoPermissibleObjects, type GeoProjection, type GeoStream } from 'd3';

/** Grid the projected points are snapped to, in pixels of the viewBox. */
export const SNAP = 0.5;

function snapped(out: GeoStream, grid: number): GeoStream {
  let inPolygon = false;
  let line: [number, number][] = [];
  const flush = () => {
    const min = inPolygon ? 3 : 2;
    if (line.length >= min) {
      out.lineStart();
      for (const [x, y] of line) out.point(x, y);
      out.lineEnd();
    }
    line = [];
  };
  return {
    point(x, y) {
      const p: [number, number] = [Math.round(x / grid) * grid, Math.round(y / grid) * grid];
      const last = line[line.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) line.push(p);
    },
    lineStart() {
      line = [];
    },
    lineEnd() {
      // A closed ring whose last point came back onto its first: the Z closes it anyway.
      const first = line[0];
      const last = line[line.length - 1];
      if (inPolygon && line.length > 1 && first && last && first[0] === last[0] && first[1] === last[1]) line.pop();
      flush();
    },
    polygonStart() {
      inPolygon = true;
      out.polygonStart();
    },
    polygonEnd() {
      inPolygon = false;
      out.polygonEnd();
    },
    sphere() {
      out.sphere?.();
    },
  };
}

/** A function from GeoJSON to SVG path data ('' for nothing visible) for this projection. */
export function pathMaker(projection: GeoProjection, grid = SNAP): (object: GeoPermissibleObjects) => string {
  const path = geoPath({ stream: (out: GeoStream) => projection.stream(snapped(out, grid)) }).digits(1);
  return (object) => path(object) ?? '';
}
