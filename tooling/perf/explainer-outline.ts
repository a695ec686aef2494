// The reading text of each generated explainer, as the outline `npm run
// explain` records beside it (content/explainers/<slug>.json): what the peer
// sites of the performance bench (scripts/bench/peers/) publish, so that they
// carry the same words as our pages. Each peer draws one client-side map, so
// only the first map of a page is kept.
import type { OutlineBlock } from '../../src/schemas/explainer-data.ts';
import { loadExplainerData } from '../../src/lib/content/explainer-data-files.ts';

export type { OutlineBlock };

export interface ExplainerOutline {
  slug: string;
  title: string;
  description: string;
  blocks: OutlineBlock[];
}

export function explainerOutlines(root: string): ExplainerOutline[] {
  return loadExplainerData(root).map((data) => {
    const firstMap = data.outline.findIndex((b) => b.type === 'map');
    return {
      slug: data.explainer,
      title: data.title,
      description: data.description,
      blocks: data.outline.filter((b, i) => b.type !== 'map' || i === firstMap),
    };
  });
}
