// A DW live blog: the title, then "Published <date>last updated <date>What
// you need to know" run together on one line, a bullet list, "These live
// updates have been closed…", then timestamped entries. Recognised by its
// structure: a line near the top that holds two dates.
import { parseDateLine } from '../dates.ts';
import { findSkipLinks } from '../page-chrome.ts';
import { nextContentLine } from './content-lines.ts';

/** Lines after the skip links searched for the publication line: a section label, the title, then that line. */
const HEAD_LINES = 3;

/** How many dates a line holds: each piece of the line that ends in a four-digit year is tried as a dateline. */
export function countDates(line: string, languages: readonly string[]): number {
  let count = 0;
  let start = 0;
  for (const m of line.matchAll(/(?<!\p{Nd})\p{Nd}{4}(?!\p{Nd})/gu)) {
    const end = m.index + m[0].length;
    if (parseDateLine(line.slice(start, end), languages).kind === 'date') {
      count++;
      start = end;
    }
  }
  return count;
}

/** The 1-based line that marks the page as a live blog, or null. */
export function liveBlogLine(lines: readonly string[], languages: readonly string[]): number | null {
  const skip = findSkipLinks(lines);
  let line = nextContentLine(lines, skip ? skip.last + 1 : 0);
  for (let k = 0; line && k < HEAD_LINES; k++, line = nextContentLine(lines, line.index + 1)) {
    if (countDates(line.text, languages) >= 2) return line.index + 1;
  }
  return null;
}
