// The downloads offered under each map and chart, written at build time:
//   map-<view>[-<party>]-<date>.svg|png   the map of a date as an image
//   map-<view>.csv                         every place and report on the view, all dates
//   control-areas-<date>.geo.json          the control areas and places of a date (GeoJSON)
//   chart-<explainer>-<id>.svg|png|csv     a chart and its numbers
// Each carries its terms and sources (printed on the image, "#" lines of the
// CSV, "metadata" of the GeoJSON). File names: src/lib/embed/embed-routes.ts.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { loadMapData } from '../../lib/map/map-data.ts';
import { loadChartCatalog } from '../../lib/embed/chart-catalog.ts';
import { chartCsv } from '../../lib/embed/chart-csv.ts';
import { chartEmbeds, mapEmbeds, type ChartEmbed, type MapEmbed } from '../../lib/embed/embed-catalog.ts';
import { chartFilePath, controlGeoJsonPath, mapCsvPath, mapImagePath } from '../../lib/embed/embed-routes.ts';
import { controlGeoJson } from '../../lib/embed/control-geojson.ts';
import { chartEmbedImage, mapEmbedImage } from '../../lib/embed/image-files.ts';
import { mapCsv } from '../../lib/embed/map-csv.ts';
import { articleRef } from '../../lib/map/map-sources.ts';
import { cachedPng } from '../../lib/embed/png-cache.ts';
import { absoluteUrl } from '../../lib/embed/site-snippet.ts';

type Download =
  | { kind: 'map-image'; embed: MapEmbed; format: 'svg' | 'png' }
  | { kind: 'map-csv'; embed: MapEmbed }
  | { kind: 'geojson'; date: string; label: string }
  | { kind: 'chart-image'; embed: ChartEmbed; format: 'svg' | 'png' }
  | { kind: 'chart-csv'; embed: ChartEmbed };

const file = (path: string) => path.replace(/^\/downloads\//, '');

export const getStaticPaths = (() => {
  const data = loadMapData();
  const maps = mapEmbeds(data);
  const downloads: { path: string; download: Download }[] = [];
  for (const embed of maps) {
    const { ref } = embed;
    // The latest-date embed draws the same map as the latest pinned one: one file for both.
    if (ref.date || ref.party) {
      for (const format of ['svg', 'png'] as const) {
        downloads.push({ path: mapImagePath(ref.view, embed.date, format, ref.party), download: { kind: 'map-image', embed, format } });
      }
    } else {
      downloads.push({ path: mapCsvPath(ref.view), download: { kind: 'map-csv', embed } });
    }
  }
  for (const d of data.control.dates) downloads.push({ path: controlGeoJsonPath(d.date), download: { kind: 'geojson', date: d.date, label: d.label } });
  for (const embed of chartEmbeds(loadChartCatalog())) {
    const { explainer, chart } = embed.ref;
    for (const format of ['svg', 'png'] as const) downloads.push({ path: chartFilePath(explainer, chart, format), download: { kind: 'chart-image', embed, format } });
    downloads.push({ path: chartFilePath(explainer, chart, 'csv'), download: { kind: 'chart-csv', embed } });
  }
  return downloads.map(({ path, download }) => ({ params: { file: file(path) }, props: { download } }));
}) satisfies GetStaticPaths;

const TYPES = {
  svg: 'image/svg+xml',
  png: 'image/png',
  csv: 'text/csv; charset=utf-8',
  geojson: 'application/geo+json',
} as const;

export const GET: APIRoute = async ({ props, site }) => {
  const { download } = props as { download: Download };
  const absolute = (path: string) => absoluteUrl(path, site);
  const data = loadMapData();
  const respond = (body: string | Uint8Array, type: keyof typeof TYPES) =>
    new Response(body as BodyInit, { headers: { 'content-type': TYPES[type] } });
  const articles = async () =>
    (await getCollection('articles')).map((e) => articleRef(e.data));
  switch (download.kind) {
    case 'map-image':
    case 'chart-image': {
      const svg = download.kind === 'map-image' ? mapEmbedImage(download.embed, data, absolute) : chartEmbedImage(download.embed, absolute);
      return download.format === 'svg' ? respond(svg, 'svg') : respond(await cachedPng(svg), 'png');
    }
    case 'map-csv': {
      const { model, view } = download.embed;
      const csv = mapCsv({
        model,
        controllers: data.control.controllers,
        places: data.control.places,
        articles: await articles(),
        pageUrl: `${absolute('/maps/')}#fm-${view.id}`,
        absolute,
      });
      return respond(csv, 'csv');
    }
    case 'geojson': {
      const geojson = controlGeoJson({
        map: data.controlMap(download.date),
        label: download.label,
        changed: data.control.dates.find((d) => d.date === download.date)!.changed,
        controllers: data.control.controllers,
        places: data.control.places,
        articles: await articles(),
        pageUrl: absolute('/maps/'),
        absolute,
      });
      return respond(`${JSON.stringify(geojson)}\n`, 'geojson');
    }
    case 'chart-csv':
      return respond(chartCsv(download.embed.chart, absolute), 'csv');
  }
};
