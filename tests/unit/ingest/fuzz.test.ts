// Property tests: random paragraphs drawn from nasty alphabets (markup, MDX,
// JSX, HTML entities, quotes, bidi and other invisible characters, Arabic,
// emoji, random Unicode) put into a valid DW skeleton. Every case must either
// convert, with the generated MDX compiling and rendering every block's text
// exactly, or stop with a clean "<file>:<line>: message".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { exampleDate } from '../../../src/lib/ingest/dates.ts';
import { DW_LANGUAGES } from '../../../src/lib/ingest/language/dw-languages.ts';
import type { Article } from '../../../src/schemas/article.ts';
import { articleMdxFile } from '../../../src/lib/ingest/generated-file.ts';
import { IngestError } from '../../../src/lib/ingest/ingest-error.ts';
import { parseDwArticle } from '../../../src/lib/ingest/parse-dw-article.ts';
import { bytes, dwSkeleton, FIXTURES, fixtureRegistries, renderingMismatches } from './support.ts';

const registries = fixtureRegistries();

const TOKENS = [
  '{', '}', '<', '>', '</', '/>', '</script>', '<script>', '</P>', '<Quote>', '{"', '"}', '\\', '`', '${', '$', '#', '*', '_',
  '[', ']', '(', ')', '!', '-', '---', '```', '|', '~', '^', ':', ';', '.', ',', '?', '=', "'", '"', '“', '”', '„', '«', '»',
  'import ', 'export ', 'from ', 'const ', '&amp;', '&lt;script&gt;', '&#123;', '&nbsp;', '<!--', '-->', '\u00a0', ' ', '  ', '\t',
  '\u200f', '\u200e', '\u202e', '\u2066', '\u2069', '\u2028', '\u2029', '\ufeff', '\u200b', 'e\u0301', 'حمص', 'قالت', 'المعارك',
  '🙂', '👩‍👩‍👧', '漢字', 'Hama', 'Aleppo', 'HTS', 'Netanyahu', ' said', ' told AFP', 'the army', '412', '1,000', '2024', 'five',
  'December 4, 2024', 'Image: ', 'This browser', 'He', ' warned', 'word', 'Word', 'and', 'x',
];

const tokenParagraph = fc.array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 30 }).map((t) => t.join(''));
// Mostly printable Unicode, sometimes anything at all (lone surrogates, controls, line breaks).
const unicodeParagraph = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 80 }) },
);

type Outcome = { article: Article } | { error: string };

function convert(text: string, url?: string): Outcome {
  try {
    return { article: parseDwArticle(bytes(text), { file: 'fuzz.txt', publisher: 'DW', ...(url ? { url } : {}) }, registries).article };
  } catch (error) {
    if (error instanceof IngestError) return { error: error.message };
    throw error;
  }
}

function paragraphText(article: Article, id: string): string {
  // Spans may cite the lead image's caption (a random line can read as one).
  if (id === 'caption') return article.image?.caption ?? '';
  const block = article.blocks.find((b) => b.type === 'paragraph' && b.id === id);
  return block?.type === 'paragraph' ? block.text : '';
}

/** The checks every converted article must pass. */
function checkArticle(article: Article): void {
  expect(renderingMismatches(article, articleMdxFile(article, 'fuzz.txt'))).toEqual([]);
  for (const span of [...article.quotes, ...article.places, ...article.actors]) {
    expect(paragraphText(article, span.paragraph).slice(span.start, span.end)).toBe(span.text);
  }
  for (const figure of article.figures) expect(paragraphText(article, figure.paragraph).slice(figure.start, figure.end)).toBe(figure.raw);
}

