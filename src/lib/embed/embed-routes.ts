// Where each embed, its oEmbed response and its downloads live. A static site
// cannot read a query string at build time, so the parameters that change
// what is drawn are path segments, each variant rendered at build time:
//
//   /embed/map/<focus>/               the latest date (follows map updates)
//   /embed/map/<focus>/<date>/        pinned to a date (says when a newer map exists)
//   /embed/map/<focus>/party/<id>/    the latest date, one controller's areas strong
//   /embed/chart/<explainer>/<chart>/ a chart of an explainer
//
// "focus" is the map view: syria, corridor (Idlib–Aleppo–Hama) or aleppo
// (src/lib/map/views.ts). The theme only recolours, so it stays a query
// parameter: ?theme=light|dark|auto (default auto). "auto" needs no script
// (prefers-color-scheme); light and dark are set by a 0.2 KB inline script.
//
// Paths here are site paths: pass them through href() (base path) or
// absoluteUrl() before they reach a page.

export type Theme = 'light' | 'dark' | 'auto';

export interface MapEmbedRef {
  kind: 'map';
  view: string;
  /** Pinned date (ISO); absent: the latest date. */
  date?: string;
  /** A controller whose areas are shown strongly (latest date only). */
  party?: string;
}

export interface ChartEmbedRef {
  kind: 'chart';
  explainer: string;
  chart: string;
}

export type EmbedRef = MapEmbedRef | ChartEmbedRef;

const SEGMENT = /^[a-z0-9][a-z0-9-]*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function segment(value: string, what: string): string {
  if (!SEGMENT.test(value)) throw new RangeError(`embed: ${what} "${value}" is not a lower-case id`);
  return value;
}

function checkRef(ref: EmbedRef): void {
  if (ref.kind === 'chart') {
    segment(ref.explainer, 'explainer');
    segment(ref.chart, 'chart id');
    return;
  }
  segment(ref.view, 'view');
  if (ref.date !== undefined && !DATE.test(ref.date)) throw new RangeError(`embed: date "${ref.date}" is not YYYY-MM-DD`);
  if (ref.party !== undefined) segment(ref.party, 'party');
  if (ref.date !== undefined && ref.party !== undefined) throw new RangeError('embed: a party map shows the latest date only');
}

/** The route parameter of an embed below its kind: "syria", "syria/2024-12-05", "syria/party/hts", "the-hama-offensive/toll". */
export function embedSlug(ref: EmbedRef): string {
  checkRef(ref);
  if (ref.kind === 'chart') return `${ref.explainer}/${ref.chart}`;
  if (ref.date) return `${ref.view}/${ref.date}`;
  if (ref.party) return `${ref.view}/party/${ref.party}`;
  return ref.view;
}

/** Site path of the embed page. */
export function embedPath(ref: EmbedRef): string {
  return `/embed/${ref.kind}/${embedSlug(ref)}/`;
}

/** Site path of the embed's oEmbed response (a static JSON file). */
export function oembedPath(ref: EmbedRef): string {
  return `/oembed/${ref.kind}/${embedSlug(ref)}.json`;
}

/** Reads an embed path back ("/embed/map/syria/2024-12-05/"), or null if it is not one. */
export function parseEmbedPath(path: string): EmbedRef | null {
  const parts = path.replace(/^\/+|\/+$/g, '').split('/');
  if (parts[0] !== 'embed' || parts.some((p) => p === '')) return null;
  const [, kind, ...rest] = parts;
  let ref: EmbedRef | null = null;
  if (kind === 'chart' && rest.length === 2) ref = { kind, explainer: rest[0]!, chart: rest[1]! };
  if (kind === 'map' && rest.length === 1) ref = { kind, view: rest[0]! };
  if (kind === 'map' && rest.length === 2 && DATE.test(rest[1]!)) ref = { kind, view: rest[0]!, date: rest[1]! };
  if (kind === 'map' && rest.length === 3 && rest[1] === 'party') ref = { kind, view: rest[0]!, party: rest[2]! };
  if (!ref) return null;
  try {
    checkRef(ref);
  } catch {
    return null;
  }
  return ref;
}

export type DownloadFormat = 'svg' | 'png' | 'csv' | 'geojson';

/** Site path of a map image of one date: "/downloads/map-syria-2024-12-05.svg", "/downloads/map-syria-hts-2024-12-05.png". */
export function mapImagePath(view: string, date: string, format: 'svg' | 'png', party?: string): string {
  checkRef({ kind: 'map', view, date });
  return `/downloads/map-${view}${party ? `-${segment(party, 'party')}` : ''}-${date}.${format}`;
}

/** Site path of the CSV of every place and report on a view's map, all dates. */
export function mapCsvPath(view: string): string {
  return `/downloads/map-${segment(view, 'view')}.csv`;
}

/** Site path of the GeoJSON of the control areas of one date (the whole country; every view crops the same areas). */
export function controlGeoJsonPath(date: string): string {
  if (!DATE.test(date)) throw new RangeError(`embed: date "${date}" is not YYYY-MM-DD`);
  return `/downloads/control-areas-${date}.geo.json`;
}

/** Site path of a chart's image or data. */
export function chartFilePath(explainer: string, chart: string, format: 'svg' | 'png' | 'csv'): string {
  return `/downloads/chart-${segment(explainer, 'explainer')}-${segment(chart, 'chart id')}.${format}`;
}

/** Adds ?theme= to an embed URL; "auto" is the default and adds nothing. */
export function withTheme(url: string, theme: Theme): string {
  if (theme === 'auto') return url;
  return `${url}${url.includes('?') ? '&' : '?'}theme=${theme}`;
}

/**
 * Stands for "the date shown" in a path or snippet built once at build time
 * (a valid-looking date, so every path builder accepts it); the Embed box's
 * script swaps it for the date the map's stepper shows.
 */
export const DATE_PLACEHOLDER = '0000-00-00';
