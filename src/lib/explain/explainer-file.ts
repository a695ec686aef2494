// A generated explainer file: YAML frontmatter opening with the generator's
// header and checksum (src/lib/generated/checksummed-mdx.ts), then the MDX body.
import type { ExplainerFrontmatter } from '../../schemas/knowledge.ts';
import { checksummedMdx, checksummedMdxState, type GeneratedState } from '../generated/checksummed-mdx.ts';

export const GENERATOR = 'npm run explain';
export type { GeneratedState };

/** Frontmatter as YAML: each value is written as JSON, which YAML reads as the same value. */
function yaml(frontmatter: ExplainerFrontmatter): string {
  return Object.entries(frontmatter)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join('\n');
}

export function explainerFile(frontmatter: ExplainerFrontmatter, body: string, from: string): string {
  return checksummedMdx(
    GENERATOR,
    `from ${from}. Do not edit: change the articles, content/knowledge/ or the generator and rerun.`,
    `${yaml(frontmatter)}\n---\n\n${body}\n`,
  );
}

/** Is an existing file ours and unchanged since it was generated? */
export function explainerFileState(content: string): GeneratedState {
  return checksummedMdxState(content, GENERATOR);
}
