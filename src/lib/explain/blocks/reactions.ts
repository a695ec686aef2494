// A reactions block: one part per government or organisation, with what the
// reports say it said ("Germany's Foreign Ministry said…") and its quotes, in
// the reports' order.
import type { ReactionsBlock } from '../../../schemas/story.ts';
import { excerptMarkup, quoteMarkup, quoteSpeaker } from '../cited-markup.ts';
import { block as blockElement, inline, text, type MdxNode } from '../mdx-markup.ts';
import type { PageContext } from '../page-context.ts';
import { quotesFor, statementsBy } from '../pick-sentences.ts';
import type { QuoteBlock } from '../quote-blocks.ts';
import { compareSentences, type ArticleSentence } from '../sentences.ts';

export function renderReactions(block: ReactionsBlock, ctx: PageContext): MdxNode[] {
  const { corpus } = ctx;
  ctx.actorRefs.push(...block.actors);
  return block.actors.map((actorId) => {
    const actor = corpus.actors.find((a) => a.id === actorId);
    const quotes = quotesFor(new Set([actorId]), corpus.quoteBlocks, block.maxQuotes);
    const statements = statementsBy(actorId, corpus.sentences, quotes);
    ctx.shown.push(...statements, ...quotes.flatMap((q) => q.sentences));
    type Item = { at: ArticleSentence; quote?: QuoteBlock };
    const items: Item[] = [
      ...statements.map((s) => ({ at: s })),
      ...quotes.map((q) => ({ at: q.sentences[0] as ArticleSentence, quote: q })),
    ].sort((a, b) => compareSentences(a.at, b.at));
    // Numbering follows the page order, so markup is made in that order; a speaker is named once per run of quotes.
    let previous = '';
    const children: MdxNode[] = items.map(({ at, quote }) => {
      if (!quote) {
        previous = '';
        return excerptMarkup(ctx.book, at);
      }
      const who = JSON.stringify(quoteSpeaker(quote, corpus.actors, corpus.people));
      const markup = quoteMarkup(ctx.book, quote, corpus.actors, corpus.people, who === previous);
      previous = who;
      return markup;
    });
    if (children.length === 0) children.push(inline('Note', {}, [text(block.empty)]));
    return blockElement('Subsection', { title: actor?.name ?? actorId, id: `reaction-${actorId}` }, children);
  });
}
