// The body of a DW scrape, in reading order: paragraphs, section headings and
// video references, then the editors' sign-off. Chrome lines are dropped
// (page-chrome.ts); every other line becomes exactly one block, its text
// trimmed at both ends and otherwise kept as written. A page that stops
// without its trailer or sign-off was cut off: its last line, if it does not
// end a sentence, is kept as a paragraph marked `truncated`, never a heading.
import type { Block } from '../../schemas/article.ts';
import { isChromeLine, isPlayerFallback, isTrailerLine, type PageChrome } from './page-chrome.ts';
import { endsSentence } from './sentence-end.ts';
import { slugify, uniqueSlug } from './slug.ts';

export interface Signoff {
  raw: string;
  authors: string[];
  agencies: string[];
}

export interface DwBody {
  blocks: Block[];
  signoff?: Signoff;
  /** The last paragraph ends mid-sentence and the page stops there (1-based line), when it does. */
  truncatedAt?: number;
}

const DURATION = /^(?:(\d{1,2}):)?(\d{1,2}):(\d{2})$/u;
/** "tj/wmr (dpa, AFP, Reuters)", "es/rc", "tj (AFP)": editors' initials, then the agencies. */
const SIGNOFF = /^(\p{Ll}{1,4}(?:\/\p{Ll}{1,4})*)\s*(?:\(([^()]*)\))?$/u;

export function durationSeconds(duration: string): number | null {
  const m = DURATION.exec(duration);
  if (!m) return null;
  return Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]);
}

function parseSignoff(text: string): Signoff | undefined {
  const m = SIGNOFF.exec(text);
  if (!m || (!text.includes('/') && m[2] === undefined)) return undefined;
  const agencies = (m[2] ?? '').split(',').map((a) => a.trim()).filter((a) => a !== '');
  return { raw: text, authors: (m[1] ?? '').split('/'), agencies };
}

/**
 * A section heading: a short line that does not end a sentence ("Government
 * pushback"), or a short one-sentence question ("Who is fighting in Syria?").
 */
export function isHeading(line: string): boolean {
  // Direction marks (RLM, LRM…) after the last word do not change how the line ends.
  const text = line.replace(/\p{Cf}+$/u, '');
  if (text.length > 120 || text.split(/\s+/u).length > 12) return false;
  if (/[?؟]$/u.test(text)) return !/[.!?؟]\s/u.test(text.slice(0, -1));
  // Latin and Arabic-script punctuation (، ؛ ۔), the danda and the CJK full stop end a sentence too.
  return !/(?:[.!,;:…،؛۔।。]|[.!?,]["”’»«])$/u.test(text);
}

function headingId(text: string, used: Set<string>, index: number): string {
  let base = slugify(text) || `section-${index}`;
  // Never shadow a paragraph or video anchor ("p4", "v1").
  if (/^[pv][1-9][0-9]*$/u.test(base)) base = `${base}-section`;
  return uniqueSlug(base, used);
}

const NO_CHROME: PageChrome = { skipVerb: null };

/** Parses lines[start…] up to the page trailer. Line numbers in blocks are 1-based. */
export function parseDwBody(lines: readonly string[], start: number, chrome: PageChrome = NO_CHROME): DwBody {
  const items: { index: number; text: string }[] = [];
  let trailer = false;
  for (let i = start; i < lines.length; i++) {
    const text = (lines[i] ?? '').trim();
    if (text === '') continue;
    if (isTrailerLine(text, chrome)) {
      trailer = true;
      break;
    }
    if (isChromeLine(text)) continue;
    // The player's fallback line under a video (title, then duration).
    const previous = items.at(-1);
    if (previous && durationSeconds(previous.text) !== null && items.length >= 2 && isPlayerFallback(text)) continue;
    items.push({ index: i, text });
  }
  const blocks: Block[] = [];
  const headingIds = new Set<string>();
  let paragraphs = 0;
  let videos = 0;
  let headings = 0;
  let signoff: Signoff | undefined;
  for (let k = 0; k < items.length; k++) {
    const { index, text } = items[k] as { index: number; text: string };
    const line = index + 1;
    const next = items[k + 1];
    const seconds = next ? durationSeconds(next.text) : null;
    if (next && seconds !== null && durationSeconds(text) === null) {
      blocks.push({ type: 'video', id: `v${++videos}`, title: text, duration: next.text, durationSeconds: seconds, line });
      k++;
      continue;
    }
    if (k === items.length - 1 && (signoff = parseSignoff(text))) break;
    if (isHeading(text) && durationSeconds(text) === null) {
      blocks.push({ type: 'heading', id: headingId(text, headingIds, ++headings), text, line });
    } else {
      blocks.push({ type: 'paragraph', id: `p${++paragraphs}`, text, line });
    }
  }
  const body: DwBody = signoff ? { blocks, signoff } : { blocks };
  const last = blocks.at(-1);
  if (!trailer && !signoff && last && last.type !== 'video' && !endsSentence(last.text)) {
    // Cut off: the last line is the start of a paragraph, whatever it looks like.
    blocks[blocks.length - 1] = { type: 'paragraph', id: last.type === 'paragraph' ? last.id : `p${paragraphs + 1}`, text: last.text, line: last.line, truncated: true };
    body.truncatedAt = last.line;
  }
  return body;
}
