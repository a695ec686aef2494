// Structured data (schema.org JSON-LD) for search engines and news aggregators.
// Article text is untrusted, and JSON-LD sits inside a <script> element, so the
// serialiser escapes "<" (no "</script>" can close it early) and the two
// line separators that some older JavaScript parsers reject.
import type { Article } from '../../schemas/article.ts';

export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

const publisherOf = (name: string) => ({ '@type': 'Organization', name });

/** NewsArticle for a reproduced article: the original publisher is the author of record. */
export function newsArticleLd(article: Article, pageUrl: string, siteName: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.dek,
    datePublished: article.date,
    inLanguage: article.language,
    url: pageUrl,
    mainEntityOfPage: pageUrl,
    author: publisherOf(article.source.publisher),
    publisher: publisherOf(article.source.publisher),
    ...(article.source.url ? { isBasedOn: article.source.url, sameAs: article.source.url } : {}),
    ...(article.signoff && article.signoff.agencies.length > 0
      ? { sourceOrganization: article.signoff.agencies.map(publisherOf) }
      : {}),
    isPartOf: { '@type': 'WebSite', name: siteName },
  };
}
