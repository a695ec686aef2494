// A page pasted twice into one file: the page's first lines (skip links, or
// the 2016-era title line) appear again further down. When one copy is the
// other, or the other cut short, the shorter copy is dropped with a warning;
// when the copies differ, the file holds two pages and is refused.
import { IngestError } from './ingest-error.ts';

/** Lines that must match for a repeat to count: the header, not a stray line. */
const HEADER_LINES = 3;

interface Content {
  index: number;
  text: string;
}

/** Every line of `short` equals `long`'s, except that the last may be cut short (a truncated copy). */
function isCopyOf(short: readonly Content[], long: readonly Content[]): boolean {
  if (short.length > long.length) return false;
  return short.every((line, k) => line.text === long[k]?.text || (k === short.length - 1 && (long[k]?.text ?? '').startsWith(line.text)));
}

export interface Deduplicated {
  /** The page's lines, the dropped copy blanked (so line numbers stay those of the file). */
  lines: string[];
  /** The dropped copy's first and last 1-based line, when a copy was dropped. */
  dropped?: { from: number; to: number; kept: { from: number; to: number } };
}

export function dropRepeatedCopy(lines: readonly string[], file: string): Deduplicated {
  const content: Content[] = [];
  lines.forEach((line, index) => {
    const text = line.trim();
    if (text !== '') content.push({ index, text });
  });
  if (content.length < 2 * HEADER_LINES) return { lines: [...lines] };
  const head = content.slice(0, HEADER_LINES);
  for (let j = HEADER_LINES; j + HEADER_LINES <= content.length; j++) {
    if (!head.every((line, k) => content[j + k]?.text === line.text)) continue;
    const first = content.slice(0, j);
    const second = content.slice(j);
    const blank = (copy: readonly Content[]) => {
      const result = [...lines];
      for (let i = copy[0]?.index ?? 0; i <= (copy.at(-1)?.index ?? -1); i++) result[i] = '';
      return result;
    };
    const span = (copy: readonly Content[]) => ({ from: (copy[0]?.index ?? 0) + 1, to: (copy.at(-1)?.index ?? 0) + 1 });
    if (isCopyOf(second, first)) return { lines: blank(second), dropped: { ...span(second), kept: span(first) } };
    if (isCopyOf(first, second)) return { lines: blank(first), dropped: { ...span(first), kept: span(second) } };
    throw new IngestError(
      file,
      (content[j]?.index ?? 0) + 1,
      `the page starts again here (its first ${HEADER_LINES} lines repeat) but the text differs from the first copy: one file must hold one page`,
    );
  }
  return { lines: [...lines] };
}
