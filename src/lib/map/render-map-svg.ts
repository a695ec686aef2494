// The SVG markup of a front-line map, from a render model: whole, as the embed
// pages and the downloads show it inline (mainSvg), and in the pieces the
// site's map image files are made of (map-images.ts). In a whole map the base
// geometry (sea, neighbours, Syria, governorates) is defined in <defs> (ids
// "fm-base-<view>-…") and drawn under and over the date layer with <use>, so
// the outline is written once.
// Colours that depend on the theme are CSS classes (src/styles/map.css);
// category fills are attributes, because they are the data.
import type { Controller } from '../../schemas/control.ts';
import { categoryFill, patternDefs } from './map-patterns.ts';
import type { DateLayer, MapModel, MapPlace, MapText } from './map-model.ts';
import { LABEL_SIZES } from './map-model.ts';
import { el, formatNumber, text } from './svg-markup.ts';

export interface SvgOptions {
  /** Prefix of every id in the map, unique on the page. */
  uid: string;
  controllers: readonly Controller[];
  /** Show this controller's areas strongly and the others muted. */
  highlight?: string;
  /** Define the view's base geometry in this map's <defs> (false: another map on the page does). Default true. */
  defineBase?: boolean;
}

/** Id of a part of a view's base geometry, shared by every map of that view on a page. */
export const baseId = (view: string, part: 'u' | 'o' | 'sy') => `fm-base-${view}-${part}`;

/** Thinly held land (far from every reported town) is veiled in white at this opacity: a light tint of its holder. Attributes, so downloads keep it. */
export const THIN_VEIL = { fill: '#ffffff', 'fill-opacity': '0.6' } as const;

/** Radius of the ring marking a disputed town, around its marker. */
export const DISPUTED_RING_RADIUS = 7;

/** The areas and front lines of one date. */
export function layerMarkup(layer: DateLayer, options: SvgOptions, places: readonly MapPlace[] = []): string {
  const areas = layer.areas.map((a) => {
    const controller = options.controllers.find((c) => c.id === a.category);
    const muted = options.highlight !== undefined && a.category !== options.highlight;
    if (!controller) throw new Error(`map: category "${a.category}" is not in content/control/controllers.json`);
    return el('path', { class: muted ? 'fm-area fm-muted' : 'fm-area', 'data-c': a.category, fill: muted ? undefined : categoryFill(options.uid, controller), d: a.d });
  });
  const thin = layer.thin !== '' ? el('path', { class: 'fm-thin', ...THIN_VEIL, d: layer.thin }) : '';
  const front = layer.front !== '' ? el('path', { class: 'fm-front', d: layer.front }) : '';
  // A ring around a town whose sources disagree on the date (its marker, drawn above, sits inside it).
  const rings = places
    .filter((p) => layer.states.get(p.id)?.disputed)
    .map((p) => el('circle', { class: 'fm-disputed', cx: p.x, cy: p.y, r: DISPUTED_RING_RADIUS }));
  return el('g', { class: 'fm-layer', 'data-date': layer.date }, ...areas, thin, front, ...rings);
}

function textMarkup(t: MapText): string {
  return el(
    'text',
    { class: `fm-t fm-${t.kind}`, x: t.x, y: t.y, 'font-size': t.fontSize, 'text-anchor': t.anchor === 'start' ? undefined : t.anchor },
    text(t.text),
  );
}

/** Sea, neighbouring land and Syria's fill: what lies under the control areas. */
export function underMarkup(model: MapModel, syria: string): string[] {
  const { width, height, base } = model;
  return [el('rect', { class: 'fm-sea', width, height }), base.neighbours && el('path', { class: 'fm-land', d: base.neighbours }), syria];
}

/** Governorate borders and Syria's border: what is drawn over the control areas. */
export function overBordersMarkup(model: MapModel, syria: string): string[] {
  return [model.base.governorates && el('path', { class: 'fm-gov', d: model.base.governorates }), syria];
}

/** Rivers, highways, town dots, place labels in both sizes and the scale bar: the top of the map. */
export function topMarkup(model: MapModel): string[] {
  const { base } = model;
  const lines = el(
    'g',
    { class: 'fm-lines' },
    ...base.rivers.map((r) => el('path', { class: 'fm-river', 'data-id': r.id, d: r.d })),
    ...base.highways.map((h) => el('path', { class: 'fm-road', 'data-id': h.id, d: h.d })),
  );
  const dots = el(
    'g',
    { class: 'fm-dots' },
    ...model.places.map((p) =>
      el('circle', { class: p.priority >= 8 ? 'fm-dot fm-dot-major' : 'fm-dot', 'data-place': p.id, cx: p.x, cy: p.y, r: LABEL_SIZES.wide.markerRadius }),
    ),
  );
  const scale = el(
    'g',
    { class: 'fm-scale', transform: `translate(${formatNumber(model.scale.x)} ${formatNumber(model.scale.y)})` },
    el('path', { d: `M0 -4V0H${formatNumber(model.scale.width)}V-4` }),
    el('text', { class: 'fm-t', y: -7 }, text(model.scale.label)),
  );
  return [
    lines,
    dots,
    el('g', { class: 'fm-labels fm-wide' }, ...model.labels.wide.map(textMarkup)),
    el('g', { class: 'fm-labels fm-narrow' }, ...model.labels.narrow.map(textMarkup)),
    scale,
  ];
}

/** The categories a map draws, in legend order: those of its model, or the highlighted one alone. */
export function usedControllers(model: MapModel, controllers: readonly Controller[], highlight?: string): Controller[] {
  return controllers.filter((c) => model.categories.includes(c.id) && (!highlight || c.id === highlight));
}

export function mainSvg(model: MapModel, layerIndex: number, title: string, desc: string, options: SvgOptions): string {
  const { uid } = options;
  const { width, height, base } = model;
  const layer = model.layers[layerIndex];
  if (!layer) throw new Error(`map ${model.view.id}: no date number ${layerIndex}`);
  const used = usedControllers(model, options.controllers, options.highlight);
  const b = (part: 'u' | 'o' | 'sy') => baseId(model.view.id, part);
  const baseDefs =
    options.defineBase === false
      ? ''
      : el('path', { id: b('sy'), d: base.syria }) +
        el('g', { id: b('u') }, ...underMarkup(model, el('use', { href: `#${b('sy')}`, class: 'fm-syria' }))) +
        el('g', { id: b('o') }, ...overBordersMarkup(model, el('use', { href: `#${b('sy')}`, class: 'fm-border' })));
  const defs = el('defs', {}, patternDefs(uid, used), baseDefs);
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      class: 'fm-svg',
      viewBox: `0 0 ${width} ${height}`,
      role: 'img',
      'aria-labelledby': `${uid}-t ${uid}-d`,
      'data-map-main': true,
    },
    el('title', { id: `${uid}-t` }, text(title)),
    el('desc', { id: `${uid}-d` }, text(desc)),
    defs,
    el('use', { href: `#${b('u')}` }),
    layerMarkup(layer, options, model.places),
    el('use', { href: `#${b('o')}` }),
    ...topMarkup(model),
  );
}
