// Reading the built site (dist/) as files, for checks that need no browser.
import { readdir } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';

/** Every file under dir whose extension is listed (lower case, with the dot), as paths relative to dir. */
export async function listFiles(dir: string, extensions: readonly string[]): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && extensions.includes(extname(e.name).toLowerCase()))
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references Astro and browsers emit, so "DW&#39;s" is read as "DW's". */
export function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/** Collapses runs of ASCII whitespace only: a no-break space is content and must survive. */
export function collapseSpace(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ').trim();
}
