// Raw bytes → lines of text, refusing anything that is not a plain UTF-8 text
// file. Normalisation, all of it: a leading BOM is dropped and CRLF / CR line
// ends become line breaks. Nothing else in the text is changed.
import { IngestError } from './ingest-error.ts';

/** A DW article is ~10 KB; anything far larger is not one article. */
export const DEFAULT_MAX_BYTES = 4 * 1024 * 1024;

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
// C0 and C1 control characters other than tab, LF and CR: in a text file they
// mean corruption or a wrong encoding, and they are invalid in HTML.
const CONTROL = /[\u0000-\u0008\u000B-\u000C\u000E-\u001F\u007F-\u009F]/u;

function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that breaks UTF-8 (called only once decoding failed). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    // Overlong forms, surrogates and code points above U+10FFFF.
    const c1 = bytes[i + 1] ?? 0;
    if ((b === 0xe0 && c1 < 0xa0) || (b === 0xed && c1 > 0x9f) || (b === 0xf0 && c1 < 0x90) || (b === 0xf4 && c1 > 0x8f)) {
      return i;
    }
    i += need + 1;
  }
  return bytes.length;
}

function decode(bytes: Uint8Array, file: string): string {
  try {
    return decoder.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const hex = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    throw new IngestError(file, lineAtByte(bytes, at), `not UTF-8 text (byte 0x${hex} at offset ${at}); save the article as UTF-8`);
  }
}

/** Splits the file into lines (1-based line n is `lines[n - 1]`), or throws an IngestError. */
export function readArticleLines(bytes: Uint8Array, file: string, maxBytes = DEFAULT_MAX_BYTES): string[] {
  if (bytes.length === 0) throw new IngestError(file, 1, 'the file is empty');
  if (bytes.length > maxBytes) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    throw new IngestError(file, 1, `the file is ${mb(bytes.length)} MB; one article may be at most ${mb(maxBytes)} MB`);
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new IngestError(file, lineAtByte(bytes, nul), `contains a NUL byte at offset ${nul}: a binary file, not article text`);
  let text = decode(bytes, file);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const lines = text.split(/\r\n|\r|\n/u);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const match = CONTROL.exec(line);
    if (match) {
      const code = match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
      throw new IngestError(file, i + 1, `control character U+${code} at column ${match.index + 1}: not article text`);
    }
  }
  if (lines.every((l) => l.trim() === '')) throw new IngestError(file, 1, 'the file has no text');
  return lines;
}
