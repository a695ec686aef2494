// The oEmbed responses, one static JSON file per embed
// (/oembed/map/syria.json, /oembed/map/syria/2024-12-05.json,
// /oembed/chart/<explainer>/<chart>.json): type "rich", html = the same
// snippet as the Embed box, a PNG of the embed as thumbnail.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadMapData } from '../../lib/map/map-data.ts';
import { formatLongDate } from '../../lib/format/date.ts';
import { loadChartCatalog } from '../../lib/embed/chart-catalog.ts';
import { chartEmbeds, EMBED_WIDTH, mapEmbeds, type ChartEmbed, type MapEmbed } from '../../lib/embed/embed-catalog.ts';
import { chartFilePath, embedPath, mapImagePath, oembedPath } from '../../lib/embed/embed-routes.ts';
import { oembedResponse } from '../../lib/embed/oembed.ts';
import { absoluteUrl, siteSnippet } from '../../lib/embed/site-snippet.ts';
import { chartEmbedImage, mapEmbedImage, pngSize } from '../../lib/embed/image-files.ts';
import { site } from '../../lib/site/meta.ts';

export const getStaticPaths = (() => {
  const embeds: (MapEmbed | ChartEmbed)[] = [...mapEmbeds(loadMapData()), ...chartEmbeds(loadChartCatalog())];
  return embeds.map((embed) => ({ params: { path: oembedPath(embed.ref).replace(/^\/oembed\//, '') }, props: { embed } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site: siteUrl }) => {
  const embed = (props as { embed: MapEmbed | ChartEmbed }).embed;
  const ref = embed.ref;
  const thumbnail =
    ref.kind === 'chart' ? chartFilePath(ref.explainer, ref.chart, 'png') : mapImagePath(ref.view, (embed as MapEmbed).date, 'png', ref.party);
  const absolute = (path: string) => absoluteUrl(path, siteUrl);
  const size = pngSize(embed.ref.kind === 'chart' ? chartEmbedImage(embed as ChartEmbed, absolute) : mapEmbedImage(embed as MapEmbed, loadMapData(), absolute));
  const title = ref.kind === 'map' ? `${embed.heading}, ${formatLongDate((embed as MapEmbed).date)}` : embed.heading;
  const body = oembedResponse(
    {
      title,
      html: siteSnippet({ ref, title: embed.iframeTitle, height: embed.height, site: siteUrl }),
      width: EMBED_WIDTH,
      height: embed.height,
      provider_name: site.name,
      provider_url: absoluteUrl('/', siteUrl),
      author_name: site.name,
      author_url: absoluteUrl(ref.kind === 'chart' ? `/explainers/${ref.explainer}/` : '/maps/', siteUrl),
      thumbnail_url: absoluteUrl(thumbnail, siteUrl),
      thumbnail_width: size.width,
      thumbnail_height: size.height,
    },
    `oEmbed for ${embedPath(ref)}`,
  );
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'content-type': 'application/json+oembed' } });
};
