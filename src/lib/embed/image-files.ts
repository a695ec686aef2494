// The downloadable image of an embed, as SVG text (the PNG is rasterised from
// it): the map of the embed's date, or the chart, with its heading, key,
// credit and source printed on it. Memoised per embed and site, since the
// oEmbed response needs the PNG's size too.
import { formatLongDate } from '../format/date.ts';
import { citationPath } from '../explain/citations.ts';
import { describeMap } from '../map/describe-map.ts';
import type { MapData } from '../map/map-data.ts';
import { site } from '../site/meta.ts';
import type { ChartEmbed, MapEmbed } from './embed-catalog.ts';
import { embedSlug, mapCsvPath } from './embed-routes.ts';
import { PNG_SCALE } from './png-scale.ts';
import { GEODATA_CREDIT } from './reuse-terms.ts';
import { chartImageSvg, mapImageSvg } from './standalone-svg.ts';

export type Absolute = (path: string) => string;

const cache = new Map<string, string>();

function memo(key: string, make: () => string): string {
  let svg = cache.get(key);
  if (svg === undefined) cache.set(key, (svg = make()));
  return svg;
}

export function mapEmbedImage(embed: MapEmbed, data: MapData, absolute: Absolute): string {
  return memo(`${embedSlug(embed.ref)}|${absolute('/')}`, () => {
    const { model, layerIndex: i, view } = embed;
    const { controllers } = data.control;
    const party = embed.ref.party;
    const text = describeMap(model, { controllers, ...(party ? { highlight: party } : {}) }).dates[i]!;
    return mapImageSvg({
      model,
      layerIndex: i,
      controllers,
      ...(party ? { highlight: party } : {}),
      heading: embed.heading,
      dateLine: `${formatLongDate(embed.date)}: ${model.layers[i]!.label}`,
      title: text.title,
      desc: text.desc,
      credit: [
        `Map: ${site.name}, ${absolute(`/maps/`)}#fm-${view.id}. The source of every town's status: ${absolute(mapCsvPath(view.id))}`,
        GEODATA_CREDIT,
      ],
    });
  });
}

export function chartEmbedImage(embed: ChartEmbed, absolute: Absolute): string {
  return memo(`${embedSlug(embed.ref)}|${absolute('/')}`, () => {
    const p = embed.chart.props;
    return chartImageSvg({
      title: p.title,
      bars: p.bars,
      total: p.total,
      totalCounts: p.totalCounts,
      credit: [
        `Source: “${p.sentence}” (${p.label}, ${absolute(citationPath(p.to))})`,
        `Chart: ${site.name}, ${absolute(`/explainers/${embed.chart.explainer}/`)}`,
      ],
    });
  });
}

/** Pixel size of the PNG rasterised from an image SVG (its width and height attributes × the PNG scale). */
export function pngSize(svg: string): { width: number; height: number } {
  const open = /^<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\swidth="([\d.]+)"/.exec(open)?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(open)?.[1]);
  if (!(width > 0 && height > 0)) throw new Error('image SVG: no width and height on the root element');
  return { width: Math.round(width * PNG_SCALE), height: Math.round(height * PNG_SCALE) };
}
