// The numbers the explainers show big: a toll with its parts (412 dead: 214
// rebels, 137 pro-government forces, 61 civilians) and single key figures
// (115,000 who fled; 40 villages). Each comes from the ingest's figures of the
// newest article that has one matching what it counts, with the sentence that
// states it, so the chart and the figure cards cite their exact words. The
// ingest records figures of the lead image's caption too (paragraph
// "caption"): "at least 40 villages" is printed only there.
import type { Article, Figure } from '../../schemas/article.ts';
import { citableText } from '../content/citable-text.ts';
import { splitSentences, type TextRange } from './sentences.ts';
import { newestFirst } from '../content/article-order.ts';

export interface SourcedFigure {
  article: Article;
  /** Paragraph id, or "caption". */
  anchor: string;
  figure: Figure;
  /** Words before the number that qualify it, as printed: "some", "at least". */
  qualifier: string | undefined;
  /** The sentence that states it (a slice of the paragraph or caption). */
  sentence: string;
}

export interface Toll {
  article: Article;
  anchor: string;
  whole: Figure;
  parts: Figure[];
  /** From the sentence with the total to the sentence with the last part. */
  sentence: string;
}

const QUALIFIER = /\b(?:some|about|around|nearly|almost|roughly|at least|more than|over|up to|at most)\s+$/iu;

/** The article's figures with the text each sits in. */
function figuresWithText(article: Article): { anchor: string; figure: Figure; text: string }[] {
  return article.figures.flatMap((figure) => {
    const text = citableText(article, figure.paragraph);
    return text === undefined ? [] : [{ anchor: figure.paragraph, figure, text }];
  });
}

function sentenceAround(text: string, start: number, end = start): TextRange {
  const sentences = splitSentences(text);
  const first = sentences.find((s) => start < s.end) ?? { start: 0, end: text.length, text };
  const last = sentences.find((s) => end <= s.end) ?? first;
  return { start: first.start, end: last.end, text: text.slice(first.start, last.end) };
}

const byNewest = (articles: readonly Article[]) => [...articles].sort(newestFirst);

/** The newest figure whose `counts` matches, with its qualifier and sentence. */
export function keyFigure(articles: readonly Article[], counts: RegExp): SourcedFigure | undefined {
  for (const article of byNewest(articles)) {
    for (const { anchor, figure, text } of figuresWithText(article)) {
      if (figure.partOf !== undefined || !counts.test(figure.counts)) continue;
      const sentence = sentenceAround(text, figure.start);
      const before = text.slice(sentence.start, figure.start);
      const qualifier = QUALIFIER.exec(before)?.[0].trim();
      return { article, anchor, figure, qualifier, sentence: sentence.text };
    }
  }
  return undefined;
}

/** The newest total whose `counts` matches and that the article breaks down into parts. */
export function tollWithParts(articles: readonly Article[], counts: RegExp): Toll | undefined {
  for (const article of byNewest(articles)) {
    for (const whole of article.figures) {
      if (!counts.test(whole.counts)) continue;
      const parts = article.figures.filter((f) => f.paragraph === whole.paragraph && f.partOf === whole.raw && f.start > whole.start);
      if (parts.length < 2) continue;
      const text = citableText(article, whole.paragraph);
      if (text === undefined) continue;
      const last = parts.at(-1) as Figure;
      const sentence = sentenceAround(text, whole.start, last.end);
      return { article, anchor: whole.paragraph, whole, parts, sentence: sentence.text };
    }
  }
  return undefined;
}
