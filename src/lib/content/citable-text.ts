// The text a citation points at: a body paragraph ("p4") or the lead image's
// caption ("caption"). The explainer generator (key figures, quotes) and the
// content checks resolve citations through here, so they agree on what an id means.
import type { Article } from '../../schemas/article.ts';

export function citableText(article: Article, id: string): string | undefined {
  if (id === 'caption') return article.image?.caption;
  const block = article.blocks.find((b) => b.type === 'paragraph' && b.id === id);
  return block?.type === 'paragraph' ? block.text : undefined;
}
