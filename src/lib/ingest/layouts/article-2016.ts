// DW's article pages of about 2016, line by line: the browser title "Title |
// Section | DW | dd.mm.yyyy" (the only date on the page); numbered skip links
// in German words even on English pages ("1. Inhalt" … "6. Choose from 30
// Languages"); menu lines and the section's name; the title again; the dek;
// the body with short subheadings.
import { parseDateLine } from '../dates.ts';
import { leadImageAfterDek } from '../lead-image.ts';
import { findSkipLinks } from '../page-chrome.ts';
import { nextContentLine } from './content-lines.ts';
import type { DwHeader, HeaderContext } from './layout.ts';

/** "Title | Section | DW | 28.10.2016": the title may itself hold " | ", so the fields are read from the end. */
const TITLE_LINE = /^(?<title>.+?)\s\|\s(?<section>[^|]+?)\s\|\s(?<brand>[^|]+?)\s\|\s(?<date>\S+)$/u;

export interface TitleLine {
  title: string;
  section: string;
  date: string;
}

/** The 2016-era title line, or null when the line is not one. */
export function readTitleLine(line: string): TitleLine | null {
  const m = TITLE_LINE.exec(line.trim());
  const groups = m?.groups;
  if (!groups || parseDateLine(groups['date'] ?? '', []).kind !== 'date') return null;
  return { title: (groups['title'] ?? '').trim(), section: (groups['section'] ?? '').trim(), date: groups['date'] ?? '' };
}

/** Menu lines and the section's name may stand between the skip links and the repeated title. */
const MAX_MENU_LINES = 8;

export function readHeader2016(lines: readonly string[], first: number, context: HeaderContext): DwHeader {
  const titleLine = readTitleLine(lines[first] ?? '') as TitleLine;
  const parsed = parseDateLine(titleLine.date, []);
  if (parsed.kind !== 'date') context.refuse(first + 1, 'article-2016', `invalid date "${titleLine.date}"`);
  context.foundDate([]);
  const skip = findSkipLinks(lines, first + 1);
  let line = nextContentLine(lines, skip ? skip.last + 1 : first + 1);
  for (let k = 0; line && line.text !== titleLine.title && k < MAX_MENU_LINES; k++) line = nextContentLine(lines, line.index + 1);
  if (!line || line.text !== titleLine.title) {
    context.refuse(first + 1, 'article-2016', `the headline "${titleLine.title}" of line ${first + 1} does not appear again after the menu: expected the headline, then the dek`);
  }
  const dek = nextContentLine(lines, line.index + 1);
  if (!dek) context.refuse(line.index + 1, 'article-2016', 'the page ends after its headline: no dek and no body (truncated file?)');
  const header: DwHeader = {
    layout: 'article-2016',
    categories: [titleLine.section],
    title: titleLine.title,
    titleLine: line.index + 1,
    date: parsed.iso,
    dateLine: first + 1,
    dateLanguages: [],
    dek: dek.text,
    bodyStart: dek.index + 1,
  };
  const lead = leadImageAfterDek(lines, dek.index);
  if (lead) {
    header.image = lead.image;
    header.bodyStart = lead.next;
  }
  return header;
}