describe('fuzz: random paragraphs in a valid DW skeleton', () => {
  test('markup-heavy paragraphs always convert, and every line comes back literally', () => {
    fc.assert(
      fc.property(fc.array(tokenParagraph, { minLength: 1, maxLength: 6 }), (paragraphs) => {
        const outcome = convert(dwSkeleton(paragraphs));
        if ('error' in outcome) {
          // Only an all-blank body may fail, and then cleanly.
          expect(paragraphs.every((p) => p.trim() === '')).toBe(true);
          expect(outcome.error).toMatch(/^fuzz\.txt:\d+: \S/u);
          return;
        }
        checkArticle(outcome.article);
        // Every non-blank input line is one block's text (or a video title), unchanged apart from trimming.
        const shown = outcome.article.blocks.map((b) => (b.type === 'video' ? b.title : b.text));
        const expected = paragraphs.map((p) => p.trim()).filter((p) => p !== '');
        for (const line of expected) expect(shown.join('\n')).toContain(line);
      }),
      { numRuns: 3000 },
    );
  }, 120_000);

  test('arbitrary Unicode (lone surrogates, controls, newlines) converts or fails cleanly', () => {
    let failed = 0;
    fc.assert(
      fc.property(fc.array(unicodeParagraph, { minLength: 1, maxLength: 5 }), fc.boolean(), (paragraphs, crlf) => {
        const text = dwSkeleton(paragraphs);
        const outcome = convert(crlf ? text.replaceAll('\n', '\r\n') : text);
        if ('error' in outcome) {
          expect(outcome.error).toMatch(/^fuzz\.txt:\d+: \S/u);
          failed++;
          return;
        }
        checkArticle(outcome.article);
      }),
      { numRuns: 3000 },
    );
    // Most cases must really convert, or the property would test little.
    expect(failed).toBeLessThan(1500);
  }, 120_000);

  test('nasty titles: converted with the title as written and a safe slug, or refused cleanly', () => {
    fc.assert(
      fc.property(tokenParagraph, (title) => {
        const outcome = convert(dwSkeleton(['A paragraph.'], { title }));
        if ('error' in outcome) {
          expect(outcome.error).toMatch(/^fuzz\.txt:\d+: \S/u);
          return;
        }
        expect(outcome.article.title).toBe(title.trim());
        expect(outcome.article.slug).toMatch(/^[a-z0-9][a-z0-9-]*$/u);
        checkArticle(outcome.article);
      }),
      { numRuns: 2000 },
    );
  }, 120_000);
});

// The layouts' fixtures, each with a place for random body lines and its dateline.
const LAYOUTS = ['article-2016-en.txt', 'video-de.txt', 'audio-sw.txt', 'article-ar.txt', 'truncated-en.txt', 'unknown-speaker-en.txt'].map((name) =>
  readFileSync(join(FIXTURES, name), 'utf8'),
);
// Datelines as each DW language writes them (CLDR), with their digits in the language's own script too.
const DATELINES = DW_LANGUAGES.flatMap((language) => {
  const native = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric', calendar: 'gregory', timeZone: 'UTC' });
  return [{ language, line: exampleDate(language) }, { language, line: native.format(new Date(Date.UTC(2024, 11, 6))) }];
});

describe('fuzz: every layout and language', () => {
  test('random lines inserted anywhere, deleted or cut: converted or refused as "<file>:<line>: …", never a crash', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LAYOUTS),
        fc.array(fc.tuple(fc.nat(), fc.oneof(tokenParagraph, unicodeParagraph, fc.constant(''))), { maxLength: 4 }),
        fc.option(fc.nat(), { nil: undefined }),
        fc.option(fc.nat(), { nil: undefined }),
        (page, inserts, deleteAt, cutAt) => {
          const lines = page.split('\n');
          for (const [at, line] of inserts) lines.splice(at % (lines.length + 1), 0, line);
          if (deleteAt !== undefined) lines.splice(deleteAt % lines.length, 1);
          let text = lines.join('\n');
          if (cutAt !== undefined) text = text.slice(0, cutAt % (text.length + 1));
          const outcome = convert(text);
          if ('error' in outcome) {
            expect(outcome.error).toMatch(/^fuzz\.txt:\d+: \S/u);
            return;
          }
          checkArticle(outcome.article);
        },
      ),
      { numRuns: 1500 },
    );
  }, 120_000);

  test("each language's dateline gives 6 December 2024 in today's layout, with random body lines", () => {
    fc.assert(
      fc.property(fc.constantFrom(...DATELINES), fc.array(tokenParagraph, { minLength: 1, maxLength: 4 }), ({ language, line }, paragraphs) => {
        const url = `https://www.dw.com/${language === 'fa' ? 'fa-ir' : language.toLowerCase()}/test/a-1`;
        const outcome = convert(dwSkeleton(paragraphs, { date: line }), url);
        if ('error' in outcome) {
          // Only an all-blank body may fail, and then cleanly.
          expect(paragraphs.every((p) => p.trim() === '')).toBe(true);
          expect(outcome.error).toMatch(/^fuzz\.txt:\d+: \S/u);
          return;
        }
        expect(outcome.article.date).toBe('2024-12-06');
        checkArticle(outcome.article);
      }),
      { numRuns: 800 },
    );
  }, 120_000);
});
