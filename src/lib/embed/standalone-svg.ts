// Downloadable images: a map of one date or a chart as a self-contained SVG
// file (its own style sheet in light colours, no page CSS), with a heading,
// the date, a key, the "approximate" note and the credit printed on the image,
// so it still says what it is and where it comes from once it travels on
// without our page. The PNG is this SVG rasterised (rasterize-png.ts).
import type { Controller } from '../../schemas/control.ts';
import { categoryFill } from '../map/map-patterns.ts';
import type { MapModel } from '../map/map-model.ts';
import { mainSvg } from '../map/render-map-svg.ts';
import { el, text } from '../map/svg-markup.ts';
import { barChartBody, barChartDescription, barChartSize, CHART_WIDTH, type ChartBar } from './bar-chart-svg.ts';
import { APPROXIMATE_NOTE } from './reuse-terms.ts';

/** Fonts the rasteriser finds on Debian (fonts-liberation, fonts-dejavu) before the generic family. */
export const IMAGE_FONTS = "'Liberation Sans', 'DejaVu Sans', Arial, Helvetica, sans-serif";

// The light theme of src/styles/map.css and the chart's explainer.css, as fixed values.
const STYLE = `
svg { font-family: ${IMAGE_FONTS}; }
.bg { fill: #ffffff; }
.h { font-size: 20px; font-weight: 700; fill: #1a1a1a; }
.sub { font-size: 14px; fill: #1a1a1a; }
.key { font-size: 12px; fill: #1a1a1a; }
.foot { font-size: 11px; fill: #555555; }
.fm-sea { fill: #d9e6ef; }
.fm-land { fill: #efeee9; stroke: #a9a69d; stroke-width: 0.8; stroke-linejoin: round; }
.fm-syria { fill: #ffffff; }
.fm-border { fill: none; stroke: #222222; stroke-width: 1.4; stroke-linejoin: round; }
.fm-gov { fill: none; stroke: rgba(0,0,0,0.38); stroke-width: 0.7; stroke-dasharray: 3 2; }
.fm-area { stroke: none; }
.fm-muted { fill: #d5d5d2; }
.fm-front { fill: none; stroke: #000000; stroke-width: 2.4; stroke-linejoin: round; stroke-linecap: round; }
.fm-river { fill: none; stroke: #3f7fb5; stroke-width: 1.6; stroke-linejoin: round; }
.fm-road { fill: none; stroke: #222222; stroke-width: 1.6; stroke-dasharray: 6 3; stroke-linejoin: round; }
.fm-dot { fill: #ffffff; stroke: #000000; stroke-width: 1.3; }
.fm-disputed { fill: none; stroke: #000000; stroke-width: 1.6; stroke-dasharray: 2.5 1.5; }
.fm-t { fill: #1a1a1a; paint-order: stroke; stroke: #ffffff; stroke-width: 3px; stroke-linejoin: round; }
.fm-major { font-weight: 700; }
.fm-country { fill: #555555; letter-spacing: 0.12em; font-weight: 600; stroke-width: 0; }
.fm-line { font-style: italic; }
.fm-scale path { fill: none; stroke: #1a1a1a; stroke-width: 1.5; }
.fm-scale text { font-size: 11px; }
.fm-narrow { display: none; }
.bc-label { fill: #1a1a1a; font-size: 14px; }
.bc-bar { fill: #0b5cad; }
.bc-value { fill: #1a1a1a; font-size: 14px; font-weight: 700; }
.bc-value.bc-inside { fill: #ffffff; }
`.trim();

