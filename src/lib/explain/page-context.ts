// What the blocks of one explainer page share while it is generated: the
// corpus, the citation book (numbers follow page order, so blocks are
// rendered in page order), what the page has shown so far (for the search
// filters) and the quotes the current section shows.
import { CitationBook } from './citations.ts';
import type { Corpus } from './corpus.ts';
import type { QuoteBlock } from './quote-blocks.ts';
import type { ArticleSentence } from './sentences.ts';

export interface PageContext {
  readonly corpus: Corpus;
  readonly book: CitationBook;
  /** Article sentences the page shows (excerpts, quotes, timeline entries). */
  readonly shown: ArticleSentence[];
  /** Actors the page's blocks select by: the page is about them. */
  readonly actorRefs: string[];
  /** The quotes the current section shows: a sentence shown as a quote is not shown again as an excerpt. */
  sectionQuotes: QuoteBlock[];
  /** Heading level of a map or chart title at the current depth (3 in a section, 4 in a subsection). */
  headingLevel: number;
}

export function newPageContext(corpus: Corpus): PageContext {
  return { corpus, book: new CitationBook(), shown: [], actorRefs: [], sectionQuotes: [], headingLevel: 3 };
}
