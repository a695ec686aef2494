// One DW scrape (raw bytes) → a validated Article. Pure apart from hashing:
// the caller reads the file and decides where the result goes.
import { hash } from 'node:crypto';
import { z } from 'zod';
import { articleSchema, type Article, type Mention, type ParagraphBlock } from '../../schemas/article.ts';
import { parseDwBody } from './dw-blocks.ts';
import { parseDwHeader } from './dw-metadata.ts';
import { findFigures } from './figures.ts';
import { IngestError } from './ingest-error.ts';
import type { AliasMatcher } from './mentions.ts';
import { findQuotes } from './quotes.ts';
import { readArticleLines } from './read-text.ts';
import type { CompiledRegistries } from './registries.ts';
import { slugify } from './slug.ts';

export interface ArticleOrigin {
  /** The input's path as shown in messages and recorded in `source.file` ("seeds/dw-….txt"). */
  file: string;
  publisher: string;
  url?: string;
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

export interface ParsedArticle {
  article: Article;
  /** 1-based lines of the title and dateline, for messages about them. */
  lines: { title: number; date: number };
}

export function parseDwArticle(bytes: Uint8Array, origin: ArticleOrigin, registries: CompiledRegistries): ParsedArticle {
  const { file } = origin;
  const lines = readArticleLines(bytes, file, origin.maxBytes);
  const header = parseDwHeader(lines, file);
  const body = parseDwBody(lines, header.bodyStart);
  const paragraphs = body.blocks.filter((b): b is ParagraphBlock => b.type === 'paragraph');
  if (body.blocks.length === 0) {
    throw new IngestError(file, lines.length, 'no body after the dek and image (truncated article?)');
  }
  // The caption is citable too: figures and names printed only there (seed 2's
  // "at least 40 villages") are recorded with paragraph "caption".
  const captioned: ParagraphBlock[] = header.image?.caption
    ? [...paragraphs, { type: 'paragraph', id: 'caption', text: header.image.caption, line: header.image.line }]
    : paragraphs;
  const sha256 = hash('sha256', bytes, 'hex');
  // Key order here is the key order of the generated JSON.
  const article: Article = {
    slug: slugify(header.title) || `article-${sha256.slice(0, 12)}`,
    title: header.title,
    date: header.date,
    language: header.language,
    categories: header.categories,
    dek: header.dek,
    ...(header.image ? { image: header.image } : {}),
    source: { publisher: origin.publisher, ...(origin.url !== undefined ? { url: origin.url } : {}), file, sha256 },
    ...(body.signoff ? { signoff: body.signoff } : {}),
    blocks: body.blocks,
    quotes: findQuotes(paragraphs, registries),
    figures: findFigures(captioned, header.language),
    places: mentions(captioned, registries.places),
    actors: mentions(captioned, registries.actors),
  };
  const checked = compiledArticleSchema.validate(article) ? null : articleSchema.safeParse(article);
  if (checked && !checked.success) {
    const issue = checked.error.issues[0];
    const path = issue?.path ?? [];
    throw new IngestError(file, lineOf(article, path, header.titleLine), `${path.join('.') || 'article'}: ${issue?.message ?? 'invalid'}`);
  }
  return { article, lines: { title: header.titleLine, date: header.dateLine } };
}
