// The control areas of one date as GeoJSON (RFC 7946): one MultiPolygon per
// controller (or "contested"), and a Point per place a report covers, with
// who held it, since when and the sources. Coordinates are longitude/latitude
// in WGS 84 at the areas' own precision (4 decimals, about 11 m). The areas
// come out of d3, which winds exterior rings clockwise; RFC 7946 wants them
// counter-clockwise (right-hand rule), so every ring is rewound here. Title,
// terms and credits go in a top-level "metadata" member (a foreign member,
// which RFC 7946 section 6.1 allows and readers ignore).
import type { Feature, FeatureCollection, MultiPolygon, Point, Position } from 'geojson';
import type { ControlMap } from '../geo/control-data.ts';
import type { Controller } from '../../schemas/control.ts';
import type { Place } from '../../schemas/registry.ts';
import { categoryName } from '../map/describe-map.ts';
import { dataVersion } from '../map/data-version.ts';
import { sourceRef, type ArticleRef } from '../map/map-sources.ts';
import { APPROXIMATE_NOTE, GEODATA_CREDIT, TERMS } from './reuse-terms.ts';

/** Twice the signed area of a ring in the plane of longitude/latitude: > 0 when counter-clockwise. */
export function signedArea2(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  return sum;
}

/** Exterior rings counter-clockwise, holes clockwise (RFC 7946 section 3.1.6). */
export function rewindRfc7946(polygons: readonly (readonly Position[][])[]): Position[][][] {
  return polygons.map((rings) =>
    rings.map((ring, k) => {
      const ccw = signedArea2(ring) > 0;
      return ccw === (k === 0) ? ring.map((p) => [...p]) : ring.map((p) => [...p]).reverse();
    }),
  );
}

export interface ControlGeoJsonInput {
  map: ControlMap;
  /** Caption of the date ("Hama captured"). */
  label: string;
  /** When this date's data last changed (content/control/dates.json). */
  changed: string;
  controllers: readonly Controller[];
  places: readonly Place[];
  articles: readonly ArticleRef[];
  /** The maps page (absolute URL). */
  pageUrl: string;
  absolute: (path: string) => string;
}

export type ControlGeoJson = FeatureCollection<MultiPolygon | Point> & { metadata: Record<string, unknown> };

export function controlGeoJson({ map, label, changed, controllers, places, articles, pageUrl, absolute }: ControlGeoJsonInput): ControlGeoJson {
  const colour = (category: string) => controllers.find((c) => c.id === category)?.colour;
  const areas: Feature<MultiPolygon>[] = map.areas.map((a) => ({
    type: 'Feature',
    properties: { kind: 'area', date: map.date, controller: a.category, label: categoryName(a.category, controllers), thinly_held: a.thin, colour: colour(a.category) ?? null },
    geometry: { type: 'MultiPolygon', coordinates: rewindRfc7946(a.geometry.coordinates) },
  }));
  const byId = new Map(places.map((p) => [p.id, p]));
  const points: Feature<Point>[] = map.places.flatMap((state) => {
    const place = byId.get(state.place);
    if (!place?.coordinates) return [];
    return [
      {
        type: 'Feature',
        properties: {
          kind: 'place',
          date: map.date,
          place: place.id,
          name: place.name,
          name_ar: place.nameAr ?? null,
          status: state.category,
          status_label: categoryName(state.category, controllers),
          // Sources disagree on the holder: drawn for the more reliable one's; every source is listed.
          disputed: state.disputed,
          forces_named: state.controllers,
          since: state.since,
          last_report: state.asOf,
          carried_forward: state.carriedForward,
          sources: state.observations.map((o) => {
            const ref = sourceRef(o.source, articles);
            return { controller: o.controller, confidence: o.confidence, assigned_from_region: o.basis === 'region', publisher_kind: 'article' in o.source ? 'seed-article' : (o.source.publisherKind ?? null), only_copy: 'article' in o.source ? null : (o.source.onlyCopy ?? null), name: ref.name, url: ref.internal ? absolute(ref.href) : ref.href, quote: ref.quote ?? null };
          }),
        },
        geometry: { type: 'Point', coordinates: [...place.coordinates] },
      },
    ];
  });
  return {
    type: 'FeatureCollection',
    metadata: {
      title: `Approximate areas of control in Syria, ${map.date} (${label})`,
      date: map.date,
      // The same data gives the same version; the date says when it last changed (see the corrections log).
      data_version: dataVersion([...areas, ...points]),
      data_changed: changed,
      source_page: pageUrl,
      note: APPROXIMATE_NOTE,
      terms: TERMS,
      geodata: GEODATA_CREDIT,
      properties: 'kind "area": controller, label, thinly_held (land over 25 km from any reported town, shown for its nominal holder), colour; kind "place": status (a controller id, or "contested" where fighting is reported), disputed (sources disagree; drawn for the more reliable), forces_named, since, last_report, carried_forward, sources (with assigned_from_region, publisher_kind, only_copy).',
    },
    features: [...areas, ...points],
  };
}
