// The lead image of a DW page: an alt-text line, then on the very next line
// the caption with the credit glued on ("…Hama provinceImage: Omar Albam/AP
// Photo/picture alliance"), or the caption line alone. The credit's label is
// in the page's language; these are the labels DW uses.
import { nextContentLine } from './layouts/content-lines.ts';

export interface LeadImage {
  alt: string;
  caption: string;
  credit: string;
  /** 1-based line of the alt text (or of the caption when there is none). */
  line: number;
}

/** "Image:", "Bild:", Swahili "Picha:", Arabic "صورة من:", Persian and Dari "عکس:", "Foto:", "Фото:". */
const CREDIT = /(?:Image|Bild|Picha|Foto|Фото|Fotoğraf|Imagen|صورة من|عکس|تصویر|ছবি|छवि|Slika|Zdjęcie):\s/gu;

/** Caption and credit (the last label wins), or null when the line carries no credit. */
export function splitCaption(line: string): { caption: string; credit: string } | null {
  let last = -1;
  let length = 0;
  for (const m of line.matchAll(CREDIT)) {
    last = m.index;
    length = m[0].length;
  }
  if (last < 0) return null;
  const credit = line.slice(last + length).trim();
  return credit === '' ? null : { caption: line.slice(0, last).trim(), credit };
}

/**
 * The lead image starting at 0-based line `at` (the first content line after
 * the dek), and the index of the first line after it; null when there is none.
 */
export function readLeadImage(lines: readonly string[], at: number): { image: LeadImage; next: number } | null {
  const text = (lines[at] ?? '').trim();
  const following = (lines[at + 1] ?? '').trim();
  const pair = following !== '' ? splitCaption(following) : null;
  if (pair) return { image: { alt: text, ...pair, line: at + 1 }, next: at + 2 };
  const alone = splitCaption(text);
  return alone ? { image: { alt: '', ...alone, line: at + 1 }, next: at + 1 } : null;
}

/** The lead image, when the first content line after the dek (0-based line `dek`) starts one. */
export function leadImageAfterDek(lines: readonly string[], dek: number): { image: LeadImage; next: number } | null {
  const after = nextContentLine(lines, dek + 1);
  return after ? readLeadImage(lines, after.index) : null;
}
