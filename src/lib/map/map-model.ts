// The render model of a front-line map: everything the SVG shows, in pixels of
// the view's frame, computed at build time from the geodata, the control data
// and a view. Pure (no DOM, no Astro) and deterministic. Models are memoised
// per view and dates (a highlight only changes the rendering): several maps of
// a page and many pages share them; and within them a view's frame and base
// geometry, and each date's simplified areas, are made once per view and date.
import { geoBounds, type GeoPermissibleObjects } from 'd3';
import type { Feature, MultiLineString, MultiPoint, Position } from 'geojson';
import { highwayLine } from '../geo/control-data.ts';
import type { PlaceControl } from '../geo/control-state.ts';
import { KM_PER_DEGREE } from '../geo/planar-projection.ts';
import { placeLabels, type Box, type LabelRequest, type PlacedLabel } from './label-placement.ts';
import type { MapData } from './map-data.ts';
import { fitProjection, pixelsPerKm } from './projection.ts';
import { placeRegionLabels } from './region-labels.ts';
import { scaleBar } from './scale-bar.ts';
import { compactPathData } from './compact-path-data.ts';
import { internalBorders } from './internal-borders.ts';
import { pathMaker } from './svg-path.ts';
import { simplifiedLayer } from './simplify-areas.ts';
import type { MapView } from './views.ts';

/** Two sets of text sizes: "wide" for maps shown large, "narrow" for phones (CSS picks one by the map's width). */
export const LABEL_SIZES = {
  wide: { major: 13, minor: 11.5, line: 11, country: 11, markerRadius: 3.5 },
  narrow: { major: 25, minor: 21, line: 19, country: 17, markerRadius: 6 },
} as const;
export type LabelSize = keyof typeof LABEL_SIZES;

export interface MapArea {
  category: string;
  d: string;
}

export interface DateLayer {
  date: string;
  /** Caption of the date from content/control/dates.json. */
  label: string;
  /** When the date's data last changed (content/control/dates.json). */
  changed: string;
  /** One path per category (held and thinly held land), in legend order. */
  areas: MapArea[];
  /** All thinly held land (far from every reported town), drawn as a light veil over the fills ('' when none). */
  thin: string;
  /** All front lines of the date as one path ('' when there is none). */
  front: string;
  /** State of every observed place on the date. */
  states: Map<string, PlaceControl>;
}

export interface MapPlace {
  id: string;
  name: string;
  x: number;
  y: number;
  /** Label priority from the view; 0 when the place is a marker only. */
  priority: number;
}

/** A placed label (label-placement.ts) and what it names, which sets its style. */
export interface MapText extends Omit<PlacedLabel, 'id'> {
  kind: 'city' | 'major' | 'country' | 'sea' | 'line';
}

export interface MapLine {
  id: string;
  name: string;
  d: string;
}

export interface MapModel {
  view: MapView;
  width: number;
  height: number;
  base: {
    neighbours: string;
    syria: string;
    governorates: string;
    rivers: MapLine[];
    highways: MapLine[];
  };
  layers: DateLayer[];
  /** Town markers shown on the map, north to south: those of every map date of the view, whichever are shown. */
  places: MapPlace[];
  /** Every labelled place, or place observed on a shown date, inside the frame, markers or not (for the table, the text and the sources). */
  inFrame: MapPlace[];
  labels: Record<LabelSize, MapText[]>;
  scale: { x: number; y: number; width: number; label: string };
  /** Categories drawn on any date, in legend order (controllers.json order). */
  categories: string[];
}

function focusOf(view: MapView, data: MapData): GeoPermissibleObjects {
  if (view.focus.kind === 'country') return { type: 'Feature', properties: {}, geometry: data.geo.syria } as Feature;
  const coords = view.focus.places.map((id) => {
    const c = data.control.places.find((p) => p.id === id)?.coordinates;
    if (!c) throw new Error(`map view "${view.id}": focus place "${id}" has no coordinates in content/places.json`);
    return c;
  });
  const [[w, s], [e, n]] = geoBounds({ type: 'MultiPoint', coordinates: coords } as MultiPoint);
  const dLat = view.focus.marginKm / KM_PER_DEGREE;
  const dLon = dLat / Math.cos((((s + n) / 2) * Math.PI) / 180);
  const corners: Position[] = [
    [w - dLon, s - dLat],
    [w - dLon, n + dLat],
    [e + dLon, n + dLat],
    [e + dLon, s - dLat],
  ];
  return { type: 'MultiPoint', coordinates: corners } as MultiPoint;
}

