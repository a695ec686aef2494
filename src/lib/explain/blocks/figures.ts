// A figures block: the numbers shown big, each cited to the sentence that
// states it: a toll with its parts as a bar chart, and single key figures.
import type { FiguresBlock } from '../../../schemas/story.ts';
import { articleCite } from '../cited-markup.ts';
import { keyFigure, tollWithParts } from '../key-figures.ts';
import { block as blockElement, inline, text, type MdxNode } from '../mdx-markup.ts';
import type { PageContext } from '../page-context.ts';

export function renderFigures(block: FiguresBlock, ctx: PageContext): MdxNode[] {
  const { articles } = ctx.corpus;
  const out: MdxNode[] = [];
  const toll = block.toll && tollWithParts(articles, new RegExp(block.toll.counts, 'iu'));
  if (block.toll && toll) {
    out.push(
      inline('BarChart', {
        id: block.toll.id,
        title: block.toll.title,
        total: toll.whole.raw,
        totalCounts: toll.whole.counts,
        bars: toll.parts.map((p) => ({ label: p.counts, value: p.value, raw: p.raw })),
        ...articleCite(ctx.book, toll.article, toll.anchor, toll.sentence),
      }),
    );
  }
  for (const spec of block.figures) {
    const found = keyFigure(articles, new RegExp(spec.counts, 'iu'));
    if (!found) continue;
    out.push(
      inline('KeyFigure', {
        id: spec.id,
        value: found.figure.raw,
        qualifier: found.qualifier,
        counts: found.figure.counts,
        ...articleCite(ctx.book, found.article, found.anchor, found.sentence),
      }),
    );
  }
  return out.length > 0 ? [blockElement('KeyFigures', {}, out)] : [inline('Note', {}, [text(block.empty)])];
}
