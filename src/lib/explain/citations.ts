// Citations in the explainers. An article citation is "<slug>#<anchor>": the
// anchor is a paragraph id ("p4") or "caption" (the lead image's caption,
// which is not a numbered paragraph). A curated citation is a named public
// source with its URL. The book numbers citations in the order the page shows
// them and remembers which articles and sources a page cites.
import type { Article } from '../../schemas/article.ts';
import type { NamedSource } from '../../schemas/control.ts';
import { formatLongDate } from '../format/date.ts';
import { oldestFirst } from '../content/article-order.ts';

export const CAPTION_ANCHOR = 'caption';

const CITATION_ID = /^([a-z0-9][a-z0-9-]*)#(p[1-9][0-9]*|caption)$/u;

export interface ArticleCitation {
  kind: 'article';
  article: Article;
  anchor: string;
  /** The cited words, verbatim: a slice of the paragraph (or of the caption). */
  sentence: string;
}

export interface CuratedCitation {
  kind: 'curated';
  source: NamedSource;
}

export type Citation = ArticleCitation | CuratedCitation;

export function citationId(slug: string, anchor: string): string {
  const id = `${slug}#${anchor}`;
  if (!CITATION_ID.test(id)) throw new RangeError(`not a citation id: ${id}`);
  return id;
}

export function parseCitationId(id: string): { slug: string; anchor: string } | undefined {
  const m = CITATION_ID.exec(id);
  return m ? { slug: m[1] as string, anchor: m[2] as string } : undefined;
}

/** Site path of the cited place: /articles/<slug>/#p4 (the page adds the base). */
export function citationPath(id: string): string {
  const parsed = parseCitationId(id);
  if (!parsed) throw new RangeError(`not a citation id: ${id}`);
  return `/articles/${parsed.slug}/#${parsed.anchor}`;
}

/** "DW, 1 December 2024, paragraph 4" / "DW, 5 December 2024, photo caption". */
export function articleCitationLabel(article: Article, anchor: string): string {
  const where = anchor === CAPTION_ANCHOR ? 'photo caption' : `paragraph ${anchor.slice(1)}`;
  return `${article.source.publisher}, ${formatLongDate(article.date)}, ${where}`;
}

export interface NumberedCitation {
  n: number;
  citation: Citation;
}

export class CitationBook {
  #next = 1;
  readonly #articles = new Map<string, Article>();
  readonly #sources = new Map<string, NamedSource>();

  cite(citation: Citation): NumberedCitation {
    if (citation.kind === 'article') this.#articles.set(citation.article.slug, citation.article);
    else if (!this.#sources.has(citation.source.url)) this.#sources.set(citation.source.url, citation.source);
    return { n: this.#next++, citation };
  }

  /** Cited articles, oldest first. */
  get articles(): Article[] {
    return [...this.#articles.values()].sort(oldestFirst);
  }

  /** Cited curated sources, in order of first citation. */
  get sources(): NamedSource[] {
    return [...this.#sources.values()];
  }
}
