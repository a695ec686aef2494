// Reading order of the explainers: the `order` of their story files
// (content/stories/*.json), then by title.
import type { ExplainerFrontmatter } from '../../schemas/knowledge.ts';

export function sortExplainers(explainers: readonly ExplainerFrontmatter[]): ExplainerFrontmatter[] {
  return [...explainers].sort((a, b) => a.order - b.order || a.title.localeCompare(b.title, 'en'));
}
