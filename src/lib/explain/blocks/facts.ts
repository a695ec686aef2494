// A facts block: our sentences, each with its sources, written in the story
// file or shared from a knowledge file (knowledge/outcome.json, which the home
// page shows too).
import type { CuratedFact } from '../../../schemas/knowledge.ts';
import type { FactsBlock } from '../../../schemas/story.ts';
import { factMarkup } from '../cited-markup.ts';
import type { MdxNode } from '../mdx-markup.ts';
import type { PageContext } from '../page-context.ts';

export function blockFacts(block: FactsBlock, ctx: PageContext): CuratedFact[] {
  if (block.facts) return block.facts;
  const shared = ctx.corpus.factFiles.get(block.from ?? '');
  if (!shared) throw new RangeError(`no facts file content/${block.from}`);
  return shared;
}

export function renderFacts(block: FactsBlock, ctx: PageContext): MdxNode[] {
  return blockFacts(block, ctx).map((f) => factMarkup(ctx.book, f));
}
