// Reading order of the explainers: "Who is fighting" first, because it
// introduces the parties that "The Hama offensive" names. Others follow by title.
import type { ExplainerFrontmatter } from '../../schemas/knowledge.ts';

const ORDER = ['who-is-fighting-in-syria', 'the-hama-offensive'];
const rank = (id: string) => (ORDER.includes(id) ? ORDER.indexOf(id) : ORDER.length);

export function sortExplainers(explainers: readonly ExplainerFrontmatter[]): ExplainerFrontmatter[] {
  return [...explainers].sort((a, b) => rank(a.explainer) - rank(b.explainer) || a.title.localeCompare(b.title, 'en'));
}
