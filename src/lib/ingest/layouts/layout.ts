// The page layouts the ingest knows by name. Articles are converted; every
// other kind of DW page is refused by name ("live blog: not an article"), so
// that an editor learns what the file is rather than which line is missing.
import type { LeadImage } from '../lead-image.ts';

/** Layouts that hold one article. */
export type ArticleLayout = 'article' | 'article-2016' | 'video' | 'audio';
/** DW pages that are not one article. */
export type OtherLayout = 'live-blog' | 'gallery' | 'topic';
export type Layout = ArticleLayout | OtherLayout;

export const LAYOUT_NAMES: Readonly<Record<Layout, string>> = {
  article: 'article',
  'article-2016': '2016-era article',
  video: 'video page',
  audio: 'audio page',
  'live-blog': 'live blog',
  gallery: 'picture gallery',
  topic: 'topic or section page',
};

/** What a layout reads from the top of the page. */
export interface DwHeader {
  layout: ArticleLayout;
  categories: string[];
  title: string;
  /** 1-based lines of the title and dateline. */
  titleLine: number;
  date: string;
  dateLine: number;
  /** Languages whose month names the dateline is written with (empty for a numeric date). */
  dateLanguages: string[];
  dek: string;
  image?: LeadImage;
  /** 0-based index of the first line of the body. */
  bodyStart: number;
}

/** What a layout reader needs besides the lines. */
export interface HeaderContext {
  /** Languages whose month names a dateline may use (the page's, when known). */
  dateLanguages: readonly string[];
  /** Throws the refusal for `line` (1-based), naming the layout and the page's language. */
  refuse(line: number, layout: Layout, problem: string): never;
  /** An example dateline in the page's language ("6. Dezember 2024"). */
  exampleDate(): string;
  /** Tells the context which languages the dateline is written in, once found (messages name the page's language). */
  foundDate(languages: readonly string[]): void;
}
