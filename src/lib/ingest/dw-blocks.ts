// The body of a DW scrape, in reading order: paragraphs, section headings and
// video references, then the editors' sign-off. Boilerplate lines are dropped;
// every other line becomes exactly one block, its text trimmed at both ends
// and otherwise kept as written.
import type { Block } from '../../schemas/article.ts';
import { isBoilerplate, isTrailerStart } from './dw-boilerplate.ts';
import { slugify, uniqueSlug } from './slug.ts';

export interface Signoff {
  raw: string;
  authors: string[];
  agencies: string[];
}

export interface DwBody {
  blocks: Block[];
  signoff?: Signoff;
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
  if (text.endsWith('?')) return !/[.!?]\s/u.test(text.slice(0, -1));
  return !/(?:[.!,;:…]|[.!?,]["”’»«])$/u.test(text);
}

function headingId(text: string, used: Set<string>, index: number): string {
  let base = slugify(text) || `section-${index}`;
  // Never shadow a paragraph or video anchor ("p4", "v1").
  if (/^[pv][1-9][0-9]*$/u.test(base)) base = `${base}-section`;
  return uniqueSlug(base, used);
}

/** Parses lines[start…] up to the page trailer. Line numbers in blocks are 1-based. */
export function parseDwBody(lines: readonly string[], start: number): DwBody {
  const items: { index: number; text: string }[] = [];
  for (let i = start; i < lines.length; i++) {
    const text = (lines[i] ?? '').trim();
    if (text === '') continue;
    if (isTrailerStart(text)) break;
    if (!isBoilerplate(text)) items.push({ index: i, text });
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
  return signoff ? { blocks, signoff } : { blocks };
}
