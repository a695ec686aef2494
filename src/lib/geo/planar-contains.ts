// Point in polygon on the plane: longitude/latitude (or projected x/y) taken
// as flat coordinates. Good enough at Syria's size to tell which area or
// country a point lies in, and far faster than a spherical test: control
// areas test every boundary midpoint, region labels every cell of a grid.
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** A GeoJSON polygon or multipolygon as a list of polygons (each a list of rings). */
export function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** An even-odd test (holes count as outside) over the rings of `polygons`; each ring's bounding box is checked first. */
export function planarContains(polygons: readonly (readonly (readonly Position[])[])[]): (p: Position) => boolean {
  const rings = polygons.flat().map((ring) => {
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [x, y] of ring) {
      x0 = Math.min(x0, x!);
      y0 = Math.min(y0, y!);
      x1 = Math.max(x1, x!);
      y1 = Math.max(y1, y!);
    }
    return { ring, x0, y0, x1, y1 };
  });
  return ([px, py]) => {
    let inside = false;
    for (const { ring, x0, y0, x1, y1 } of rings) {
      if (px! < x0 || px! > x1 || py! < y0 || py! > y1) continue;
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const xi = ring[i]![0]!, yi = ring[i]![1]!, xj = ring[j]![0]!, yj = ring[j]![1]!;
        if (yi > py! !== yj > py! && px! < ((xj - xi) * (py! - yi)) / (yj - yi) + xi) inside = !inside;
      }
    }
    return inside;
  };
}
