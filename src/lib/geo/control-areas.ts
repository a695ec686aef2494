// Control areas and front lines of a date, from the state of every mapped town.
//
// Method (also on /methodology/ and in content/control/METHOD.md):
// 1. Project the country, the towns and the baseline regions to a plane
//    centred on the country (planar-projection.ts: equirectangular, ±5 %).
// 2. Cut the country into compartments along the lines sources draw
//    (compartments.ts): the Turkish-held zones, the al-Tanf zone, the
//    Euphrates, the rest.
// 3. Give every town the part of its compartment nearer to it than to any
//    other town of the same compartment (its Voronoi cell, d3-delaunay, clipped
//    to the compartment). A compartment without towns goes whole to its
//    baseline holder.
// 4. The part of a cell within FIRM_RADIUS_KM of its town is drawn as held;
//    the rest (desert and steppe far from any reported town) is "thinly
//    held": a light tint of the same holder.
// 5. Merge, per date, the cells of each category (a controller, or
//    "contested") into one firm and one thin area (polygon union).
// 6. A front line is every stretch of boundary between two categories.
// Steps 1 to 4 depend only on the towns and regions, not on the date, so they
// are computed once (prepareControlGeometry) and each date only merges.
import { Delaunay, geoBounds } from 'd3';
import type { MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { Region } from '../../schemas/control.ts';
import { buildCompartments, outlineWithBorderTowns, type Compartment } from './compartments.ts';
import { planarDisc, planarProjectionForBox, unprojectMultiPolygon, type PlanarProjection } from './planar-projection.ts';
import { planarContains } from './planar-contains.ts';
import { difference, intersection, union, type PlanarMultiPolygon, type Point } from './polygon-ops.ts';
import { quantiseLine, quantiseMultiPolygon } from './quantise.ts';
import { rewindGeometryForD3 } from './winding.ts';

/** How far from a reported town an area counts as held rather than thinly held. */
export const FIRM_RADIUS_KM = 25;

/** 4 decimals of a degree ≈ 11 m. */
export const OUTPUT_DECIMALS = 4;

export interface MappedTown {
  place: string;
  /** [longitude, latitude] */
  coordinates: readonly [number, number];
}

export interface ControlGeometryInput {
  /** The country, in longitude/latitude, any winding. */
  outline: Polygon | MultiPolygon;
  towns: readonly MappedTown[];
  regions: readonly Region[];
  /** Coordinates of any place a region names (the al-Tanf disc). */
  placeCoordinates(id: string): readonly [number, number] | undefined;
  riverLines(id: string): readonly (readonly Position[])[] | undefined;
  firmRadiusKm?: number;
}

interface TownCell {
  place: string;
  compartment: string;
  firm: PlanarMultiPolygon;
  thin: PlanarMultiPolygon;
}

/** The date-independent part of the control areas: compartments and each town's cell. */
export interface ControlGeometry {
  projection: PlanarProjection;
  /** The country with its border towns, in the plane: what the areas tile. */
  outline: PlanarMultiPolygon;
  compartments: Compartment[];
  cells: TownCell[];
  /** Compartments with no town: drawn whole for their baseline holder, thinly held. */
  empty: Compartment[];
  /** The compartment of each town. */
  compartmentOf: Map<string, string>;
}

export interface ControlArea {
  category: string;
  /** True for land far from every reported town: the holder's light tint. */
  thin: boolean;
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

const byId = <T extends { place: string }>(a: T, b: T) => (a.place < b.place ? -1 : a.place > b.place ? 1 : 0);

function voronoiCells(points: Point[], bounds: [number, number, number, number]): PlanarMultiPolygon[] {
  if (points.length === 1) {
    const [x0, y0, x1, y1] = bounds;
    return [[[[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]]]];
  }
  const voronoi = Delaunay.from(points).voronoi(bounds);
  return points.map((_, i) => {
    const cell = voronoi.cellPolygon(i) as Point[] | null;
    return cell ? [[cell.map(([x, y]) => [x, y] as Point)]] : [];
  });
}

export function prepareControlGeometry(input: ControlGeometryInput): ControlGeometry {
  const towns = [...input.towns].sort(byId);
  const seen = new Set<string>();
  for (const t of towns) {
    if (seen.has(t.place)) throw new Error(`prepareControlGeometry: place "${t.place}" is given twice`);
    seen.add(t.place);
  }
  const [[w, s], [e, n]] = geoBounds(input.outline);
  const projection = planarProjectionForBox([w, s, e, n]);
  const points = towns.map((t) => projection.forward([t.coordinates[0], t.coordinates[1]]));
  const outline = outlineWithBorderTowns(input.outline, points, projection);
  const compartments = buildCompartments({
    outline,
    regions: input.regions,
    projection,
    placeCoordinates: input.placeCoordinates,
    riverLines: input.riverLines,
  });
  const [x0, y0] = projection.forward([w, s]);
  const [x1, y1] = projection.forward([e, n]);
  const bounds: [number, number, number, number] = [x0 - 1, y0 - 1, x1 + 1, y1 + 1];
  const radius = input.firmRadiusKm ?? FIRM_RADIUS_KM;

  const compartmentOf = new Map<string, string>();
  const cells: TownCell[] = [];
  const empty: Compartment[] = [];
  for (const compartment of compartments) {
    // A town on the line between two compartments belongs to the first.
    const inside = towns.flatMap((t, i) => (!compartmentOf.has(t.place) && compartment.contains(points[i]!) ? [i] : []));
    for (const i of inside) compartmentOf.set(towns[i]!.place, compartment.id);
    if (inside.length === 0) {
      empty.push(compartment);
      continue;
    }
    const raw = voronoiCells(
      inside.map((i) => points[i]!),
      bounds,
    );
    inside.forEach((i, k) => {
      const cell = intersection(raw[k]!, compartment.planar);
      // 20 sides: within 0.3 km of the circle at 25 km, and far fewer vertices to draw.
      const disc = planarDisc(points[i]!, radius, 24);
      cells.push({ place: towns[i]!.place, compartment: compartment.id, firm: intersection(cell, disc), thin: difference(cell, disc) });
    });
  }
  const outside = towns.map((t) => t.place).filter((place) => !compartmentOf.has(place));
  if (outside.length > 0) throw new Error(`prepareControlGeometry: outside every compartment: ${outside.join(', ')}`);
  return { projection, outline, compartments, cells, empty, compartmentOf };
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
          const nrm: Point = [(-(b[1] - a[1]) / len) * EPS, ((b[0] - a[0]) / len) * EPS];
          const left: Point = [m[0] + nrm[0], m[1] + nrm[1]];
          const right: Point = [m[0] - nrm[0], m[1] - nrm[1]];
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

/**
 * The areas of one date: `categoryOf` gives each town's category on it (a
 * controller id or "contested"). Towns it leaves undefined take their
 * compartment's baseline holder.
 */
export function controlAreasFor(geometry: ControlGeometry, categoryOf: (place: string) => string | undefined): ControlAreas {
  const holderOf = new Map(geometry.compartments.map((c) => [c.id, c.holder]));
  const firm = new Map<string, PlanarMultiPolygon[]>();
  const thin = new Map<string, PlanarMultiPolygon[]>();
  const add = (to: Map<string, PlanarMultiPolygon[]>, category: string, part: PlanarMultiPolygon) => {
    if (part.length > 0) to.set(category, [...(to.get(category) ?? []), part]);
  };
  for (const cell of geometry.cells) {
    const category = categoryOf(cell.place) ?? holderOf.get(cell.compartment)!;
    add(firm, category, cell.firm);
    add(thin, category, cell.thin);
  }
  for (const c of geometry.empty) add(thin, c.holder, c.planar);

  const categories = [...new Set([...firm.keys(), ...thin.keys()])].sort();
  const planarAreas = categories.flatMap((category) =>
    [
      { category, thin: false, planar: union(...(firm.get(category) ?? [])) },
      { category, thin: true, planar: union(...(thin.get(category) ?? [])) },
    ].filter((a) => a.planar.length > 0),
  );
  const toGeo = (planar: PlanarMultiPolygon): MultiPolygon =>
    rewindGeometryForD3({ type: 'MultiPolygon', coordinates: quantiseMultiPolygon(unprojectMultiPolygon(planar, geometry.projection), OUTPUT_DECIMALS) });
  const areas: ControlArea[] = planarAreas.map(({ category, thin: isThin, planar }) => ({ category, thin: isThin, geometry: toGeo(planar) }));

  const frontLines: FrontLine[] = [...frontLinesPlanar(planarAreas).entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, lines]) => ({
      between: key.split('|') as [string, string],
      geometry: {
        type: 'MultiLineString' as const,
        coordinates: lines.map((line) => quantiseLine(line.map((p) => geometry.projection.inverse(p)), OUTPUT_DECIMALS)).filter((l) => l.length >= 2),
      },
    }))
    .filter((f) => f.geometry.coordinates.length > 0);
  return { areas, frontLines };
}
