// The two generated files per article, each carrying who made it and a
// checksum of its content, so that a later run can tell an untouched
// generated file (safe to rewrite) from one edited by hand (never overwritten
// without --force).
//   <slug>.json  {"_generated": {by, from, sha256}, …Article}, "_generated"
//                on the second line; sha256 of the file without that line.
//   <slug>.mdx   YAML frontmatter opening with the header as comments
//                (src/lib/generated/checksummed-mdx.ts).
import { hash } from 'node:crypto';
import type { Article } from '../../schemas/article.ts';
import { checksummedJsonState } from '../generated/checksummed-json.ts';
import { checksummedMdx, checksummedMdxState, safePath, type GeneratedState } from '../generated/checksummed-mdx.ts';
import { articleMdxBody } from './mdx-writer.ts';

export const GENERATOR = 'npm run ingest';
export type { GeneratedState };

/**
 * The JSON layout: one top-level field per line, one array element per line,
 * anything deeper compact. Readable in a diff (a changed paragraph is one
 * changed line), half the size of full indentation and much faster to write.
 */
export function layoutJson(value: Record<string, unknown>): string {
  const fields = Object.entries(value).map(([key, field]) => {
    const items = Array.isArray(field) && field.length > 0 ? field.map((item) => JSON.stringify(item)) : null;
    return `  ${JSON.stringify(key)}: ${items ? `[\n    ${items.join(',\n    ')}\n  ]` : JSON.stringify(field)}`;
  });
  return `{\n${fields.join(',\n')}\n}\n`;
}

const utf8 = new TextEncoder();

/**
 * The JSON file as bytes. The layout is encoded once, then hashed and written
 * as is (encoding article text to UTF-8 costs as much as laying it out).
 */
export function articleJsonBytes(article: Article, from: string): Uint8Array {
  const body = utf8.encode(layoutJson(article));
  const generated = { by: GENERATOR, from: safePath(from), sha256: hash('sha256', body, 'hex') };
  // Same bytes as layoutJson({ _generated, ...article }), without laying the article out twice:
  // the header replaces the body's opening "{\n".
  const header = utf8.encode(`{\n  "_generated": ${JSON.stringify(generated)},\n`);
  const file = new Uint8Array(header.length + body.length - 2);
  file.set(header);
  file.set(body.subarray(2), header.length);
  return file;
}

export function articleMdxFile(article: Article, from: string): string {
  // (As a string: the header scheme, shared with `npm run explain`, hashes text.)
  return checksummedMdx(
    GENERATOR,
    `from ${safePath(from)}. Do not edit: change the seed or the parser and rerun.`,
    `article: ${article.slug}\n---\n${articleMdxBody(article)}`,
  );
}

/** Is an existing JSON file ours and unchanged since it was generated? (Checked on its bytes, whatever its layout.) */
export function jsonFileState(content: string): GeneratedState {
  return checksummedJsonState(content, GENERATOR);
}

/** Is an existing MDX file ours and unchanged since it was generated? */
export function mdxFileState(content: string): GeneratedState {
  return checksummedMdxState(content, GENERATOR);
}
