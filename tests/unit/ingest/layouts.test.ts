// Each named layout, from a fixture that reproduces its structure line by line
// in filler text of our own (tests/fixtures/ingest/): what it converts to, or
// the refusal naming the layout, the language and what was expected.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { articleMdxFile } from '../../../src/lib/ingest/generated-file.ts';
import { IngestError } from '../../../src/lib/ingest/ingest-error.ts';
import { parseDwArticle, type ArticleOrigin, type ParsedArticle } from '../../../src/lib/ingest/parse-dw-article.ts';
import { bytes, FIXTURES, fixtureRegistries, renderMdx } from './support.ts';

const registries = fixtureRegistries();

function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

function parse(text: string, origin: Partial<ArticleOrigin> = {}, file = 'page.txt'): ParsedArticle {
  return parseDwArticle(bytes(text), { file, publisher: 'DW', ...origin }, registries);
}

function refusal(text: string, origin: Partial<ArticleOrigin> = {}, file = 'page.txt'): string {
  try {
    parse(text, origin, file);
  } catch (error) {
    expect(error).toBeInstanceOf(IngestError);
    return (error as IngestError).message;
  }
  throw new Error('expected the page to be refused');
}

const texts = (parsed: ParsedArticle) => parsed.article.blocks.map((b) => `${b.type}:${b.type === 'video' ? b.title : b.text}`);

describe('2016-era article', () => {
  const parsed = parse(fixture('article-2016-en.txt'));

  test('title from the title line, date from it, the menu and skip links dropped', () => {
    expect(parsed.layout).toBe('article-2016');
    expect(parsed.article).toMatchObject({ title: 'Test headline about a river crossing', date: '2016-10-28', language: 'en', categories: ['News'] });
    expect(parsed.article.dek).toBe('A short dek written for this fixture, about a crossing that never happened.');
    expect(parsed.lines).toEqual({ title: 12, date: 1 });
    expect(texts(parsed)).toEqual([
      'paragraph:The first paragraph of the old layout says that a convoy waited at the river for two days.',
      'heading:Waiting at the bank',
      'paragraph:A second paragraph follows the short subheading and ends with a full stop.',
      'paragraph:"We will cross when the water falls," the convoy\'s driver said.',
    ]);
    expect(parsed.article.signoff?.agencies).toEqual(['AFP', 'Reuters']);
    // German skip links on an English page do not make it German.
    expect(parsed.language).toEqual({ tag: 'en', from: 'detected' });
  });

  test('a title line whose headline never comes back is refused by layout', () => {
    const text = fixture('article-2016-en.txt').replace('\nTest headline about a river crossing\n', '\nAnother headline\n');
    expect(refusal(text)).toBe(
      'page.txt:1: 2016-era article in English (en): the headline "Test headline about a river crossing" of line 1 does not appear again after the menu: expected the headline, then the dek',
    );
  });
});

describe('video page', () => {
  test('duration, player line and author come before the dateline; the text is the body', () => {
    const parsed = parse(fixture('video-de.txt'));
    expect(parsed.layout).toBe('video');
    expect(parsed.article).toMatchObject({ title: 'Testvideo: Ein Konvoi wartet am Fluss', date: '2023-12-24', language: 'de', categories: ['Politik'], dek: '' });
    expect(texts(parsed)).toEqual(['paragraph:Ein kurzer Begleittext zum Testvideo, eigens für diesen Test geschrieben.']);
  });

  test('without its dateline: "missing date", naming the video page and German', () => {
    const text = fixture('video-de.txt').replace('24. Dezember 2023\n', '');
    expect(refusal(text)).toMatch(/^page\.txt:\d+: (video page|article) in German \(de\): missing date: expected a dateline such as "6\. Dezember 2024"/u);
  });
});

describe('audio page', () => {
  test('Swahili skip links are not the title; the short text is the body', () => {
    const parsed = parse(fixture('audio-sw.txt'));
    expect(parsed.layout).toBe('audio');
    expect(parsed.article).toMatchObject({ title: 'Jaribio la sauti kuhusu mto', date: '2024-06-24', language: 'sw', categories: [], dek: '' });
    expect(texts(parsed)).toEqual(['paragraph:Maandishi mafupi ya majaribio yanaeleza kwamba msafara ulisubiri mtoni kwa siku mbili.']);
  });

  test('the language from the address wins over detection', () => {
    const parsed = parse(fixture('audio-sw.txt'), { url: 'https://www.dw.com/sw/jaribio/audio-12345678' });
    expect(parsed.language).toEqual({ tag: 'sw', from: 'url' });
    expect(parsed.warnings).toEqual([]);
  });
});

describe('pages that are not articles are refused by name', () => {
  test('a live blog, by its publication line', () => {
    expect(refusal(fixture('live-blog-en.txt'))).toBe(
      "page.txt:7: live blog in English (en): not an article (this line holds a live blog's publication and update times): expected an article, video or audio page",
    );
  });

  test.each([
    ['https://www.dw.com/en/test/live-70961282', 'live blog'],
    ['https://www.dw.com/en/test/g-12345678', 'picture gallery'],
    ['https://www.dw.com/en/syria/t-17455138', 'topic or section page'],
  ])('by its address %s', (url, name) => {
    expect(refusal(fixture('truncated-en.txt'), { url })).toMatch(new RegExp(`^page\\.txt:1: ${name} in English \\(en\\): not an article`, 'u'));
  });
});

