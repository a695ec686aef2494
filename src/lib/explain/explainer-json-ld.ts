// Structured data for an explainer page: a schema.org Article whose
// citations are the reports it quotes (our article pages, each based on the
// original) and the public sources of our own sentences.
import type { ExplainerFrontmatter } from '../../schemas/knowledge.ts';

export interface CitedArticle {
  title: string;
  date: string;
  publisher: string;
  /** Our page for the article. */
  pageUrl: string;
  /** The original article. */
  originalUrl?: string | undefined;
}

export function explainerLd(
  explainer: ExplainerFrontmatter,
  pageUrl: string,
  siteName: string,
  articles: readonly CitedArticle[],
): Record<string, unknown> {
  const organisation = { '@type': 'Organization', name: siteName };
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: explainer.title,
    description: explainer.description,
    datePublished: explainer.updated,
    dateModified: explainer.updated,
    inLanguage: 'en',
    url: pageUrl,
    mainEntityOfPage: pageUrl,
    author: organisation,
    publisher: organisation,
    isPartOf: { '@type': 'WebSite', name: siteName },
    citation: [
      ...articles.map((a) => ({
        '@type': 'NewsArticle',
        headline: a.title,
        datePublished: a.date,
        publisher: { '@type': 'Organization', name: a.publisher },
        url: a.pageUrl,
        ...(a.originalUrl ? { isBasedOn: a.originalUrl } : {}),
      })),
      ...explainer.sources.map((s) => ({ '@type': 'CreativeWork', name: s.name, url: s.url })),
    ],
  };
}
