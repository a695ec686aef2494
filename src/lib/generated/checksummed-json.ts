// Generated JSON files carry who made them and a checksum in a first field,
// on the file's second line: {"_generated": {by, from, sha256}, …}. The
// checksum covers the file without that line, so a later run can tell an
// untouched generated file (safe to replace) from one edited by hand.
import { sha256, safePath, type GeneratedState } from './checksummed-mdx.ts';

const HEADER = /^\{\n  "_generated": (\{[^\n]*\}),\n/u;

/** The file: `body` is a JSON object's text starting "{\n" (the header takes the place of that opening). */
export function checksummedJson(generator: string, from: string, body: string): string {
  if (!body.startsWith('{\n')) throw new RangeError('a checksummed JSON body starts with "{\\n"');
  const generated = { by: generator, from: safePath(from), sha256: sha256(body) };
  return `{\n  "_generated": ${JSON.stringify(generated)},\n${body.slice(2)}`;
}

/** Is an existing JSON file one that `generator` wrote, and unchanged since? */
export function checksummedJsonState(content: string, generator: string): GeneratedState {
  const header = HEADER.exec(content);
  if (!header) return 'foreign';
  let generated: { by?: unknown; sha256?: unknown };
  try {
    generated = JSON.parse(header[1] ?? '') as typeof generated;
  } catch {
    return 'foreign';
  }
  if (generated.by !== generator || typeof generated.sha256 !== 'string') return 'foreign';
  return generated.sha256 === sha256(`{\n${content.slice(header[0].length)}`) ? 'intact' : 'edited';
}
