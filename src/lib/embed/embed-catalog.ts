// Every embed the site offers, with what its page, snippet and oEmbed answer
// need to know: for each map view the latest date, each date pinned, and each
// controller of the latest date highlighted (the "ground held by" maps of the
// explainers); and each chart of the explainers. The embed pages, the oEmbed
// files, the downloads, the Embed boxes on the site, the bench and the tests
// all enumerate embeds from here.
import type { Controller } from '../../schemas/control.ts';
import { formatLongDate, formatShortDate } from '../format/date.ts';
import type { MapData } from '../map/map-data.ts';
import { mapModel, type MapModel } from '../map/map-model.ts';
import { mapViews, type MapView } from '../map/views.ts';
import { barChartSize } from './bar-chart-svg.ts';
import type { CatalogChart } from './chart-catalog.ts';
import type { ChartEmbedRef, MapEmbedRef } from './embed-routes.ts';

export interface MapEmbed {
  ref: MapEmbedRef;
  view: MapView;
  /** The model of every map date of the view (shared with the site's maps). */
  model: MapModel;
  /** The date shown, as an index into model.layers and as an ISO date. */
  layerIndex: number;
  date: string;
  /** The newest map date: a pinned embed of an older date points to it. */
  latest: string;
  /** Heading of the embed. */
  heading: string;
  /** The embed page's <title>, at most 70 characters: "Map: Syria, 5 Dec 2024". */
  docTitle: string;
  /** Accessible name of the iframe. */
  iframeTitle: string;
  /** Starting height of the iframe, in CSS pixels, before the embed reports its own. */
  height: number;
}

export interface ChartEmbed {
  ref: ChartEmbedRef;
  chart: CatalogChart;
  heading: string;
  docTitle: string;
  iframeTitle: string;
  height: number;
}

/** The width an embed is designed for (oEmbed width; the iframe itself is full width). */
export const EMBED_WIDTH = 600;
/** Heading, date, key, notes, credit and the closed Sources box under a map, at EMBED_WIDTH. */
const MAP_CHROME = 340;
const CHART_CHROME = 260;

const partyLabel = (controllers: readonly Controller[], id: string) => controllers.find((c) => c.id === id)?.label ?? id;
/** For page titles, which search results cut at about 70 characters. */
const partyShortLabel = (controllers: readonly Controller[], id: string) => controllers.find((c) => c.id === id)?.shortLabel ?? id;

const built = new WeakMap<MapData, MapEmbed[]>();

/** Every map embed (memoised per data set: every page with a map asks). */
export function mapEmbeds(data: MapData): MapEmbed[] {
  let embeds = built.get(data);
  if (!embeds) built.set(data, (embeds = buildMapEmbeds(data)));
  return embeds;
}

function buildMapEmbeds(data: MapData): MapEmbed[] {
  const { controllers } = data.control;
  return mapViews.flatMap((view) => {
    const model = mapModel(data, view);
    const last = model.layers.length - 1;
    const latest = model.layers[last]!.date;
    const height = Math.round((EMBED_WIDTH * model.height) / model.width) + MAP_CHROME;
    const entry = (ref: MapEmbedRef, layerIndex: number, heading: string): MapEmbed => {
      const date = model.layers[layerIndex]!.date;
      const year = date.slice(0, 4);
      const docTitle = ref.party ? `Map: ${partyShortLabel(controllers, ref.party)}, ${view.title}` : `Map: ${view.title}, ${formatShortDate(date)} ${year}`;
      return { ref, view, model, layerIndex, date, latest, heading, docTitle, iframeTitle: `Map: ${heading}, ${formatLongDate(date)}`, height };
    };
    const parties = model.layers[last]!.areas.map((a) => a.category).filter((c) => controllers.find((k) => k.id === c)?.kind === 'actor');
    return [
      entry({ kind: 'map', view: view.id }, last, `Control of ${view.area}`),
      ...model.layers.map((layer, i) => entry({ kind: 'map', view: view.id, date: layer.date }, i, `Control of ${view.area}`)),
      ...parties.map((party) => entry({ kind: 'map', view: view.id, party }, last, `Ground held by ${partyLabel(controllers, party)} in ${view.area}`)),
    ];
  });
}

export function chartEmbeds(charts: readonly CatalogChart[]): ChartEmbed[] {
  return charts.map((chart) => {
    const size = barChartSize(chart.props.bars);
    return {
      ref: { kind: 'chart', explainer: chart.explainer, chart: chart.props.id },
      chart,
      heading: chart.props.title,
      docTitle: `Chart: ${chart.props.title}`,
      iframeTitle: `Chart: ${chart.props.title}`,
      height: Math.round((384 * size.height) / size.width) + CHART_CHROME,
    };
  });
}

const sameRef = (a: MapEmbedRef, b: MapEmbedRef) => a.view === b.view && a.date === b.date && a.party === b.party;

/** The catalog entry of a map embed, or undefined (a date that is not a map date, a party not on the view's latest map). */
export function findMapEmbed(embeds: readonly MapEmbed[], ref: MapEmbedRef): MapEmbed | undefined {
  return embeds.find((e) => sameRef(e.ref, ref));
}

/** The embed of a map as a page shows it: a party's map, a view pinned to its date, or the view's latest. */
export function embedRefForMap(view: string, shownDate: string, latest: string, highlight?: string): { latest: MapEmbedRef; pinned: MapEmbedRef } {
  if (highlight) {
    const ref: MapEmbedRef = shownDate === latest ? { kind: 'map', view, party: highlight } : { kind: 'map', view, date: shownDate };
    return { latest: ref, pinned: ref };
  }
  return { latest: { kind: 'map', view }, pinned: { kind: 'map', view, date: shownDate } };
}
