// The two generated files of an explainer:
//   <slug>.mdx   YAML frontmatter opening with the generator's header and
//                checksum (src/lib/generated/checksummed-mdx.ts), then the MDX body;
//   <slug>.json  the data other code needs (src/schemas/explainer-data.ts),
//                with the header of src/lib/generated/checksummed-json.ts.
import type { ExplainerData } from '../../schemas/explainer-data.ts';
import type { ExplainerFrontmatter } from '../../schemas/knowledge.ts';
import { checksummedJson, checksummedJsonState } from '../generated/checksummed-json.ts';
import { checksummedMdx, checksummedMdxState, safePath, type GeneratedState } from '../generated/checksummed-mdx.ts';
import { toMdx, type MdxElement } from './mdx-markup.ts';
import { layoutJson } from '../ingest/generated-file.ts';

export const GENERATOR = 'npm run explain';
export type { GeneratedState };

/** Frontmatter as YAML: each value is written as JSON, which YAML reads as the same value. */
function yaml(frontmatter: ExplainerFrontmatter): string {
  return Object.entries(frontmatter)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join('\n');
}

export function explainerFile(frontmatter: ExplainerFrontmatter, body: readonly MdxElement[] | string, from: string): string {
  const mdx = typeof body === 'string' ? body : body.map(toMdx).join('\n\n');
  return checksummedMdx(
    GENERATOR,
    `from ${safePath(from)} and the articles. Do not edit: change the story file, the articles or the generator and rerun.`,
    `${yaml(frontmatter)}\n---\n\n${mdx}\n`,
  );
}

/** The data file, laid out like the ingest's JSON: one top-level field per line, arrays one element per line. */
export function explainerDataFile(data: ExplainerData, from: string): string {
  return checksummedJson(GENERATOR, from, layoutJson(data));
}

/** Is an existing file ours and unchanged since it was generated? */
export function explainerFileState(name: string, content: string): GeneratedState {
  return name.endsWith('.json') ? checksummedJsonState(content, GENERATOR) : checksummedMdxState(content, GENERATOR);
}
