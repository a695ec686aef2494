// The head of a DW scrape: skip links, category trail, title, dateline, dek and
// the lead image (alt line, then caption with "Image: <credit>" glued on).
// Lines are trimmed at both ends (spaces, NBSPs); nothing inside is changed.
import { looksLikeDate, parseDateLine } from './dates.ts';
import { isBoilerplate, skipLinkLanguage } from './dw-boilerplate.ts';
import { IngestError } from './ingest-error.ts';

export interface DwHeader {
  language: 'en' | 'de';
  categories: string[];
  title: string;
  titleLine: number;
  date: string;
  dateLine: number;
  dek: string;
  image?: { alt: string; caption: string; credit: string; line: number };
  /** 0-based index of the first line after the header. */
  bodyStart: number;
}

/** "ConflictsSyria" → ["Conflicts", "Syria"]: DW glues the trail at lower→upper case changes. */
export function splitCategoryTrail(line: string): string[] {
  return line
    .split(/(?<=\p{Ll})(?=\p{Lu})/u)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** A glued category trail, as opposed to a headline: a case change inside a word, few words, no punctuation. */
function looksLikeCategoryTrail(line: string): boolean {
  return /\p{Ll}\p{Lu}/u.test(line) && line.split(/\s+/u).length <= 4 && !/[.,:;!?"]/u.test(line);
}

const CREDIT = /(?:Image|Bild): /gu;

/** "…provinceImage: Omar Albam/AP Photo/picture alliance" → caption and credit (last "Image: " wins). */
function splitCaption(line: string): { caption: string; credit: string } | null {
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

interface Numbered {
  index: number;
  text: string;
}

function nextContentLine(lines: readonly string[], from: number): Numbered | null {
  for (let i = from; i < lines.length; i++) {
    const text = (lines[i] ?? '').trim();
    if (text !== '' && !isBoilerplate(text)) return { index: i, text };
  }
  return null;
}

const EXPECTED_DATE = 'a dateline such as "December 1, 2024" or "24. Dezember 2023"';

function findDate(file: string, candidates: Numbered[]): { at: number; iso: string; language: 'en' | 'de' } {
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k];
    if (!c) break;
    const parsed = parseDateLine(c.text);
    if (parsed.kind === 'invalid') throw new IngestError(file, c.index + 1, `invalid date "${c.text}": ${parsed.reason}`);
    if (parsed.kind === 'date') return { at: k, iso: parsed.iso, language: parsed.language };
  }
  // No dateline: report the line where it was expected (after the title).
  const first = candidates[0];
  const expectedAt = first && looksLikeCategoryTrail(first.text) ? 2 : 1;
  const expected = candidates[expectedAt] ?? candidates.at(-1);
  if (!expected) throw new IngestError(file, 1, `missing title and date: expected a headline, then ${EXPECTED_DATE}`);
  if (looksLikeDate(expected.text)) {
    throw new IngestError(file, expected.index + 1, `unknown date format "${expected.text}": expected ${EXPECTED_DATE}`);
  }
  throw new IngestError(file, expected.index + 1, `missing date: expected ${EXPECTED_DATE} after the title`);
}

/** Reads the header, or throws an IngestError naming the line where the layout breaks. */
export function parseDwHeader(lines: readonly string[], file: string): DwHeader {
  let i = 0;
  let skipLanguage: 'en' | 'de' | null = null;
  for (; i < lines.length; i++) {
    const text = (lines[i] ?? '').trim();
    if (text === '') continue;
    const language = skipLinkLanguage(text);
    if (language === null) break;
    skipLanguage ??= language;
  }
  const candidates: Numbered[] = [];
  for (let from = i; candidates.length < 3; ) {
    const next = nextContentLine(lines, from);
    if (!next) break;
    candidates.push(next);
    from = next.index + 1;
  }
  const date = findDate(file, candidates);
  const dateAt = candidates[date.at] as Numbered;
  const titleAt = candidates[date.at - 1];
  const trailAt = date.at === 2 ? candidates[0] : undefined;
  if (!titleAt || (date.at === 1 && looksLikeCategoryTrail(titleAt.text))) {
    throw new IngestError(file, dateAt.index + 1, 'missing title: expected a headline on the line before the date');
  }
  const dekAt = nextContentLine(lines, dateAt.index + 1);
  if (!dekAt) throw new IngestError(file, dateAt.index + 1, 'the article ends after its date: no dek and no body (truncated file?)');
  const header: DwHeader = {
    language: skipLanguage ?? date.language,
    categories: trailAt ? splitCategoryTrail(trailAt.text) : [],
    title: titleAt.text,
    titleLine: titleAt.index + 1,
    date: date.iso,
    dateLine: dateAt.index + 1,
    dek: dekAt.text,
    bodyStart: dekAt.index + 1,
  };
  const altAt = nextContentLine(lines, dekAt.index + 1);
  if (altAt) {
    // The caption either follows the alt text on the very next line or stands alone.
    const following = (lines[altAt.index + 1] ?? '').trim();
    const pair = following !== '' ? splitCaption(following) : null;
    const alone = pair ? null : splitCaption(altAt.text);
    if (pair) {
      header.image = { alt: altAt.text, ...pair, line: altAt.index + 1 };
      header.bodyStart = altAt.index + 2;
    } else if (alone) {
      header.image = { alt: '', ...alone, line: altAt.index + 1 };
      header.bodyStart = altAt.index + 1;
    }
  }
  return header;
}
