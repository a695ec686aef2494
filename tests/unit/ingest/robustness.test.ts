// Bad and unusual input: each case either converts, with every piece of text
// rendered literally by the generated MDX, or stops with "<file>:<line>: …".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Article } from '../../../src/schemas/article.ts';
import { articleMdxFile } from '../../../src/lib/ingest/generated-file.ts';
import { IngestError } from '../../../src/lib/ingest/ingest-error.ts';
import { parseDwArticle } from '../../../src/lib/ingest/parse-dw-article.ts';
import { bytes, dwSkeleton, FIXTURES, fixtureRegistries, renderingMismatches, ROOT } from './support.ts';

const registries = fixtureRegistries();
const SEED1 = readFileSync(join(ROOT, 'seeds/dw-2024-12-01-syrian-army-sends-reinforcements-hama.txt'));

function convert(input: Uint8Array | string, file = 'test.txt', maxBytes?: number): Article {
  const data = typeof input === 'string' ? bytes(input) : input;
  return parseDwArticle(data, { file, publisher: 'DW', ...(maxBytes ? { maxBytes } : {}) }, registries).article;
}

/** The IngestError message the input stops with (fails the test if it converts or throws anything else). */
function failure(input: Uint8Array | string, file = 'test.txt'): string {
  try {
    convert(input, file);
  } catch (error) {
    expect(error).toBeInstanceOf(IngestError);
    return (error as IngestError).message;
  }
  throw new Error('expected the input to be refused');
}

function expectLiteral(article: Article): void {
  expect(renderingMismatches(article, articleMdxFile(article, article.source.file))).toEqual([]);
}

describe('refused with file and line', () => {
  test('empty file', () => {
    expect(failure(new Uint8Array(0), 'empty.txt')).toBe('empty.txt:1: the file is empty');
    expect(failure(' \n\u00a0\n\n', 'blank.txt')).toBe('blank.txt:1: the file has no text');
  });

  test('binary file', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    expect(failure(png, 'image.png')).toBe('image.png:3: contains a NUL byte at offset 8: a binary file, not article text');
  });

  test('not UTF-8 (Latin-1) and stray control characters', () => {
    const latin1 = new Uint8Array([...bytes('1. Skip to content\nCaf'), 0xe9, ...bytes('\n')]);
    expect(failure(latin1, 'latin1.txt')).toBe('latin1.txt:2: not UTF-8 text (byte 0xE9 at offset 22); save the article as UTF-8');
    expect(failure(dwSkeleton(['A paragraph with a bell\u0007 in it.']), 'bell.txt')).toBe(
      'bell.txt:15: control character U+0007 at column 24: not article text',
    );
  });

  test('missing title', () => {
    const text = dwSkeleton(['Body.']).replace('Test article about Hama\n\n', '');
    expect(failure(text, 'notitle.txt')).toBe('notitle.txt:6: article in English (en): missing title: expected a headline on the line before the date');
  });

  test('missing date', () => {
    const text = dwSkeleton(['Body.']).replace('December 1, 2024\n\n', '');
    expect(failure(text, 'nodate.txt')).toMatch(/^nodate\.txt:8: article in English \(en\): missing date: expected a dateline such as "December 6, 2024"/u);
  });

  test.each(['2024-12-01', '1st December 2024', 'Dec 1st, 2024', '12/01/2024', 'Sunday, 1 December'])('unknown date format %s', (date) => {
    expect(failure(dwSkeleton(['Body.'], { date }), 'date.txt')).toMatch(new RegExp(`^date\\.txt:8: article in English \\(en\\): unknown date format "${date.replace('.', '\\.')}"`, 'u'));
  });

  test('a date that does not exist', () => {
    expect(failure(dwSkeleton(['Body.'], { date: 'February 30, 2024' }), 'd.txt')).toBe(
      'd.txt:8: article in English (en): invalid date "February 30, 2024": there is no day 30 in month 2 of 2024',
    );
  });

  test('truncated after the date, or before any paragraph', () => {
    const lines = SEED1.toString('utf8').split('\n');
    expect(failure(lines.slice(0, 8).join('\n'), 'cut.txt')).toBe(
      'cut.txt:8: article in English (en): the page ends after its date: no dek and no body (truncated file?)',
    );
    expect(failure(lines.slice(0, 14).join('\n'), 'cut.txt')).toBe('cut.txt:14: article in English (en): no body after the dek and image (truncated article?)');
  });

  test('a 10 MB file is over the size limit', () => {
    const big = dwSkeleton(Array.from({ length: 40_000 }, (_, i) => `Paragraph ${i} ${'x'.repeat(250)}.`));
    expect(big.length).toBeGreaterThan(10_000_000);
    expect(failure(big, 'big.txt')).toBe('big.txt:1: the file is 10.3 MB; one article may be at most 4.0 MB');
  });
});

