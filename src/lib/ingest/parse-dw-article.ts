// One DW scrape (raw bytes) → a validated Article, with the layout and
// language it was read as and the warnings an editor should see. Pure apart
// from hashing: the caller reads the file and decides where the result goes.
//   bytes → lines (read-text.ts) → one copy of the page (repeated-page.ts)
//   → refuse what is not an article (layouts/page-kind.ts, live-blog.ts)
//   → header by layout (layouts/article-2016.ts, current-page.ts)
//   → language (language/page-language.ts) → body (dw-blocks.ts) → spans.
import { hash } from 'node:crypto';
import { z } from 'zod';
import { articleSchema, type Article, type Mention, type ParagraphBlock } from '../../schemas/article.ts';
import { exampleDate, parseDateLine } from './dates.ts';
import { parseDwBody } from './dw-blocks.ts';
import { findFigures } from './figures.ts';
import { IngestError } from './ingest-error.ts';
import type { IngestWarning } from './ingest-warning.ts';
import { baseLanguage, DW_LANGUAGES, languageFromUrl, languageName } from './language/dw-languages.ts';
import { detectLanguage, type PageLanguage } from './language/page-language.ts';
import { readHeader2016, readTitleLine } from './layouts/article-2016.ts';
import { nextContentLine } from './layouts/content-lines.ts';
import { readCurrentHeader } from './layouts/current-page.ts';
import { LAYOUT_NAMES, type ArticleLayout, type DwHeader, type HeaderContext, type Layout } from './layouts/layout.ts';
import { liveBlogLine } from './layouts/live-blog.ts';
import { layoutFromUrl } from './layouts/page-kind.ts';
import type { AliasMatcher } from './mentions.ts';
import { findSkipLinks, pageChrome } from './page-chrome.ts';
import { findQuotes } from './quotes.ts';
import { readArticleLines } from './read-text.ts';
import type { CompiledRegistries } from './registries.ts';
import { dropRepeatedCopy } from './repeated-page.ts';
import { slugify } from './slug.ts';
import { unknownSpeakerWarnings } from './unknown-speakers.ts';

export interface ArticleOrigin {
  /** The input's path as shown in messages and recorded in `source.file` ("seeds/dw-….txt"). */
  file: string;
  publisher: string;
  url?: string;
  /** The page's language as seeds/sources.json gives it. */
  language?: string;
  maxBytes?: number;
}

function mentions(paragraphs: readonly ParagraphBlock[], matcher: AliasMatcher): Mention[] {
  return paragraphs.flatMap((p) =>
    matcher.find(p.text).map((m) => ({ paragraph: p.id, start: m.start, end: m.end, ref: m.ref, text: m.text })),
  );
}

/** Where a schema problem sits in the input: the block's line, else the title's. */
function lineOf(article: Article, path: readonly PropertyKey[], titleLine: number): number {
  const block = path[0] === 'blocks' && typeof path[1] === 'number' ? article.blocks[path[1]] : undefined;
  return block?.line ?? titleLine;
}

// The schema compiled to one generated function (zod's `z.compile`): the same
// verdict as `articleSchema`, an eighth of the time. Only when it fails does the
// runtime parser run, for the issue to report.
const compiledArticleSchema = z.compile(articleSchema);

/** Figures are read with English and German number words and units only (figures.ts, figure-counts.ts). */
const FIGURE_LANGUAGES = new Set(['en', 'de']);

export interface ParsedArticle {
  article: Article;
  /** 1-based lines of the title and dateline, for messages about them. */
  lines: { title: number; date: number };
  layout: ArticleLayout;
  language: PageLanguage;
  warnings: IngestWarning[];
}

/** The text a language is detected from: the first lines that are not chrome, up to a few paragraphs. */
function textSample(lines: readonly string[]): string {
  const sample: string[] = [];
  let length = 0;
  for (let line = nextContentLine(lines, 0); line && length < 2000; line = nextContentLine(lines, line.index + 1)) {
    if (/^\p{Nd}{1,2}\.\s/u.test(line.text)) continue;
    sample.push(line.text);
    length += line.text.length;
  }
  return sample.join('\n');
}

function describeLanguage(tag: string | null): string {
  return tag === null ? 'in a language that could not be told' : `in ${languageName(tag)} (${tag})`;
}

