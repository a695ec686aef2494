// The data the browser script needs for one map, a JSON file beside the map's
// images (FrontlineMap.astro) that the script fetches as the reader nears the
// map, so a page carries none of it: per date its words (title, desc,
// status) and its layer image, and per shown place its marker's position,
// its state on each date with the sources of that state. Sources are listed
// once and referred to by index, so the file stays small.
import type { Controller } from '../../schemas/control.ts';
import { formatLongDate, formatShortDate } from '../format/date.ts';
import type { MapDescription } from './describe-map.ts';
import { categoryName, markerLabel } from './describe-map.ts';
import type { MapModel } from './map-model.ts';
import { sourceRef, type ArticleRef } from './map-sources.ts';

export interface ClientSource {
  /** Link text. */
  n: string;
  /** Resolved URL (internal paths already carry the site's base). */
  h: string;
  /** The words relied on. */
  q?: string;
}

export interface ClientState {
  /** Category: a controller id or "contested". */
  c: string;
  /** Since (short date). */
  s: string;
  /** Date of the last report (short date). */
  a: string;
  /** The last report is older than the map's date. */
  f: boolean;
  /** Sources disagree about the holder (drawn for the more reliable); omitted when they agree. */
  d?: true;
  /** Contested: the forces fighting for the place (labels). */
  x?: string[];
  /** Each observation of the last report: [controller label, source index]. */
  o: [string, number][];
}

export interface ClientMapData {
  dates: { date: string; label: string; long: string; short: string; title: string; desc: string; status: string }[];
  /** Category id → label. */
  labels: Record<string, string>;
  /**
   * Per place: its marker's position (% of the map's width and height from the
   * top left), its state on each date (null: no report yet) and its marker's
   * accessible name on each date.
   */
  places: { id: string; name: string; x: string; y: string; states: (ClientState | null)[]; labels: string[] }[];
  sources: ClientSource[];
}

export function clientMapData(
  model: MapModel,
  description: MapDescription,
  controllers: readonly Controller[],
  articles: readonly ArticleRef[],
  resolveHref: (path: string) => string,
): ClientMapData {
  const sources: ClientSource[] = [];
  const index = new Map<string, number>();
  const sourceIndex = (ref: ReturnType<typeof sourceRef>): number => {
    let i = index.get(ref.key);
    if (i === undefined) {
      i = sources.length;
      index.set(ref.key, i);
      sources.push({ n: ref.name, h: ref.internal ? resolveHref(ref.href) : ref.href, ...(ref.quote ? { q: ref.quote } : {}) });
    }
    return i;
  };
  const percent = (v: number, of: number) => `${((v / of) * 100).toFixed(2)}%`;
  const places = model.places.map((p) => ({
    id: p.id,
    name: p.name,
    x: percent(p.x, model.width),
    y: percent(p.y, model.height),
    states: model.layers.map((layer): ClientState | null => {
      const state = layer.states.get(p.id);
      if (!state) return null;
      return {
        c: state.category,
        s: formatShortDate(state.since),
        a: formatShortDate(state.asOf),
        f: state.carriedForward,
        ...(state.disputed ? { d: true as const } : {}),
        ...(state.category === 'contested' ? { x: state.controllers.map((c) => categoryName(c, controllers)) } : {}),
        o: state.observations.map((o) => [categoryName(o.controller, controllers), sourceIndex(sourceRef(o.source, articles))]),
      };
    }),
    labels: model.layers.map((layer) => markerLabel(p.name, layer.states.get(p.id), controllers, layer.date)),
  }));
  const labels = Object.fromEntries(controllers.map((c) => [c.id, c.label]));
  const dates = description.dates.map((d) => ({ ...d, long: formatLongDate(d.date), short: formatShortDate(d.date) }));
  return { dates, labels, places, sources };
}

/**
 * JSON safe to put inside a <script> element: "<" is escaped so no
 * "</script>" can close it early. The data file is written this way, so the
 * offline export can put it in a page as it is (src/lib/offline/export-page.ts).
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
