// Control areas and front lines from the places observed on one date.
//
// Method (also in content/control/METHOD.md):
// 1. Project the country outline and the observed places to a plane centred on
//    the country (planar-projection.ts: equirectangular, ±5 % scale error).
// 2. Give every place the part of the plane nearer to it than to any other
//    place (its Voronoi cell, d3-delaunay), and clip the cell to the outline.
// 3. A place with a known zone (al-Tanf's 55 km deconfliction zone) keeps only
//    the part of its cell inside that radius; the rest of its cell goes to the
//    nearest other places, as if it were not there.
// 4. Merge the cells of each category (a controller, or "contested") into one
//    area (polygon union, polygon-clipping).
// 5. A front line is every stretch of an area's boundary that has another
//    category's area on its other side (not the country border).
// The plane coordinates go back to longitude/latitude, rings are wound for d3
// and coordinates rounded, so the same input always gives the same output.
import { Delaunay, geoBounds } from 'd3';
import type { MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { planarDisc, planarProjectionForBox, projectMultiPolygon, unprojectMultiPolygon } from './planar-projection.ts';
import { planarContains, polygonsOf } from './planar-contains.ts';
import { difference, intersection, union, type PlanarMultiPolygon, type Point } from './polygon-ops.ts';
import { quantiseLine, quantiseMultiPolygon } from './quantise.ts';
import { rewindGeometryForD3 } from './winding.ts';

export interface ControlSite {
  place: string;
  /** [longitude, latitude] */
  coordinates: readonly [number, number];
  /** Controller id or "contested". */
  category: string;
}

export interface ControlZone {
  place: string;
  radiusKm: number;
}

export interface ControlAreasInput {
  /** The country, in longitude/latitude, any winding. */
  outline: Polygon | MultiPolygon;
  sites: readonly ControlSite[];
  zones?: readonly ControlZone[];
}

export interface ControlArea {
  category: string;
  geometry: MultiPolygon;
}

export interface FrontLine {
  /** The two categories on either side, sorted. */
  between: [string, string];
  geometry: MultiLineString;
}

export interface ControlAreas {
  areas: ControlArea[];
  frontLines: FrontLine[];
}

/** 4 decimals of a degree ≈ 11 m. */
export const OUTPUT_DECIMALS = 4;

function voronoiCells(points: Point[], bounds: [number, number, number, number]): (PlanarMultiPolygon | null)[] {
  const voronoi = Delaunay.from(points).voronoi(bounds);
  return points.map((_, i) => {
    const cell = voronoi.cellPolygon(i) as Point[] | null;
    return cell ? [[cell.map(([x, y]) => [x, y] as Point)]] : null;
  });
}

/** Boundary stretches of each area that border another category's area, as planar polylines. */
function frontLinesPlanar(areas: { category: string; planar: PlanarMultiPolygon }[]): Map<string, Point[][]> {
  const indexed = areas.map((a) => ({ category: a.category, contains: planarContains(a.planar) }));
  const categoryAt = (p: Point): string | null => indexed.find((a) => a.contains(p))?.category ?? null;
  const EPS = 1e-7; // plane units (degrees of latitude): about 1 cm
  const lines = new Map<string, Point[][]>();
  for (const area of areas) {
    for (const polygon of area.planar) {
      for (const ring of polygon) {
        const runs: { key: string; line: Point[] }[] = [];
        for (let i = 0; i < ring.length - 1; i++) {
          const a = ring[i]!;
          const b = ring[i + 1]!;
          const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
          if (len === 0) continue;
          const m: Point = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
          const n: Point = [(-(b[1] - a[1]) / len) * EPS, ((b[0] - a[0]) / len) * EPS];
          const left: Point = [m[0] + n[0], m[1] + n[1]];
          const right: Point = [m[0] - n[0], m[1] - n[1]];
          const leftCategory = categoryAt(left);
          const other = leftCategory === area.category ? categoryAt(right) : leftCategory;
          // Emit each shared boundary once, from the area whose category sorts first.
          if (other === null || other === area.category || other < area.category) continue;
          const key = `${area.category}|${other}`;
          const last = runs[runs.length - 1];
          const lastPoint = last?.line[last.line.length - 1];
          if (last && last.key === key && lastPoint && lastPoint[0] === a[0] && lastPoint[1] === a[1]) last.line.push(b);
          else runs.push({ key, line: [a, b] });
        }
        // A run may wrap around the ring's start.
        const first = runs[0];
        const last = runs[runs.length - 1];
        if (runs.length > 1 && first && last && first.key === last.key) {
          const end = last.line[last.line.length - 1]!;
          if (end[0] === first.line[0]![0] && end[1] === first.line[0]![1]) {
            first.line = [...last.line, ...first.line.slice(1)];
            runs.pop();
          }
        }
        for (const run of runs) lines.set(run.key, [...(lines.get(run.key) ?? []), run.line]);
      }
    }
  }
  return lines;
}

export function computeControlAreas(input: ControlAreasInput): ControlAreas {
  const sites = [...input.sites].sort((a, b) => (a.place < b.place ? -1 : a.place > b.place ? 1 : 0));
  if (sites.length === 0) return { areas: [], frontLines: [] };
  const seen = new Set<string>();
  for (const s of sites) {
    if (seen.has(s.place)) throw new Error(`computeControlAreas: place "${s.place}" is given twice`);
    seen.add(s.place);
  }
  const [[w, s], [e, n]] = geoBounds(input.outline);
  const projection = planarProjectionForBox([w, s, e, n]);
  const outline = projectMultiPolygon(polygonsOf(input.outline), projection);
  const [x0, y0] = projection.forward([w, s]);
  const [x1, y1] = projection.forward([e, n]);
  const bounds: [number, number, number, number] = [x0 - 1, y0 - 1, x1 + 1, y1 + 1];

  const points = sites.map((site) => projection.forward([site.coordinates[0], site.coordinates[1]]));
  const cells: PlanarMultiPolygon[] = voronoiCells(points, bounds).map((cell) => (cell ? intersection(cell, outline) : []));

  const zoneOf = new Map((input.zones ?? []).map((z) => [z.place, z.radiusKm]));
  const zoned = sites.flatMap((site, i) => (zoneOf.has(site.place) ? [i] : []));
  const others = sites.flatMap((site, i) => (zoneOf.has(site.place) ? [] : [i]));
  if (zoned.length > 0 && others.length > 0) {
    const fallback = voronoiCells(
      others.map((i) => points[i]!),
      bounds,
    );
    for (const i of zoned) {
      const disc = planarDisc(points[i]!, zoneOf.get(sites[i]!.place)!);
      const leftover = difference(cells[i]!, disc);
      cells[i] = intersection(cells[i]!, disc);
      if (leftover.length === 0) continue;
      others.forEach((j, k) => {
        const cell = fallback[k];
        const part = cell ? intersection(leftover, cell) : [];
        if (part.length > 0) cells[j] = union(cells[j]!, part);
      });
    }
  }

  const categories = [...new Set(sites.map((site) => site.category))].sort();
  const planarAreas = categories
    .map((category) => ({ category, planar: union(...sites.flatMap((site, i) => (site.category === category ? [cells[i]!] : []))) }))
    .filter((a) => a.planar.length > 0);

  const areas: ControlArea[] = planarAreas.map(({ category, planar }) => ({
    category,
    geometry: rewindGeometryForD3({
      type: 'MultiPolygon',
      coordinates: quantiseMultiPolygon(unprojectMultiPolygon(planar, projection), OUTPUT_DECIMALS),
    }),
  }));

  const frontLines: FrontLine[] = [...frontLinesPlanar(planarAreas).entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, lines]) => ({
      between: key.split('|') as [string, string],
      geometry: {
        type: 'MultiLineString' as const,
        coordinates: lines.map((line) => quantiseLine(line.map((p) => projection.inverse(p)), OUTPUT_DECIMALS)).filter((l) => l.length >= 2),
      },
    }))
    .filter((f) => f.geometry.coordinates.length > 0);

  return { areas, frontLines };
}