/** Midpoint of the longest stretch of a projected polyline inside the frame (kept off its edges), or null. */
function lineAnchor(
  points: ([number, number] | null)[],
  width: number,
  height: number,
  margin: number,
  skip: (segment: number) => boolean = () => false,
): [number, number] | null {
  let best: [number, number] | null = null;
  let bestLength = 0;
  const ok = (p: [number, number] | null): p is [number, number] =>
    p !== null && p[0] > margin && p[0] < width - margin && p[1] > margin && p[1] < height - margin;
  for (let i = 0; i + 1 < points.length; i++) {
    if (skip(i)) continue;
    const a = points[i] ?? null;
    const b = points[i + 1] ?? null;
    if (!ok(a) || !ok(b)) continue;
    const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (length > bestLength) {
      bestLength = length;
      best = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
    }
  }
  return best;
}

/** What a view's maps share whatever their dates: the projection, its path maker and the base geometry. */
interface ViewFrame {
  projection: ReturnType<typeof fitProjection>;
  path: (object: Parameters<ReturnType<typeof pathMaker>>[0]) => string;
  /** A vertex spanning less than this (square degrees) is dropped when simplifying for this scale. */
  minWeight: number;
  neighbours: MapData['geo']['region']['features'];
  base: MapModel['base'];
}

function buildFrame(data: MapData, view: MapView): ViewFrame {
  const { width, height, padding } = view.frame;
  const projection = fitProjection(focusOf(view, data) as Parameters<typeof fitProjection>[0], { width, height, padding });
  projection.clipExtent([
    [-2, -2],
    [width + 2, height + 2],
  ]);
  // Snapped absolute path data, then written relative and short: the same points in fewer bytes.
  const absolutePath = pathMaker(projection);
  const path = (object: Parameters<typeof absolutePath>[0]) => compactPathData(absolutePath(object));

  // Areas and governorate borders are simplified for this view's scale: a vertex
  // spanning less than two square pixels is dropped (simplify-areas.ts and
  // internal-borders.ts keep shared borders shared).
  const [cx, cy] = projection.invert!([width / 2, height / 2])!;
  const a0 = projection([cx, cy])!;
  const a1 = projection([cx + 0.1, cy + 0.1])!;
  const squarePixelsPerSquareDegree = (Math.abs(a1[0] - a0[0]) * Math.abs(a1[1] - a0[1])) / 0.01;
  const minWeight = 2 / squarePixelsPerSquareDegree;
  const neighbours = data.geo.region.features.filter((f) => f.properties.id !== 'syria');
  const base = {
    neighbours: path({ type: 'FeatureCollection', features: neighbours } as GeoPermissibleObjects),
    syria: path(data.geo.syria),
    // Each border between two governorates once; the country's outline is drawn as `syria`.
    governorates: path(internalBorders(data.geo.governorates as Parameters<typeof internalBorders>[0], minWeight)),
    rivers: data.geo.rivers.features.map((f) => ({ id: f.properties.id, name: f.properties.name, d: path(f.geometry as MultiLineString) })).filter((r) => r.d !== ''),
    highways: data.geo.highways
      .map((h) => ({ id: h.id, name: h.name, d: path({ type: 'LineString', coordinates: highwayLine(h, data.control.places) }) }))
      .filter((h) => h.d !== ''),
  };
  return { projection, path, minWeight, neighbours, base };
}

/** Where a category comes in the legend and in drawing order: controllers.json's order, then anything else. */
function categoryRank(data: MapData): (category: string) => number {
  const order = data.control.controllers.map((c) => c.id);
  return (category) => order.indexOf(category) + 1 || order.length + 1;
}

function buildLayer(data: MapData, frame: ViewFrame, date: string): DateLayer {
  const { path, minWeight } = frame;
  const meta = data.control.dates.find((d) => d.date === date);
  const rank = categoryRank(data);
  const map = data.controlMap(date);
  const simple = simplifiedLayer(map.areas, minWeight);
  const areas = simple.areas
    .map((a) => ({ category: a.category, d: path(a.geometry) }))
    .filter((a) => a.d !== '')
    .sort((a, b) => rank(a.category) - rank(b.category));
  return { date, label: meta?.label ?? date, changed: meta?.changed ?? date, areas, thin: path(simple.thin), front: path(simple.front), states: new Map(map.places.map((p) => [p.place, p])) };
}

/**
 * The frame of each view and the layer of each view and date, made once per
 * data set: the maps of a build show the same view with different dates (the
 * maps page every date, an explainer some, the embeds one), and the geometry
 * of a view or of a date's areas does not depend on which others are shown.
 */
const frames = new WeakMap<MapData, Map<string, ViewFrame>>();
const dateLayers = new WeakMap<MapData, Map<string, DateLayer>>();