describe('converted with all text literal', () => {
  test('a truncated article (cut mid-sentence) keeps what is there', () => {
    const cut = SEED1.subarray(0, SEED1.indexOf('Government pushback') + 200);
    const article = convert(cut, 'cut.txt');
    expect(article.signoff).toBeUndefined();
    expect(article.blocks.at(-1)).toMatchObject({ type: 'paragraph', id: 'p5', text: expect.stringMatching(/^The Observatory, which gets/u) });
    expectLiteral(article);
  });

  test('a 10 MB article converts when the limit is raised', () => {
    const paragraphs = Array.from({ length: 40_000 }, (_, i) => `"${'x'.repeat(240)}," Netanyahu said in paragraph ${i}.`);
    const article = convert(dwSkeleton(paragraphs), 'big.txt', 16 * 1024 * 1024);
    expect(article.blocks).toHaveLength(40_000);
    expect(article.quotes).toHaveLength(40_000);
    expect(article.quotes[39_999]).toMatchObject({ paragraph: 'p40000', speaker: { name: 'Netanyahu', ref: 'netanyahu' } });
  });

  test('markup, JSX, ESM and HTML entities stay text', () => {
    const nasty = [
      'Braces { and } and <b>tags</b> and </script><script>alert(1)</script> stay text.',
      'import fs from "node:fs"',
      'export const x = 1;',
      'A backtick ` and ${template} and a dollar $ and a backslash \\ are literal.',
      'Entities &amp; &lt;script&gt; &#123; &nbsp; stay as typed.',
      '{alert(1)}',
      '<Quote>not a component</Quote>',
      '# not a heading',
      '> not a blockquote, [not a link](http://example.com), *not emphasis*, `not code`.',
      '---',
      '<!-- not a comment -->',
      '\u2028Line\u2029separators\u2028inside.',
      'He said "a {brace} and </P> inside a quote," the army said.',
    ];
    const article = convert(dwSkeleton(nasty), 'nasty.txt');
    const texts = article.blocks.map((b) => (b.type === 'video' ? b.title : b.text));
    expect(texts).toEqual(nasty.map((line) => line.trim()));
    expect(article.quotes.map((q) => q.text)).toEqual(['a {brace} and </P> inside a quote,']);
    expectLiteral(article);
  });

  test('Arabic script with RTL marks', () => {
    const arabic = ['\u200fقالت المصادر إن "المعارك مستمرة في المدينة منذ الصباح" في حمص.\u200f', 'الوضع في حمص \u202bنص\u202c هادئ.'];
    const article = convert(dwSkeleton(arabic, { title: 'تقرير عن حمص' }), 'ar.txt');
    expect(article.slug).toMatch(/^article-[0-9a-f]{12}$/u);
    expect(article.title).toBe('تقرير عن حمص');
    expect(article.blocks.map((b) => (b.type === 'video' ? b.title : b.text))).toEqual(arabic);
    expect(article.places.map((m) => [m.paragraph, m.text, m.ref])).toEqual([
      ['p1', 'حمص', 'homs'],
      ['p2', 'حمص', 'homs'],
    ]);
    expect(article.quotes.map((q) => q.text)).toEqual(['المعارك مستمرة في المدينة منذ الصباح']);
    expectLiteral(article);
  });

  test('CRLF line ends and a BOM give the same article as the original', () => {
    const original = convert(SEED1, 'seed.txt');
    const crlf = convert(bytes(SEED1.toString('utf8').replaceAll('\n', '\r\n')), 'seed.txt');
    const bom = convert(new Uint8Array([0xef, 0xbb, 0xbf, ...SEED1]), 'seed.txt');
    const { source: _s1, ...rest } = original;
    for (const variant of [crlf, bom]) {
      const { source: _s2, ...same } = variant;
      expect(same).toEqual(rest);
    }
    expectLiteral(crlf);
  });

  test('a German DW page', () => {
    const article = convert(readFileSync(join(FIXTURES, 'de-article.txt')), 'de-article.txt');
    expect(article).toMatchObject({
      slug: 'testartikel-rebellen-ruecken-auf-hama-vor',
      title: 'Testartikel: Rebellen rücken auf Hama vor',
      date: '2023-12-24',
      language: 'de',
      categories: ['Konflikte', 'Syrien'],
      image: { alt: 'Ein Platzhalterbild ohne Inhalt.', caption: 'Eine Bildunterschrift für den Test', credit: 'Testagentur/Testfoto' },
      signoff: { authors: ['ab', 'cd'], agencies: ['dpa', 'AFP'] },
    });
    expect(article.blocks.map((b) => `${b.type}:${b.id}`)).toEqual(['paragraph:p1', 'video:v1', 'heading:lage-in-der-region', 'paragraph:p2']);
    expect(article.figures.map((f) => [f.raw, f.value, f.counts])).toEqual([['1.500', 1500, 'Menschen']]);
    expectLiteral(article);
  });

  test('German dates, numeric and with the author glued on', () => {
    const page = (date: string) => readFileSync(join(FIXTURES, 'de-article.txt'), 'utf8').replace('24. Dezember 2023', date);
    expect(convert(page('24.12.2023')).date).toBe('2023-12-24');
    expect(convert(page('Daphne Antachopoulos14. September 2004')).date).toBe('2004-09-14');
  });
});
