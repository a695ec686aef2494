// RSS feed of the source articles, each with its original publisher credited.
// The explainers are not items: they are rebuilt from these articles and have
// no publication date of their own.
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getCollection } from 'astro:content';
import { site } from '../lib/site/meta.ts';
import { joinBase } from '../lib/site/href.ts';
import { newestFirst } from '../lib/content/article-order.ts';
import { LOCAL_ORIGIN } from '../lib/site/site-origin.ts';

export async function GET(context: APIContext) {
  const articles = (await getCollection('articles')).map((e) => e.data);
  const base = import.meta.env.BASE_URL;
  return rss({
    title: site.name,
    description: site.description,
    // astro.config.mjs always sets `site` (the local origin when SITE_URL is unset).
    site: context.site ?? LOCAL_ORIGIN,
    items: articles
      .sort(newestFirst)
      .map((a) => ({
        title: a.title,
        description: a.dek,
        link: joinBase(base, `/articles/${a.slug}/`),
        pubDate: new Date(`${a.date}T00:00:00Z`),
        author: a.source.publisher,
        categories: a.categories,
      })),
    customData: '<language>en</language>',
  });
}
