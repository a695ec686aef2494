// Quotes as readers should meet them: the whole sentence they stand in, with
// the quoted words marked, attributed to who said them. A fragment such as
// "difficult," means little alone; its sentence says who called what
// difficult. Quotes are grouped by sentence and by the actor they speak for
// (a person speaks for their actor: Araghchi for Iran).
import type { Quote } from '../../schemas/article.ts';
import type { Actor, Person } from '../../schemas/registry.ts';
import type { ArticleSentence } from './sentences.ts';
import { citableText } from '../content/citable-text.ts';

export interface QuoteBlock {
  /** The sentence(s) the quotes stand in: consecutive sentences of one paragraph. */
  sentences: ArticleSentence[];
  start: number;
  end: number;
  text: string;
  /** The quotes of this speaker inside it, in order. */
  quotes: Quote[];
  /** The actor the speaker speaks for, when resolved. */
  actor: string | undefined;
  /** The registry id of the speaker (a person or an actor), when resolved. */
  speakerRef: string | undefined;
  speakerName: string;
}

export interface Segment {
  text: string;
  quoted: boolean;
}

/** The actor a quote's speaker speaks for: the actor itself, or the person's actor. */
export function speakerActor(quote: Quote, actors: readonly Actor[], people: readonly Person[]): string | undefined {
  const ref = quote.speaker?.ref;
  if (ref === undefined) return undefined;
  if (actors.some((a) => a.id === ref)) return ref;
  return people.find((p) => p.id === ref)?.actor;
}

/** Every quote with a named speaker, as blocks (one per sentence span and speaker), in reading order. */
export function quoteBlocks(sentences: readonly ArticleSentence[], actors: readonly Actor[], people: readonly Person[]): QuoteBlock[] {
  const blocks = new Map<string, QuoteBlock>();
  const byParagraph = new Map<string, ArticleSentence[]>();
  for (const s of sentences) {
    const key = `${s.article.slug}#${s.paragraph}`;
    byParagraph.set(key, [...(byParagraph.get(key) ?? []), s]);
  }
  for (const s of sentences) {
    for (const quote of s.quotes) {
      if (!quote.speaker) continue;
      // A quote can run over a sentence boundary: take every sentence it touches.
      const paragraph = byParagraph.get(`${s.article.slug}#${s.paragraph}`) ?? [s];
      const span = paragraph.filter((p) => p.end > quote.start - 1 && p.start < quote.end + 1);
      const first = span[0] ?? s;
      const last = span.at(-1) ?? s;
      const speakerRef = quote.speaker.ref;
      const key = `${s.article.slug}#${s.paragraph}:${first.start}-${last.end}:${speakerRef ?? quote.speaker.name}`;
      const block = blocks.get(key);
      if (block) {
        if (!block.quotes.includes(quote)) block.quotes.push(quote);
        continue;
      }
      const full = citableText(s.article, s.paragraph) ?? s.text;
      blocks.set(key, {
        sentences: span.length > 0 ? span : [s],
        start: first.start,
        end: last.end,
        text: full.slice(first.start, last.end),
        quotes: [quote],
        actor: speakerActor(quote, actors, people),
        speakerRef,
        speakerName: quote.speaker.name,
      });
    }
  }
  return [...blocks.values()];
}

/** The block's text cut into plain and quoted runs; a quoted run keeps its quotation marks. */
export function quoteSegments(block: QuoteBlock): Segment[] {
  const segments: Segment[] = [];
  let at = block.start;
  const paragraphOffset = block.start;
  for (const q of [...block.quotes].sort((a, b) => a.start - b.start)) {
    const open = Math.max(block.start, q.start - 1);
    const close = Math.min(block.end, q.end + 1);
    if (open > at) segments.push({ text: block.text.slice(at - paragraphOffset, open - paragraphOffset), quoted: false });
    segments.push({ text: block.text.slice(open - paragraphOffset, close - paragraphOffset), quoted: true });
    at = close;
  }
  if (at < block.end) segments.push({ text: block.text.slice(at - paragraphOffset), quoted: false });
  return segments.filter((s) => s.text !== '');
}
