// One input file → its Article and the two generated files' content, on
// whichever thread converts it (staged-article.ts).
import { readFileSync } from 'node:fs';
import { articleJsonBytes, articleMdxFile } from './generated-file.ts';
import { IngestError } from './ingest-error.ts';
import type { IngestWarning } from './ingest-warning.ts';
import { parseDwArticle, type ParsedArticle } from './parse-dw-article.ts';
import type { CompiledRegistries } from './registries.ts';
import { checkAgainstSource, type SeedSource } from './seed-sources.ts';

export interface IngestInput {
  /** Where to read the file. */
  path: string;
  /** How messages and the generated files name it ("seeds/dw-….txt"). */
  file: string;
  publisher: string;
  url?: string;
  /** The seeds/sources.json entry to check the parsed article against. */
  source?: SeedSource;
}

/** What a run needs of a converted article: the two generated files, as the bytes to write. */
export interface Converted {
  slug: string;
  titleLine: number;
  json: Uint8Array;
  mdx: Uint8Array;
  warnings: IngestWarning[];
}

const utf8 = new TextEncoder();

/** Reads and parses one input (the article, how it was read, its warnings), or throws an IngestError naming its file and line. */
export function parseInput(input: IngestInput, registries: CompiledRegistries, maxBytes?: number): ParsedArticle {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(input.path);
  } catch (error) {
    throw new IngestError(input.file, undefined, `cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const origin = {
    file: input.file,
    publisher: input.publisher,
    ...(input.url !== undefined ? { url: input.url } : {}),
    ...(input.source ? { language: input.source.language } : {}),
    ...(maxBytes !== undefined ? { maxBytes } : {}),
  };
  const parsed = parseDwArticle(bytes, origin, registries);
  if (input.source) checkAgainstSource(parsed.article, input.source, parsed.lines);
  return parsed;
}

/** Converts one input into the two files to write, or throws an IngestError naming its file and line. */
export function convertInput(input: IngestInput, registries: CompiledRegistries, maxBytes?: number): Converted {
  const { article, lines, warnings } = parseInput(input, registries, maxBytes);
  return {
    slug: article.slug,
    titleLine: lines.title,
    json: articleJsonBytes(article, input.file),
    mdx: utf8.encode(articleMdxFile(article, input.file)),
    warnings,
  };
}
