// The data behind a map view as CSV: for every date of the map and every place
// in its frame that a source covers, the place's status (who held it, since
// when, whether the last report is older) and, one row each, the reports that
// decide it with their sources. A place where sources disagree has one row per
// report, each naming the controller it reports.
import type { Controller } from '../../schemas/control.ts';
import type { Place } from '../../schemas/registry.ts';
import { categoryName } from '../map/describe-map.ts';
import { dataVersion } from '../map/data-version.ts';
import type { MapModel } from '../map/map-model.ts';
import { sourceRef, type ArticleRef } from '../map/map-sources.ts';
import { csvText } from './csv.ts';
import { APPROXIMATE_NOTE, GEODATA_CREDIT, TERMS } from './reuse-terms.ts';

export interface MapCsvInput {
  model: MapModel;
  controllers: readonly Controller[];
  places: readonly Place[];
  articles: readonly ArticleRef[];
  /** The map's page on our site (absolute URL). */
  pageUrl: string;
  /** Absolute URL of a site path ("/articles/x/#p4"). */
  absolute: (path: string) => string;
}

export const MAP_CSV_HEADER = [
  'date',
  'place_id',
  'place',
  'place_ar',
  'longitude',
  'latitude',
  'status',
  'status_label',
  'since',
  'last_report',
  'carried_forward',
  'reported_controller',
  'confidence',
  'source',
  'source_url',
  'source_quote',
] as const;

export function mapCsv({ model, controllers, places, articles, pageUrl, absolute }: MapCsvInput): string {
  const byId = new Map(places.map((p) => [p.id, p]));
  const rows = model.layers.flatMap((layer) =>
    model.inFrame.flatMap((shown) => {
      const state = layer.states.get(shown.id);
      if (!state) return [];
      const place = byId.get(shown.id);
      return state.observations.map((o) => {
        const ref = sourceRef(o.source, articles);
        return [
          layer.date,
          shown.id,
          shown.name,
          place?.nameAr,
          place?.coordinates?.[0],
          place?.coordinates?.[1],
          state.category,
          categoryName(state.category, controllers),
          state.since,
          state.asOf,
          state.carriedForward,
          o.controller,
          o.confidence,
          ref.name,
          ref.internal ? absolute(ref.href) : ref.href,
          ref.quote,
        ];
      });
    }),
  );
  const dates = model.layers.map((l) => l.date);
  const changed = model.layers.map((l) => l.changed).sort().at(-1);
  return csvText({
    comments: [
      `Who held the places on the map of ${model.view.area}, ${dates[0]} to ${dates[dates.length - 1]}: one row per report behind a place's status on a date.`,
      `Data version ${dataVersion(rows)}; data last changed ${changed} (changes to published days: see the corrections log).`,
      `Source page: ${pageUrl}`,
      APPROXIMATE_NOTE,
      'carried_forward = true: no report on that date; the last earlier report (last_report) holds. status "contested": fighting reported in the place. Where sources disagree without fighting, the status is the more reliable source\'s and every report has its row.',
      `Terms: ${TERMS}`,
      GEODATA_CREDIT,
    ],
    header: MAP_CSV_HEADER,
    rows,
  });
}
