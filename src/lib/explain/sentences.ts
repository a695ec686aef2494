// Sentences of the articles, as exact slices of their paragraphs, with what
// each one mentions and quotes. The explainers quote article sentences
// verbatim and cite the paragraph they come from, so a sentence is always a
// range of one paragraph's text. Boundaries come from the ingest's splitter
// (one definition site-wide: it keeps "U.K." and "Dec." inside a sentence).
import type { Article, Mention, Quote } from '../../schemas/article.ts';
import { sentenceRanges } from '../ingest/sentences.ts';

export interface TextRange {
  start: number;
  end: number;
  text: string;
}

export interface ArticleSentence extends TextRange {
  article: Article;
  /** Paragraph id ("p4"). */
  paragraph: string;
  /** Position of the paragraph among the article's paragraphs (0-based), for reading order. */
  paragraphIndex: number;
  /** Position of the sentence in its paragraph (0-based). */
  index: number;
  /** Actor and place mentions that start inside the sentence. */
  actors: Mention[];
  places: Mention[];
  /** Quotes whose opening mark lies inside the sentence. */
  quotes: Quote[];
}

/** The sentences of a text, each with its offsets; the ranges cover the text without its inter-sentence spaces. */
export function splitSentences(text: string): TextRange[] {
  return sentenceRanges(text).map(({ start, end }) => ({ start, end, text: text.slice(start, end) }));
}

const inside = (at: number, range: { start: number; end: number }) => at >= range.start && at < range.end;

/** Every sentence of the article's body paragraphs, in reading order. */
export function articleSentences(article: Article): ArticleSentence[] {
  const out: ArticleSentence[] = [];
  let paragraphIndex = 0;
  for (const block of article.blocks) {
    if (block.type !== 'paragraph') continue;
    const actors = article.actors.filter((m) => m.paragraph === block.id);
    const places = article.places.filter((m) => m.paragraph === block.id);
    const quotes = article.quotes.filter((q) => q.paragraph === block.id);
    splitSentences(block.text).forEach((range, index) => {
      out.push({
        ...range,
        article,
        paragraph: block.id,
        paragraphIndex,
        index,
        actors: actors.filter((m) => inside(m.start, range)),
        places: places.filter((m) => inside(m.start, range)),
        // The opening quotation mark sits one character before the quote's text.
        quotes: quotes.filter((q) => inside(Math.max(0, q.start - 1), range)),
      });
    });
    paragraphIndex++;
  }
  return out;
}

/** Reading order across articles: older article first, then paragraph, then position. */
export function compareSentences(a: ArticleSentence, b: ArticleSentence): number {
  return (
    a.article.date.localeCompare(b.article.date) ||
    a.article.slug.localeCompare(b.article.slug) ||
    a.paragraphIndex - b.paragraphIndex ||
    a.start - b.start
  );
}

/** A stable key for "the same sentence of the same paragraph". */
export function sentenceKey(s: { article: Article; paragraph: string; start: number; end: number }): string {
  return `${s.article.slug}#${s.paragraph}:${s.start}-${s.end}`;
}
