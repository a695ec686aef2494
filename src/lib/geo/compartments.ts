// The country cut into compartments along the lines sources draw: the baseline
// regions (content/control/regions.json) in file order, each taking its shape
// minus what the regions before it took. A control area never crosses a
// compartment's edge: a town's area is its nearest-town cell *within its
// compartment*, so the Euphrates in Deir ez-Zor, the edges of the Turkish-held
// zones and the al-Tanf zone stay where the sources put them, whatever the
// towns on the other side do.
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { Region } from '../../schemas/control.ts';
import { planarContains, polygonsOf } from './planar-contains.ts';
import { KM_PER_DEGREE, planarDisc, projectMultiPolygon, type PlanarProjection } from './planar-projection.ts';
import { difference, intersection, union, type PlanarMultiPolygon, type Point } from './polygon-ops.ts';
import { chainRiver, riverBankRing } from './river-bank.ts';

export interface Compartment {
  /** The region's id. */
  id: string;
  /** Its holder on the baseline date. */
  holder: string;
  planar: PlanarMultiPolygon;
  contains(p: Point): boolean;
}

export interface CompartmentInput {
  /** The country in the plane (border towns already included). */
  outline: PlanarMultiPolygon;
  regions: readonly Region[];
  projection: PlanarProjection;
  placeCoordinates(id: string): readonly [number, number] | undefined;
  riverLines(id: string): readonly (readonly Position[])[] | undefined;
}

function shapeOf(region: Region, input: CompartmentInput, rest: PlanarMultiPolygon): PlanarMultiPolygon {
  const { shape } = region;
  const project = (ring: readonly Position[]) => ring.map((p) => input.projection.forward(p));
  switch (shape.kind) {
    case 'polygon':
      return [[project(shape.coordinates)]];
    case 'disc': {
      const c = input.placeCoordinates(shape.place);
      if (!c) throw new Error(`content/control/regions.json: ${region.id}.shape.place: "${shape.place}" has no coordinates`);
      return planarDisc(input.projection.forward([c[0], c[1]]), shape.radiusKm);
    }
    case 'river-bank': {
      const lines = input.riverLines(shape.river);
      if (!lines) throw new Error(`content/control/regions.json: ${region.id}.shape.river: "${shape.river}" is not in content/geo/rivers.geo.json`);
      return [[project(riverBankRing(chainRiver(lines), shape.bank))]];
    }
    case 'rest':
      return rest;
  }
}

export function buildCompartments(input: CompartmentInput): Compartment[] {
  const compartments: Compartment[] = [];
  let rest = input.outline;
  for (const region of input.regions) {
    const planar = intersection(shapeOf(region, input, rest), rest);
    rest = difference(rest, planar);
    if (planar.length === 0) continue;
    compartments.push({ id: region.id, holder: region.holder, planar, contains: planarContains(planar) });
  }
  if (rest.length > 0) throw new Error('content/control/regions.json: the regions leave part of the country uncovered: end with a region of shape {"kind":"rest"}');
  return compartments;
}

/**
 * The outline grown to take in border towns that the generalised border
 * leaves just outside (Kobani, Tal Abyad, Ras al-Ayn on Natural Earth's line):
 * a disc around each, reaching 1.5 km past the town, is added to the country.
 */
export function outlineWithBorderTowns(outline: Polygon | MultiPolygon, towns: readonly Point[], projection: PlanarProjection): PlanarMultiPolygon {
  const planar = projectMultiPolygon(polygonsOf(outline), projection);
  const inside = planarContains(planar);
  const rings = planar.flat();
  const distance = (p: Point) => {
    let best = Infinity;
    for (const ring of rings) {
      for (let i = 0; i + 1 < ring.length; i++) {
        const [a, b] = [ring[i]!, ring[i + 1]!];
        const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
        const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy || 1)));
        best = Math.min(best, Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy));
      }
    }
    return best;
  };
  const discs = towns.filter((t) => !inside(t)).map((t) => planarDisc(t, distance(t) * KM_PER_DEGREE + 1.5, 24));
  return discs.length === 0 ? planar : union(planar, ...discs);
}