/** A word longer than a line (a URL) in pieces of at most `max` characters, cut after a "/" where one is near. */
function breakWord(word: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = word;
  while (rest.length > max) {
    const slash = rest.lastIndexOf('/', max - 1);
    const cut = slash >= max / 2 ? slash + 1 : max;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  return rest ? [...pieces, rest] : pieces;
}

/** Splits text into lines of at most `max` characters at spaces; a longer word (a URL) is cut, after a "/" where it can be. */
export function wrapText(value: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of value.split(/\s+/).filter(Boolean).flatMap((w) => breakWord(w, max))) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Characters of `fontSize` px text that fit in `width` px, estimated for a sans-serif face. */
const fits = (width: number, fontSize: number) => Math.floor(width / (fontSize * 0.56));

function lines(values: readonly string[], x: number, y: number, step: number, cls: string): string {
  return values.map((v, i) => el('text', { class: cls, x, y: y + i * step }, text(v))).join('');
}

interface KeyItem {
  fill?: string;
  line?: string;
  label: string;
}

/** Key items flowed into rows across the width; returns the markup and its height. */
function keyRows(items: readonly KeyItem[], x0: number, y0: number, width: number): { markup: string; height: number } {
  const ROW = 20;
  let x = x0;
  let y = y0;
  const parts: string[] = [];
  for (const item of items) {
    const w = 26 + item.label.length * 12 * 0.56 + 18;
    if (x > x0 && x + w > x0 + width) {
      x = x0;
      y += ROW;
    }
    parts.push(
      item.fill
        ? el('rect', { x, y: y - 10, width: 20, height: 13, fill: item.fill, stroke: '#555555', 'stroke-width': 0.8 })
        : el('path', { class: item.line, d: `M${x} ${y - 3.5}h20` }),
      el('text', { class: 'key', x: x + 26, y }, text(item.label)),
    );
    x += w;
  }
  return { markup: parts.join(''), height: y - y0 + ROW };
}

export interface MapImageInput {
  model: MapModel;
  layerIndex: number;
  controllers: readonly Controller[];
  highlight?: string;
  /** Heading printed on the image. */
  heading: string;
  /** "5 December 2024: Hama captured" */
  dateLine: string;
  /** The SVG's <title> and <desc> (from describeMap). */
  title: string;
  desc: string;
  /** Credit lines printed at the foot (site, page URL, geodata). */
  credit: readonly string[];
}

export function mapImageSvg(input: MapImageInput): string {
  const { model, controllers, highlight } = input;
  const uid = 'img';
  const W = model.width;
  const M = 16;
  const headH = 64;
  const map = mainSvg(model, input.layerIndex, input.title, input.desc, { uid, controllers, ...(highlight ? { highlight } : {}) });
  if (!map.startsWith('<svg ')) throw new Error('map image: the map markup does not start with <svg');
  // A file must be well-formed XML: the page's bare marker attribute goes.
  const placed = map.replace(' data-map-main', '').replace('<svg ', `<svg x="0" y="${headH}" width="${W}" height="${model.height}" `);
  const shown = controllers.filter((c) => model.categories.includes(c.id) && (!highlight || c.id === highlight));
  const items: KeyItem[] = [
    ...shown.map((c) => ({ fill: categoryFill(uid, c), label: c.label })),
    ...(highlight ? [{ fill: '#d5d5d2', label: 'Other forces' }] : []),
    { line: 'fm-front', label: 'Front line' },
    ...(model.base.highways.length > 0 ? [{ line: 'fm-road', label: 'Highway (schematic)' }] : []),
  ];
  const keyTop = headH + model.height + 22;
  const key = keyRows(items, M, keyTop, W - 2 * M);
  const foot = [...wrapText(APPROXIMATE_NOTE, fits(W - 2 * M, 11)), ...input.credit.flatMap((c) => wrapText(c, fits(W - 2 * M, 11)))];
  const footTop = keyTop + key.height + 4;
  const H = footTop + foot.length * 15 + 8;
  return el(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', width: W, height: H, viewBox: `0 0 ${W} ${H}` },
    el('style', {}, STYLE),
    el('rect', { class: 'bg', width: W, height: H }),
    el('text', { class: 'h', x: M, y: 28 }, text(input.heading)),
    el('text', { class: 'sub', x: M, y: 50 }, text(input.dateLine)),
    placed,
    key.markup,
    lines(foot, M, footTop + 10, 15, 'foot'),
  );
}

export interface ChartImageInput {
  title: string;
  bars: readonly ChartBar[];
  total: string;
  totalCounts: string;
  /** "Source: DW, 1 December 2024, paragraph 4" and the like, and the credit. */
  credit: readonly string[];
}

export function chartImageSvg(input: ChartImageInput): string {
  const M = 20;
  const W = CHART_WIDTH + 2 * M + 120;
  const chart = barChartSize(input.bars);
  const headH = 58;
  const foot = input.credit.flatMap((c) => wrapText(c, fits(W - 2 * M, 11)));
  const footTop = headH + chart.height + 16;
  const H = footTop + foot.length * 15 + 8;
  return el(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', width: W, height: H, viewBox: `0 0 ${W} ${H}`, role: 'img' },
    el('title', {}, text(input.title)),
    el('desc', {}, text(barChartDescription(input))),
    el('style', {}, STYLE),
    el('rect', { class: 'bg', width: W, height: H }),
    el('text', { class: 'h', x: M, y: 28 }, text(input.title)),
    el('text', { class: 'sub', x: M, y: 48 }, text(`Total ${input.totalCounts}: ${input.total}`)),
    el('g', { transform: `translate(${M} ${headH})` }, barChartBody(input.bars)),
    lines(foot, M, footTop + 10, 15, 'foot'),
  );
}