function frameOf(data: MapData, view: MapView): ViewFrame {
  let byView = frames.get(data);
  if (!byView) frames.set(data, (byView = new Map()));
  let frame = byView.get(view.id);
  if (!frame) byView.set(view.id, (frame = buildFrame(data, view)));
  return frame;
}

function layerOf(data: MapData, view: MapView, frame: ViewFrame, date: string): DateLayer {
  let byKey = dateLayers.get(data);
  if (!byKey) dateLayers.set(data, (byKey = new Map()));
  const key = `${view.id}|${date}`;
  let layer = byKey.get(key);
  if (!layer) byKey.set(key, (layer = buildLayer(data, frame, date)));
  return layer;
}

function buildModel(data: MapData, view: MapView, dates: readonly string[]): MapModel {
  const { width, height, padding } = view.frame;
  const frame = frameOf(data, view);
  const { projection, base, neighbours } = frame;
  const project = (c: readonly [number, number]): [number, number] | null => {
    const p = projection([c[0], c[1]]);
    return p ? [p[0], p[1]] : null;
  };
  const inFrame = (p: [number, number] | null, margin = 0): p is [number, number] =>
    p !== null && p[0] >= margin && p[0] <= width - margin && p[1] >= margin && p[1] <= height - margin;

  const rank = categoryRank(data);
  const layers: DateLayer[] = [...dates].sort().map((date) => layerOf(data, view, frame, date));
  const categories = [...new Set(layers.flatMap((l) => l.areas.map((a) => a.category)))].sort((a, b) => rank(a) - rank(b));

  // Markers: the labelled places and every place observed on any map date, inside the frame.
  // Every date, not only the shown ones: a view's maps then share one set of towns, so
  // readers compare like with like from map to map, and its top image file is one file
  // for every page (map-images.ts), downloaded once. The table, the description and
  // the sources (inFrame) keep to the places observed on the dates shown.
  // A place whose marker would sit on a more important one's (Aleppo's districts on
  // the map of all Syria) is left to the closer views: one blob of dots helps no one.
  const priority = new Map(view.labels.map((l) => [l.place, l.priority]));
  // Towns known only from a region-wide statement (the baseline of the whole
  // gazetteer) get no marker: a dot is a town some report names.
  const reported = (state: PlaceControl) => state.observations.some((o) => o.basis !== 'region');
  const observedOn = (shown: readonly DateLayer[]) => shown.flatMap((l) => [...l.states.values()].filter(reported).map((s) => s.place));
  const everyDate = data.control.dates.map((d) => layerOf(data, view, frame, d.date));
  const markerIds = new Set([...priority.keys(), ...observedOn(everyDate)]);
  const shownIds = new Set([...priority.keys(), ...observedOn(layers)]);
  const candidates: MapPlace[] = data.control.places
    .filter((p) => markerIds.has(p.id) && p.coordinates)
    .flatMap((p) => {
      const xy = project(p.coordinates!);
      return inFrame(xy, 2) ? [{ id: p.id, name: p.name, x: xy[0], y: xy[1], priority: priority.get(p.id) ?? 0 }] : [];
    })
    .sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : 1));
  const minGap = 2 * LABEL_SIZES.wide.markerRadius + 2;
  const places: MapPlace[] = [];
  for (const p of candidates) if (!places.some((q) => Math.hypot(q.x - p.x, q.y - p.y) < minGap)) places.push(p);
  places.sort((a, b) => a.y - b.y || a.x - b.x || (a.id < b.id ? -1 : 1));

  const px = pixelsPerKm(projection, { width, height, padding });
  const bar = scaleBar(px, Math.min(120, width / 4));
  const scale = { x: padding + 6, y: height - padding - 10, width: bar.width, label: bar.label };
  // Room for the bar and its label at the larger text size.
  const scaleBox: Box = { x0: scale.x - 4, y0: scale.y - 24, x1: scale.x + Math.max(bar.width, 70) + 4, y1: height };

  // Labels are placed in two rounds: the major cities first, where only the
  // labelled towns' markers are in the way; a minor town's marker that a major
  // label then covers is left out of this view. Then every other label, around
  // all markers still shown.
  const labels = {} as Record<LabelSize, MapText[]>;
  const hidden = new Set<string>();
  const markerBox = (p: MapPlace, r: number): Box => ({ x0: p.x - r, y0: p.y - r, x1: p.x + r, y1: p.y + r });
  const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
  for (const size of ['wide', 'narrow'] as const) {
    const s = LABEL_SIZES[size];
    const obstacles: Box[] = [scaleBox];
    const texts: MapText[] = [];
    if (view.countryLabels) {
      const countryWidth = (t: string) => t.length * s.country * 0.72;
      const regions = placeRegionLabels(
        neighbours.map((f) => ({ id: f.properties.id, text: f.properties.name.toUpperCase(), geometry: f.geometry })),
        projection,
        { width, height },
        (t) => ({ width: countryWidth(t) + 8, height: s.country * 1.6 }),
      );
      for (const r of regions) {
        const w = countryWidth(r.text);
        const box = { x0: r.x - w / 2, y0: r.y - s.country * 0.7, x1: r.x + w / 2, y1: r.y + s.country * 0.5 };
        texts.push({ kind: 'country', text: r.text, x: r.x, y: r.y + s.country * 0.35, anchor: 'middle', fontSize: s.country, box });
        obstacles.push(box);
      }
    }
    const request = (p: MapPlace): LabelRequest => ({ id: p.id, x: p.x, y: p.y, text: p.name, priority: p.priority * 10, fontSize: p.priority >= 8 ? s.major : s.minor });
    const majors = places.filter((p) => p.priority >= 8).map(request);
    const labelled = places.filter((p) => p.priority > 0 && p.priority < 8);
    const minor = places.filter((p) => p.priority === 0);
    const firstRound = placeLabels(majors, { width, height }, [...obstacles, ...labelled.map((p) => markerBox(p, s.markerRadius))], { markerRadius: s.markerRadius });
    for (const p of minor) if (firstRound.some((l) => overlaps(l.box, markerBox(p, s.markerRadius)))) hidden.add(p.id);

    const requests: LabelRequest[] = labelled.map(request);
    if (view.lineLabels) {
      // A stretch two highways share (M4 and M5 between Saraqib and Aleppo) is left unlabelled.
      const stretch = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
      const stretches = data.geo.highways.flatMap((h) => h.via.slice(1).map((id, k) => stretch(h.via[k]!, id)));
      const shared = (key: string) => stretches.filter((x) => x === key).length > 1;
      for (const h of data.geo.highways) {
        const skip = (k: number) => shared(stretch(h.via[k]!, h.via[k + 1]!));
        const at = lineAnchor(highwayLine(h, data.control.places).map(project), width, height, 30, skip);
        if (at) requests.push({ id: `line:${h.id}`, x: at[0], y: at[1], text: `${h.name} (schematic)`, priority: 45, fontSize: s.line });
      }
      for (const r of data.geo.rivers.features) {
        if (r.properties.id !== 'euphrates') continue;
        const at = lineAnchor(r.geometry.coordinates.flatMap((line) => line.map((c) => project([c[0]!, c[1]!]))), width, height, 30);
        if (at) requests.push({ id: `line:${r.properties.id}`, x: at[0], y: at[1], text: r.properties.name, priority: 44, fontSize: s.line });
      }
    }
    const secondObstacles = [
      ...obstacles,
      ...firstRound.map((l) => l.box),
      ...places.filter((p) => p.priority >= 8 || (p.priority === 0 && !hidden.has(p.id))).map((p) => markerBox(p, s.markerRadius)),
    ];
    const secondRound = placeLabels(requests, { width, height }, secondObstacles, { markerRadius: s.markerRadius });
    for (const l of [...firstRound, ...secondRound]) {
      const kind = l.id.startsWith('line:') ? 'line' : (priority.get(l.id) ?? 0) >= 8 ? 'major' : 'city';
      texts.push({ kind, text: l.text, x: l.x, y: l.y, anchor: l.anchor, fontSize: l.fontSize, box: l.box });
    }
    labels[size] = texts;
  }
  const shownPlaces = places.filter((p) => !hidden.has(p.id));

  const inFrameSorted = candidates.filter((p) => shownIds.has(p.id)).sort((a, b) => a.y - b.y || a.x - b.x || (a.id < b.id ? -1 : 1));
  return { view, width, height, base, layers, places: shownPlaces, inFrame: inFrameSorted, labels, scale, categories };
}

const models = new WeakMap<MapData, Map<string, MapModel>>();

/** The model of a view for these dates (all map dates when omitted), memoised per data set. */
export function mapModel(data: MapData, view: MapView, dates?: readonly string[]): MapModel {
  const shown = [...(dates ?? data.control.dates.map((d) => d.date))].sort();
  if (shown.length === 0) throw new Error(`map view "${view.id}": no dates to show`);
  for (const d of shown) {
    if (!data.control.dates.some((m) => m.date === d)) throw new Error(`map view "${view.id}": date ${d} is not in content/control/dates.json`);
  }
  const key = `${view.id}|${shown.join(',')}`;
  let cache = models.get(data);
  if (!cache) models.set(data, (cache = new Map()));
  let model = cache.get(key);
  if (!model) cache.set(key, (model = buildModel(data, view, shown)));
  return model;
}

