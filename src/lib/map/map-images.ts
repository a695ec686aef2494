// A front-line map on the site's pages, as image files rather than inline SVG
// (issue 14): an explainer with several maps stays small, each map loads when
// the reader scrolls to it, and the browser caches what pages share. A map is
// three transparent images stacked in the same frame, as the inline SVG was
// layered:
//   under   sea, neighbours and Syria's land             one per view
//   layer   the control areas and front line of a date   one per date (and highlighted party)
//   over    borders, rivers, roads, towns, labels, scale one per view (its towns are those of every date)
// so stepping through the dates swaps the layer alone, and the same files,
// drawn small, are the small multiples; each part carries the style rules of
// what it draws (map-image-style.ts). Each file is
// named by its contents (src/lib/build/emitted-files.ts) and made once per
// build however many pages show it.
import type { Controller } from '../../schemas/control.ts';
import { emitFile } from '../build/emitted-files.ts';
import { MAP_IMAGE_STYLES, type MapImagePart } from './map-image-style.ts';
import type { MapModel } from './map-model.ts';
import { patternDefs } from './map-patterns.ts';
import { layerMarkup, overBordersMarkup, topMarkup, underMarkup } from './render-map-svg.ts';
import { el } from './svg-markup.ts';

export interface MapImages {
  /** The frame, in CSS pixels at full size: every part has it. */
  width: number;
  height: number;
  /** Paths inside the site, no leading slash (pass them through href()). */
  under: string;
  over: string;
  /** The areas of the model's date number `index`. */
  layer(index: number): string;
}

/** Ids inside an image file are its own: every file can use the same. */
const UID = 'fm';

function imageSvg(model: MapModel, part: MapImagePart, ...children: string[]): string {
  const { width, height } = model;
  return el('svg', { xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${width} ${height}`, width, height }, el('style', {}, MAP_IMAGE_STYLES[part]), ...children);
}

export function underSvg(model: MapModel): string {
  return imageSvg(model, 'under', ...underMarkup(model, el('path', { class: 'fm-syria', d: model.base.syria })));
}

export function overSvg(model: MapModel): string {
  return imageSvg(model, 'over', ...overBordersMarkup(model, el('path', { class: 'fm-border', d: model.base.syria })), ...topMarkup(model));
}

export function layerSvg(model: MapModel, index: number, controllers: readonly Controller[], highlight?: string): string {
  const layer = model.layers[index];
  if (!layer) throw new Error(`map ${model.view.id}: no date number ${index}`);
  const used = controllers.filter((c) => layer.areas.some((a) => a.category === c.id) && (!highlight || c.id === highlight));
  const options = { uid: UID, controllers, ...(highlight ? { highlight } : {}) };
  return imageSvg(model, 'layer', el('defs', {}, patternDefs(UID, used)), layerMarkup(layer, options, model.places));
}

const made = new WeakMap<MapModel, Map<string, MapImages>>();

/** The image files of a model, shown plain or with one party highlighted; each file is registered for the build when first asked for. */
export function mapImages(model: MapModel, controllers: readonly Controller[], highlight?: string): MapImages {
  let byHighlight = made.get(model);
  if (!byHighlight) made.set(model, (byHighlight = new Map()));
  const key = highlight ?? '';
  let images = byHighlight.get(key);
  if (!images) {
    const view = model.view.id;
    const layers = new Map<number, string>();
    images = {
      width: model.width,
      height: model.height,
      under: emitFile(`fm-${view}-under`, 'svg', underSvg(model)),
      over: emitFile(`fm-${view}-over`, 'svg', overSvg(model)),
      layer(index) {
        let path = layers.get(index);
        if (path === undefined) {
          const date = model.layers[index]?.date ?? '';
          path = emitFile(`fm-${view}-${date}${highlight ? `-${highlight}` : ''}`, 'svg', layerSvg(model, index, controllers, highlight));
          layers.set(index, path);
        }
        return path;
      },
    };
    byHighlight.set(key, images);
  }
  return images;
}
