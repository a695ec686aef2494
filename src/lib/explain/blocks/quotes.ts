// A quotes block: what the speakers of some actors said, each quote in the
// whole sentence it stands in, the speaker named once per run.
import type { QuotesBlock } from '../../../schemas/story.ts';
import { quoteListMarkup } from '../cited-markup.ts';
import type { MdxNode } from '../mdx-markup.ts';
import type { PageContext } from '../page-context.ts';
import { quotesFor } from '../pick-sentences.ts';
import type { QuoteBlock } from '../quote-blocks.ts';

export function selectQuotes(block: QuotesBlock, ctx: PageContext): QuoteBlock[] {
  return quotesFor(new Set(block.actors), ctx.corpus.quoteBlocks, block.max);
}

export function renderQuotes(block: QuotesBlock, ctx: PageContext): MdxNode[] {
  ctx.actorRefs.push(...block.actors);
  const quotes = selectQuotes(block, ctx);
  ctx.shown.push(...quotes.flatMap((q) => q.sentences));
  return quoteListMarkup(ctx.book, quotes, ctx.corpus.actors, ctx.corpus.people);
}