describe('right-to-left and other calendars', () => {
  test('Arabic: native digits in the dateline, the skip links and trailer by structure, « » quotes', () => {
    const parsed = parse(fixture('article-ar.txt'));
    expect(parsed.article).toMatchObject({ title: 'اختبار: قافلة تنتظر عند النهر', date: '2025-01-15', language: 'ar', categories: ['سياسةسوريا'] });
    expect(parsed.article.image).toMatchObject({ alt: 'صورة توضيحية بلا محتوى.', caption: 'تعليق على الصورة لأجل الاختبار', credit: 'وكالة الاختبار/صورة' });
    expect(texts(parsed)).toEqual([
      'paragraph:قال السائق: «سنعبر عندما ينخفض الماء»، وأضاف أن القافلة تنتظر منذ يومين.',
      'paragraph:هل سينخفض الماء قريبا؟ لا أحد يعرف، لكن السائقين يأملون ذلك.',
      'heading:الوضع عند النهر',
      'paragraph:ينتظر عند الضفة أكثر من مئة سائق.',
    ]);
    expect(parsed.article.quotes.map((q) => q.text)).toEqual(['سنعبر عندما ينخفض الماء']);
    // Figures are read in English and German only: nothing is guessed from Arabic number words.
    expect(parsed.article.figures).toEqual([]);
  });

  test('a Persian solar date is refused by name', () => {
    expect(refusal(fixture('article-fa-af-solar.txt'), { url: 'https://www.dw.com/fa-af/test/a-66641174' })).toBe(
      'page.txt:8: article in Dari (fa-AF): the dateline "۱۴۰۳ قوس ۱۶, جمعه" is a date of the Persian Calendar, which is not supported: give the Gregorian date',
    );
  });
});

describe('truncation and repetition', () => {
  test('a cut-off last line is a truncated paragraph, never a heading, with a warning', () => {
    const parsed = parse(fixture('truncated-en.txt'));
    expect(parsed.article.blocks.at(-1)).toEqual({ type: 'paragraph', id: 'p2', text: 'But the Obse', line: 19, truncated: true });
    expect(parsed.article.blocks.filter((b) => b.type === 'heading').map((b) => b.text)).toEqual(['A subheading']);
    expect(parsed.warnings.map((w) => w.detail)).toContain('the page stops mid-sentence: its last paragraph (p2) is kept as it is, marked truncated');
    // The page component gets the flag and shows "[…]" after the text.
    const rendered = renderMdx(articleMdxFile(parsed.article, 'page.txt')).at(-1);
    expect(rendered).toMatchObject({ type: 'P', props: { id: 'p2', truncated: true }, text: 'But the Obse' });
  });

  test('a complete page is not marked truncated', () => {
    const parsed = parse(fixture('unknown-speaker-en.txt'));
    expect(parsed.article.blocks.some((b) => b.type === 'paragraph' && b.truncated)).toBe(false);
  });

  test('a page pasted twice keeps one copy, with a warning naming the lines', () => {
    const page = fixture('unknown-speaker-en.txt');
    const once = parse(page);
    const twice = parse(`${page}\n${page}`);
    expect(twice.article.blocks).toEqual(once.article.blocks);
    expect(twice.warnings.map((w) => `${w.line}: ${w.detail}`)).toContain('20: the page is pasted twice: lines 20–37 repeat lines 1–18 and were dropped');
  });

  test('a cut-off page pasted again in full keeps the full copy', () => {
    const page = fixture('unknown-speaker-en.txt');
    const cut = page.slice(0, page.indexOf('weather') + 3);
    const parsed = parse(`${cut}\n${page}`);
    expect(parsed.article.blocks.map((b) => b.type === 'paragraph' && b.truncated === true)).toEqual([false, false]);
    expect(parsed.warnings.some((w) => /pasted twice/u.test(w.detail))).toBe(true);
  });

  test('two different pages in one file are refused', () => {
    expect(refusal(`${fixture('unknown-speaker-en.txt')}\n${fixture('truncated-en.txt')}`)).toMatch(
      /^page\.txt:20: the page starts again here \(its first 3 lines repeat\) but the text differs from the first copy: one file must hold one page$/u,
    );
  });
});

describe('speakers missing from the registry', () => {
  test('kept as written, with a warning naming the line and the closest entries', () => {
    const parsed = parse(fixture('unknown-speaker-en.txt'), { url: 'https://www.dw.com/en/test/a-1' });
    expect(parsed.article.quotes.map((q) => q.speaker)).toEqual([{ name: 'Golani' }, { name: 'Jolani' }]);
    expect(parsed.warnings.map((w) => `${w.file}:${w.line}: ${w.detail}`)).toEqual([
      'page.txt:12: speaker "Golani" (quote in p1) is not in content/people.json or content/actors.json; kept as written; no entry comes close',
      'page.txt:14: speaker "Jolani" (quote in p2) is not in content/people.json or content/actors.json; kept as written; no entry comes close',
    ]);
  });

  test('the closest entries are suggested when a name is near one', () => {
    const text = fixture('unknown-speaker-en.txt').replace('Golani told', 'Benjamin Netanjahu told');
    const parsed = parse(text, { url: 'https://www.dw.com/en/test/a-1' });
    expect(parsed.warnings[0]?.detail).toMatch(/speaker "Benjamin Netanjahu" .*closest entries: Benjamin Netanyahu \(netanyahu\)/u);
  });
});
