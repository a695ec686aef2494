// Today's DW pages (the seeds' layout), line by line:
//   article: skip links; a run-together section label on the next line
//            ("ConflictsSyria"); the title; the dateline; the dek; the lead
//            image (alt, caption + credit); the body.
//   video page: skip links; section label; title; the duration ("03:34"); the
//            player's fallback line; an author line; the dateline; the text.
//   audio page: skip links; title; dateline ("24 Juni 2024"); a short text;
//            the short link. No section label and no image.
import { looksLikeDate, parseDateLine } from '../dates.ts';
import { durationSeconds } from '../dw-blocks.ts';
import { leadImageAfterDek } from '../lead-image.ts';
import { findSkipLinks, isPlayerFallback, isTrailerLine, pageChrome } from '../page-chrome.ts';
import { nextContentLine, type Numbered } from './content-lines.ts';
import type { ArticleLayout, DwHeader, HeaderContext } from './layout.ts';

/** "ConflictsSyria" → ["Conflicts", "Syria"]: DW glues the trail at lower→upper case changes. */
export function splitCategoryTrail(line: string): string[] {
  return line
    .split(/(?<=\p{Ll})(?=\p{Lu})/u)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** A glued category trail, as opposed to a headline: a case change inside a word, few words, no punctuation. */
export function looksLikeCategoryTrail(line: string): boolean {
  return /\p{Ll}\p{Lu}/u.test(line) && line.split(/\s+/u).length <= 4 && !/[.,:;!?"]/u.test(line);
}

/** A section label printed right under the skip links, without a blank line: short, no sentence punctuation. */
function isLabelLine(line: string): boolean {
  return line.split(/\s+/u).length <= 6 && !/[.,:;!?؟،"“”«»]/u.test(line) && parseDateLine(line).kind === 'none';
}

/** Lines between the title and the dateline that a video page prints; more means the dateline is missing. */
const MAX_LINES_BEFORE_DATE = 4;
/** A dateline, with an author's name glued on at most, is short. */
const MAX_DATELINE_LENGTH = 80;

interface Dated {
  at: Numbered;
  iso: string;
  languages: string[];
  video: boolean;
}

function findDateline(lines: readonly string[], title: Numbered, context: HeaderContext, layout: () => ArticleLayout): Dated | null {
  let video = false;
  let from = title.index + 1;
  for (let k = 0; k < MAX_LINES_BEFORE_DATE; k++) {
    const line = nextContentLine(lines, from);
    if (!line || line.text.length > MAX_DATELINE_LENGTH) return null;
    from = line.index + 1;
    const parsed = parseDateLine(line.text, context.dateLanguages);
    if (parsed.kind === 'date') return { at: line, iso: parsed.iso, languages: parsed.languages, video };
    if (parsed.kind === 'invalid') context.refuse(line.index + 1, layout(), `invalid date "${line.text}": ${parsed.reason}`);
    if (parsed.kind === 'calendar') {
      const name = new Intl.DisplayNames('en', { type: 'calendar' }).of(parsed.calendar) ?? parsed.calendar;
      context.refuse(line.index + 1, layout(), `the dateline "${line.text}" is a date of the ${name}, which is not supported: give the Gregorian date`);
    }
    if (durationSeconds(line.text) !== null) {
      video = true;
      continue;
    }
    // On a video page: the player's fallback line and the author's name come before the date.
    if (video && (isPlayerFallback(line.text) || line.text.split(/\s+/u).length <= 6)) continue;
    return null;
  }
  return null;
}

/** Reads the header of an article, video or audio page of today's layout, or refuses the page naming the line. */
export function readCurrentHeader(lines: readonly string[], context: HeaderContext): DwHeader {
  const skip = findSkipLinks(lines);
  const chrome = pageChrome(skip);
  let from = skip ? skip.last + 1 : 0;
  let trail: Numbered | null = null;
  const afterSkip = skip ? (lines[skip.last + 1] ?? '').trim() : '';
  if (skip && afterSkip !== '' && isLabelLine(afterSkip)) {
    trail = { index: skip.last + 1, text: afterSkip };
    from = skip.last + 2;
  }
  let title = nextContentLine(lines, from);
  if (!trail && title && looksLikeCategoryTrail(title.text)) {
    trail = title;
    title = nextContentLine(lines, title.index + 1);
  }
  // A label line followed by a date was the title after all (a page whose title follows the skip links directly).
  if (trail && title && !looksLikeCategoryTrail(trail.text) && parseDateLine(title.text, context.dateLanguages).kind === 'date') {
    title = trail;
    trail = null;
  }
  let layout: ArticleLayout = 'article';
  const guess = () => layout;
  if (!title) context.refuse(lines.length, layout, `missing title and date: expected a headline, then a dateline such as "${context.exampleDate()}"`);
  if (parseDateLine(title.text, context.dateLanguages).kind === 'date') {
    context.refuse(title.index + 1, layout, 'missing title: expected a headline on the line before the date');
  }
  const dated = findDateline(lines, title, context, guess);
  if (!dated) {
    const next = nextContentLine(lines, title.index + 1);
    const at = next ?? title;
    if (next && looksLikeDate(next.text, context.dateLanguages)) {
      context.refuse(at.index + 1, layout, `unknown date format "${next.text}": expected a dateline such as "${context.exampleDate()}"`);
    }
    context.refuse(at.index + 1, layout, `missing date: expected a dateline such as "${context.exampleDate()}" after the title`);
  }
  context.foundDate(dated.languages);
  if (dated.video) layout = 'video';
  const dek = nextContentLine(lines, dated.at.index + 1);
  if (!dek || isTrailerLine(dek.text, chrome)) {
    context.refuse(dated.at.index + 1, layout, 'the page ends after its date: no dek and no body (truncated file?)');
  }
  const header: DwHeader = {
    layout,
    categories: trail ? splitCategoryTrail(trail.text) : [],
    title: title.text,
    titleLine: title.index + 1,
    date: dated.iso,
    dateLine: dated.at.index + 1,
    dateLanguages: dated.languages,
    dek: dek.text,
    bodyStart: dek.index + 1,
  };
  const lead = leadImageAfterDek(lines, dek.index);
  if (lead) {
    header.image = lead.image;
    header.bodyStart = lead.next;
  } else if (layout === 'video') {
    // A video page has no dek: the text under the dateline is its body.
    header.dek = '';
    header.bodyStart = dek.index;
  } else if (!trail && layout === 'article' && isShortText(lines, dek.index + 1, chrome)) {
    // An audio page: no section label, no image, a short text and the short link. That text is the body.
    header.layout = 'audio';
    header.dek = '';
    header.bodyStart = dek.index;
  }
  return header;
}

/** At most two more lines of text after `from` before the page (or its trailer) ends. */
function isShortText(lines: readonly string[], from: number, chrome: ReturnType<typeof pageChrome>): boolean {
  let count = 0;
  for (let line = nextContentLine(lines, from); line && !isTrailerLine(line.text, chrome); line = nextContentLine(lines, line.index + 1)) {
    if (++count > 2) return false;
  }
  return true;
}
