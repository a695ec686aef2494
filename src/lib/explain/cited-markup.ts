// The cited building blocks of the explainers, as MDX: a curated fact with
// its sources, an article sentence quoted verbatim, a quote in its sentence.
// Each carries citation props that the components turn into a link with the
// source sentence on hover, focus or tap:
//   article:  n, to ("<slug>#p4"), sentence (verbatim), label ("DW, 1 December 2024, paragraph 4")
//   curated:  n, url, source (its name)
import type { Actor, Person } from '../../schemas/registry.ts';
import type { CuratedFact } from '../../schemas/knowledge.ts';
import type { NamedSource } from '../../schemas/control.ts';
import type { Article } from '../../schemas/article.ts';
import { describeSpeaker } from '../content/speaker.ts';
import { articleCitationLabel, citationId, type CitationBook } from './citations.ts';
import { inline, text, type MdxElement, type PropValue } from './mdx-markup.ts';
import { quoteSegments, type QuoteBlock } from './quote-blocks.ts';
import type { ArticleSentence } from './sentences.ts';

export type CiteProps = Record<string, PropValue>;

export function articleCite(book: CitationBook, article: Article, anchor: string, sentence: string): CiteProps {
  const { n } = book.cite({ kind: 'article', article, anchor, sentence });
  return { n, to: citationId(article.slug, anchor), sentence, label: articleCitationLabel(article, anchor) };
}

export function curatedCite(book: CitationBook, source: NamedSource): CiteProps {
  const { n } = book.cite({ kind: 'curated', source });
  // A weaker source says so where it is cited: the reader sees why it is there.
  const caveat = source.onlyCopy && (source.publisherKind === 'encyclopedia' ? `An encyclopedia, cited because ${source.onlyCopy}` : `A copy, cited because ${source.onlyCopy}`);
  return { n, url: source.url, source: source.name, caveat: caveat || undefined };
}

/** <Fact date="2024-12-08">{"We wrote this."}<Citation … /></Fact> (the date where its sources give one) */
export function factMarkup(book: CitationBook, fact: CuratedFact): MdxElement {
  return inline('Fact', { date: fact.date }, [text(fact.text), ...fact.sources.map((s) => inline('Citation', curatedCite(book, s)))]);
}

/** <Excerpt>{"The article's sentence."}<Citation … /></Excerpt> */
export function excerptMarkup(book: CitationBook, s: ArticleSentence, extra: Record<string, PropValue> = {}): MdxElement {
  return inline('Excerpt', extra, [text(s.text), inline('Citation', articleCite(book, s.article, s.paragraph, s.text))]);
}

/** Who a quote block is attributed to, as shown: the person's or institution's name and role. */
export function quoteSpeaker(block: QuoteBlock, actors: readonly Actor[], people: readonly Person[]): { speaker: string; role: string | undefined } {
  const quote = block.quotes[0];
  const who = describeSpeaker(quote?.speaker, people, actors);
  // An institution speaks through someone the article names ("the Chinese embassy" for China): keep those words.
  const actor = actors.find((a) => a.id === quote?.speaker?.ref);
  const printed = quote?.speaker?.name ?? '';
  const asPrinted = actor && ![actor.name, actor.shortName].some((n) => n.toLowerCase() === printed.toLowerCase()) ? printed : undefined;
  return { speaker: who?.name ?? block.speakerName, role: who?.role ?? asPrinted };
}

/**
 * <Quote speaker role n to sentence label>{"He said "}<Q>{"\"…\""}</Q>{"."}</Quote>
 * `continued`: the quote before it has the same speaker (shown once).
 */
export function quoteMarkup(
  book: CitationBook,
  block: QuoteBlock,
  actors: readonly Actor[],
  people: readonly Person[],
  continued = false,
): MdxElement {
  const first = block.sentences[0] as ArticleSentence;
  const children = quoteSegments(block).map((seg) => (seg.quoted ? inline('Q', {}, [text(seg.text)]) : text(seg.text)));
  const cite = articleCite(book, first.article, first.paragraph, block.text);
  return inline('Quote', { ...quoteSpeaker(block, actors, people), continued: continued || undefined, ...cite }, children);
}

/** Quote blocks in order, each speaker named once per run of consecutive quotes. */
export function quoteListMarkup(book: CitationBook, blocks: readonly QuoteBlock[], actors: readonly Actor[], people: readonly Person[]): MdxElement[] {
  let previous = '';
  return blocks.map((b) => {
    const who = JSON.stringify(quoteSpeaker(b, actors, people));
    const markup = quoteMarkup(book, b, actors, people, who === previous);
    previous = who;
    return markup;
  });
}
