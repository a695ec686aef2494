// Page chrome recognised by its structure, whatever the page's language:
// the numbered skip links at the top ("1. Skip to content", "1. تخطي إلى
// المحتوى", "1. Nenda kwenye maudhui"), the "skip next section" lines that
// start the list of other stories (they share the skip links' verb: "Skip",
// "تخطي", "…springen"), short links and other bare addresses, and the video
// player's fallback line under a video's duration. The English and German
// wordings DW is known to use (dw-boilerplate.ts) are recognised as well.
import { isBoilerplate, isTrailerStart, isVideoFallback } from './dw-boilerplate.ts';
import { toAsciiDigits } from './language/native-digits.ts';

const NUMBERED = /^(\p{Nd}{1,2})\.\s+(\S.*)$/u;

export interface SkipLinks {
  /** 0-based index of the first and last numbered line. */
  first: number;
  last: number;
  labels: string[];
}

/** The skip links: numbered lines 1, 2, 3… (blank lines allowed between) from `from` on, at least two of them. */
export function findSkipLinks(lines: readonly string[], from = 0): SkipLinks | null {
  const labels: string[] = [];
  let first = -1;
  let last = -1;
  for (let i = from; i < lines.length; i++) {
    const text = (lines[i] ?? '').trim();
    if (text === '') continue;
    const m = NUMBERED.exec(text);
    if (!m || Number(toAsciiDigits(m[1] ?? '')) !== labels.length + 1) break;
    if (first < 0) first = i;
    last = i;
    labels.push((m[2] ?? '').trim());
  }
  return labels.length >= 2 ? { first, last, labels } : null;
}

export interface PageChrome {
  /** The word every skip link starts with ("Skip", "تخطي"), or ends with ("springen"), if there is one. */
  skipVerb: { word: string; at: 'start' | 'end' } | null;
}

function words(label: string): string[] {
  return label.split(/\s+/u).filter((w) => w !== '');
}

/** What the skip links tell about the rest of the page. */
export function pageChrome(skipLinks: SkipLinks | null): PageChrome {
  const labels = skipLinks?.labels.map(words) ?? [];
  if (labels.length < 2) return { skipVerb: null };
  const first = labels[0]?.[0];
  if (first !== undefined && labels.every((l) => l[0] === first)) return { skipVerb: { word: first, at: 'start' } };
  const last = labels[0]?.at(-1);
  if (last !== undefined && labels.every((l) => l.at(-1) === last)) return { skipVerb: { word: last, at: 'end' } };
  return { skipVerb: null };
}

/** A bare address on a line of its own (DW's short link "https://p.dw.com/p/…"): never article text. */
export function isBareAddress(text: string): boolean {
  return /^https?:\/\/\S+$/u.test(text);
}

/**
 * Where the list of other stories begins: DW's known wording, or a short line
 * that uses the skip links' verb ("Skip next section …", "…überspringen")
 * and does not end a sentence.
 */
export function isTrailerLine(text: string, chrome: PageChrome): boolean {
  if (isTrailerStart(text)) return true;
  const verb = chrome.skipVerb;
  if (!verb || NUMBERED.test(text)) return false;
  const w = words(text);
  if (w.length > 10 || /[.!?؟…]$/u.test(text)) return false;
  return verb.at === 'start' ? w[0] === verb.word : (w.at(-1) ?? '').endsWith(verb.word);
}

/** A line of chrome anywhere in the page: known boilerplate or a bare address. (Numbered lines are skip links only at the top: an article may number its points.) */
export function isChromeLine(text: string): boolean {
  return isBoilerplate(text) || isBareAddress(text);
}

/**
 * The player's fallback line right under a video's duration ("This browser
 * does not support the video element.", in the page's language): DW's known
 * wording, or a short sentence without digits or quotation marks.
 */
export function isPlayerFallback(text: string): boolean {
  if (isVideoFallback(text)) return true;
  return words(text).length <= 10 && /[.!。۔।]$/u.test(text) && !/[\p{Nd}"“”„«»]/u.test(text);
}