export function parseDwArticle(bytes: Uint8Array, origin: ArticleOrigin, registries: CompiledRegistries): ParsedArticle {
  const { file } = origin;
  const warnings: IngestWarning[] = [];
  const single = dropRepeatedCopy(readArticleLines(bytes, file, origin.maxBytes), file);
  const lines = single.lines;
  if (single.dropped) {
    const { from, to, kept } = single.dropped;
    warnings.push({ file, line: from, detail: `the page is pasted twice: lines ${from}–${to} repeat lines ${kept.from}–${kept.to} and were dropped` });
  }
  const urlLanguage = origin.url !== undefined ? languageFromUrl(origin.url) : null;
  const given: PageLanguage | null = origin.language ? { tag: origin.language, from: 'sources.json' } : urlLanguage ? { tag: urlLanguage, from: 'url' } : null;
  let textLanguage: string | null | undefined;
  let datelineLanguage: string | undefined;
  // For messages: the given language, else the dateline's (when its month names name one), else the text's.
  const messageLanguage = () =>
    given?.tag ?? datelineLanguage ?? (textLanguage === undefined ? (textLanguage = detectLanguage(textSample(lines))) : textLanguage);
  const refuse = (line: number, layout: Layout, problem: string): never => {
    throw new IngestError(file, line, `${LAYOUT_NAMES[layout]} ${describeLanguage(messageLanguage())}: ${problem}`);
  };
  const fromUrl = origin.url !== undefined ? layoutFromUrl(origin.url) : null;
  if (fromUrl === 'live-blog' || fromUrl === 'gallery' || fromUrl === 'topic') {
    refuse(1, fromUrl, `not an article (its address ${origin.url} is one): expected an article, video or audio page`);
  }
  // Month names of the page's language first (they decide between readings), then of any DW language.
  const dateLanguages = given ? [given.tag, ...DW_LANGUAGES.filter((l) => l !== given.tag)] : DW_LANGUAGES;
  const live = liveBlogLine(lines, dateLanguages);
  if (live !== null) refuse(live, 'live-blog', 'not an article (this line holds a live blog\'s publication and update times): expected an article, video or audio page');
  const context: HeaderContext = {
    dateLanguages,
    refuse,
    exampleDate: () => exampleDate(messageLanguage() ?? 'en'),
    foundDate: (languages) => {
      if (languages.length === 1) datelineLanguage = languages[0];
    },
  };
  const first = nextContentLine(lines, 0);
  const is2016 = first !== null && readTitleLine(first.text) !== null;
  const header: DwHeader = is2016 ? readHeader2016(lines, first.index, context) : readCurrentHeader(lines, context);
  const language = pageLanguage(header, given, lines, warnings, file);
  if (header.dateLanguages.length > 0 && !header.dateLanguages.includes(language.tag)) {
    // A month name that is a different month in another language ("listopada"): read it as the page's language writes it.
    const own = parseDateLine(lines[header.dateLine - 1] ?? '', [language.tag]);
    if (own.kind === 'date') header.date = own.iso;
  }
  const skip = findSkipLinks(lines, is2016 ? first.index + 1 : 0);
  const body = parseDwBody(lines, header.bodyStart, pageChrome(skip));
  const paragraphs = body.blocks.filter((b): b is ParagraphBlock => b.type === 'paragraph');
  if (body.blocks.length === 0) {
    const expected = header.layout === 'audio' ? 'no text after the date' : 'no body after the dek and image (truncated article?)';
    refuse(lines.length, header.layout, expected);
  }
  if (body.truncatedAt !== undefined) {
    const last = paragraphs.at(-1);
    warnings.push({ file, line: body.truncatedAt, detail: `the page stops mid-sentence: its last paragraph (${last?.id ?? 'p?'}) is kept as it is, marked truncated` });
  }
  // The caption is citable too: figures and names printed only there (seed 2's
  // "at least 40 villages") are recorded with paragraph "caption".
  const captioned: ParagraphBlock[] = header.image?.caption
    ? [...paragraphs, { type: 'paragraph', id: 'caption', text: header.image.caption, line: header.image.line }]
    : paragraphs;
  const sha256 = hash('sha256', bytes, 'hex');
  const quotes = findQuotes(paragraphs, registries);
  warnings.push(...unknownSpeakerWarnings(quotes, paragraphs, registries, file));
  // Key order here is the key order of the generated JSON.
  const article: Article = {
    slug: slugify(header.title) || `article-${sha256.slice(0, 12)}`,
    title: header.title,
    date: header.date,
    language: language.tag,
    categories: header.categories,
    dek: header.dek,
    ...(header.image ? { image: header.image } : {}),
    source: { publisher: origin.publisher, ...(origin.url !== undefined ? { url: origin.url } : {}), file, sha256 },
    ...(body.signoff ? { signoff: body.signoff } : {}),
    blocks: body.blocks,
    quotes,
    figures: FIGURE_LANGUAGES.has(baseLanguage(language.tag)) ? findFigures(captioned, language.tag) : [],
    places: mentions(captioned, registries.places),
    actors: mentions(captioned, registries.actors),
  };
  const checked = compiledArticleSchema.validate(article) ? null : articleSchema.safeParse(article);
  if (checked && !checked.success) {
    const issue = checked.error.issues[0];
    const path = issue?.path ?? [];
    throw new IngestError(file, lineOf(article, path, header.titleLine), `${path.join('.') || 'article'}: ${issue?.message ?? 'invalid'}`);
  }
  return { article, lines: { title: header.titleLine, date: header.dateLine }, layout: header.layout, language, warnings };
}

/**
 * The page's language: as given; else the one language whose month names the
 * dateline uses; else the text's language among the dateline's candidates
 * (or all DW languages for a numeric date).
 */
function pageLanguage(header: DwHeader, given: PageLanguage | null, lines: readonly string[], warnings: IngestWarning[], file: string): PageLanguage {
  const candidates = header.dateLanguages;
  if (given) {
    if (candidates.length > 0 && !candidates.some((c) => baseLanguage(c) === baseLanguage(given.tag))) {
      const dateline = candidates.map((c) => `${languageName(c)} (${c})`).join(' or ');
      warnings.push({ file, line: header.dateLine, detail: `the dateline is written in ${dateline}, the page's language is ${languageName(given.tag)} (${given.tag}, from ${given.from === 'url' ? 'its address' : 'seeds/sources.json'})` });
    }
    return given;
  }
  const tag = candidates.length === 1 ? candidates[0] : (detectLanguage(textSample(lines), candidates.length > 0 ? candidates : DW_LANGUAGES) ?? candidates[0]);
  if (tag === undefined) {
    throw new IngestError(file, header.titleLine, `${LAYOUT_NAMES[header.layout]}: the page's language could not be told from its numeric date or its text: give its DW address (--url) or add it to seeds/sources.json`);
  }
  const how = candidates.length === 1 ? 'its dateline' : 'its text';
  warnings.push({ file, line: header.dateLine, detail: `no language given: ${languageName(tag)} (${tag}), detected from ${how}` });
  return { tag, from: 'detected' };
}
