// Golden tests: the two seeds → the structure the rest of the site relies on.
// Expected values are read off the seed text by hand (see `cat -A seeds/*.txt`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Article } from '../../../src/schemas/article.ts';
import { isBoilerplate } from '../../../src/lib/ingest/dw-boilerplate.ts';
import { citableText } from '../../../src/lib/content/citable-text.ts';
import { articleMdxFile } from '../../../src/lib/ingest/generated-file.ts';
import { parseDwArticle } from '../../../src/lib/ingest/parse-dw-article.ts';
import { fixtureRegistries, renderMdx, ROOT } from './support.ts';

const SEED1 = 'seeds/dw-2024-12-01-syrian-army-sends-reinforcements-hama.txt';
const SEED2 = 'seeds/dw-2024-12-05-islamist-rebels-eye-more-gains-after-seizing-hama.txt';
const registries = fixtureRegistries();

function parseSeed(file: string): Article {
  return parseDwArticle(readFileSync(join(ROOT, file)), { file, publisher: 'DW' }, registries).article;
}

const a1 = parseSeed(SEED1);
const a2 = parseSeed(SEED2);
const paragraphs = (a: Article) => a.blocks.filter((b) => b.type === 'paragraph');
const paragraph = (a: Article, id: string) => citableText(a, id) ?? '';

describe('seed 1: Syrian army sends reinforcements', () => {
  test('metadata', () => {
    expect(a1.slug).toBe('syrian-army-sends-reinforcements-to-hold-back-rebels-in-hama');
    expect(a1.title).toBe('Syrian army sends reinforcements to hold back rebels in Hama');
    expect(a1.date).toBe('2024-12-01');
    expect(a1.language).toBe('en');
    expect(a1.categories).toEqual(['Conflicts', 'Syria']);
    expect(a1.dek).toMatch(/^The Syrian army has deployed more soldiers .* overrun by the insurgents\.$/u);
    expect(a1.image).toEqual({
      alt: 'A Syrian armoured vehicle sits abandonded on an empty street in Hass, near Aleppo.',
      caption:
        'After insurgents seized Aleppo, leading the Syrian army to abandon the city and surrounds as seen here, the army are now sending reinforcements to Hama province',
      credit: 'Omar Albam/AP Photo/picture alliance',
      line: 12,
    });
    expect(a1.signoff).toEqual({ raw: 'tj/wmr\u00a0(dpa, AFP, Reuters)', authors: ['tj', 'wmr'], agencies: ['dpa', 'AFP', 'Reuters'] });
    expect(a1.source.sha256).toMatch(/^[0-9a-f]{64}$/u);
  });

  test('blocks: headings, videos and paragraph count', () => {
    expect(a1.blocks.filter((b) => b.type === 'heading').map((b) => b.text)).toEqual([
      'Government pushback',
      'Rebels claim full control over\u00a0Aleppo',
      'Assad under pressure',
      'World eyes developments in Syria',
    ]);
    expect(a1.blocks.filter((b) => b.type === 'heading').map((b) => b.id)).toEqual([
      'government-pushback',
      'rebels-claim-full-control-over-aleppo',
      'assad-under-pressure',
      'world-eyes-developments-in-syria',
    ]);
    expect(a1.blocks.flatMap((b) => (b.type === 'video' ? [[b.id, b.title, b.duration, b.durationSeconds, b.line]] : []))).toEqual([
      ['v1', 'Syrian anti-Assad rebels sweep into Aleppo', '02:06', 126, 23],
      ['v2', "Who's fighting who in Syria?", '02:48', 168, 39],
    ]);
    expect(paragraphs(a1)).toHaveLength(23);
    expect(paragraphs(a1).map((p) => p.id)).toEqual(Array.from({ length: 23 }, (_, i) => `p${i + 1}`));
    expect(paragraphs(a1)[0]?.line).toBe(15);
  });

  test('the toll of 412 and its parts', () => {
    const p4 = a1.figures.filter((f) => f.paragraph === 'p4').map(({ raw, value, counts, partOf }) => ({ raw, value, counts, partOf }));
    expect(p4).toEqual([
      { raw: 'five', value: 5, counts: 'days', partOf: undefined },
      { raw: '412', value: 412, counts: 'death toll', partOf: undefined },
      { raw: '214', value: 214, counts: 'rebels', partOf: '412' },
      { raw: '137', value: 137, counts: 'pro-government forces', partOf: '412' },
      { raw: '61', value: 61, counts: 'civilians', partOf: '412' },
    ]);
    const raws = a1.figures.map((f) => `${f.raw} ${f.counts}`);
    expect(raws).toContain('1,000 insurgents');
    expect(raws).toContain('65 kilometers');
    expect(raws).toContain('54 others injured');
    // Years are not figures.
    expect(a1.figures.map((f) => f.raw)).not.toContain('2012');
    expect(a1.figures.map((f) => f.raw)).not.toContain('2016');
  });

  test('quotes with their speakers', () => {
    const q = (start: string) => a1.quotes.find((x) => x.text.startsWith(start));
    expect(q('We are determined')).toMatchObject({ paragraph: 'p20', speaker: { name: 'Netanyahu', ref: 'netanyahu' } });
    expect(q('The latest developments')).toMatchObject({ paragraph: 'p23', speaker: { name: 'Geir Pedersen', ref: 'pedersen' } });
    expect(q('has reached 412,')).toMatchObject({ paragraph: 'p4', speaker: { name: 'the Observatory', ref: 'sohr' } });
    expect(q('For the first time')?.speaker).toEqual({ name: 'Rami Abdel Rahman', ref: 'abdel-rahman' });
    expect(q('defend its stability')?.speaker).toEqual({ name: 'President Assad', ref: 'assad' });
    // Not in the fixture registry: the capitalised words leading the subject.
    expect(q('to reduce tension')?.speaker).toEqual({ name: 'Turkish Foreign Minister Hakan Fidan' });
    // "He also said Tehran would …," the IRNA state news agency reported: "he" is Araghchi, named just before.
    expect(q('firmly support')?.speaker).toEqual(q('difficult,')?.speaker);
  });

  test('mentions resolve to registry ids', () => {
    // "Hayat\u00a0Tahrir al-Sham" is printed with an NBSP; the alias has a space; the mention keeps the NBSP.
    expect(a1.actors.filter((m) => m.paragraph === 'p2').map((m) => [m.text, m.ref])).toEqual([
      ['Hayat\u00a0Tahrir al-Sham', 'hts'],
      ['HTS', 'hts'],
    ]);
    expect(a1.actors.filter((m) => m.paragraph === 'p4').map((m) => m.ref)).toEqual(['sohr', 'hts', 'government']);
    expect(a1.places.find((m) => m.text === 'Sheikh Najjar')).toMatchObject({ paragraph: 'p9', ref: 'aleppo-industrial-city' });
    expect(a1.places.some((m) => m.text === 'Aleppo Industrial City' && m.ref === 'aleppo-industrial-city')).toBe(true);
  });
});

describe('seed 2: Islamist rebels eye more gains', () => {
  test('metadata and blocks', () => {
    expect(a2.slug).toBe('syria-islamist-rebels-eye-more-gains-after-seizing-hama');
    expect(a2.date).toBe('2024-12-05');
    expect(a2.categories).toEqual(['Conflicts', 'Syria']);
    expect(a2.image?.credit).toBe('Ibrahim Hatib/Anadolu/picture alliance');
    expect(a2.signoff).toEqual({ raw: 'es/rc (AFP, dpa, Reuters)', authors: ['es', 'rc'], agencies: ['AFP', 'dpa', 'Reuters'] });
    expect(a2.blocks.filter((b) => b.type === 'heading').map((b) => b.text)).toEqual([
      "What's the current situation in Syria?",
      'Surprise offensive',
      'Who is fighting in Syria?',
    ]);
    expect(a2.blocks.flatMap((b) => (b.type === 'video' ? [`${b.title} ${b.duration}`] : []))).toEqual([
      'Syrian rebels, government troops wrangle for control of Hama 01:45',
      'Who are the Syria rebels? 05:05',
      "Many parties still interested in the Assad regime's survival 05:16",
    ]);
    expect(paragraphs(a2)).toHaveLength(21);
  });

  test('figures printed only in the caption are cited to it', () => {
    expect(a2.figures.find((f) => f.raw === '40')).toMatchObject({ value: 40, counts: 'villages and settlements', paragraph: 'caption' });
  });

  test('figures: 115,000 who fled, not the dates', () => {
    expect(a2.figures.find((f) => f.raw === '115,000')).toMatchObject({ value: 115000, counts: 'have had to flee their homes', paragraph: 'p15' });
    expect(a2.figures.find((f) => f.raw === '24')).toMatchObject({ counts: 'hours' });
    expect(a2.figures.map((f) => f.raw)).not.toContain('2011');
  });

  test('quotes: the army, a military source, the Chinese embassy; scare quotes are not quotes', () => {
    const speakers = a2.quotes.map((q) => q.speaker?.name);
    expect(a2.quotes.find((q) => q.text.startsWith('Over the past few hours'))?.speaker).toEqual({ name: 'the army' });
    expect(a2.quotes.filter((q) => q.paragraph === 'p9').map((q) => q.speaker?.name)).toEqual([
      'the statement from a military source',
      'the statement from a military source',
    ]);
    expect(a2.quotes.find((q) => q.text.startsWith('Currently'))?.speaker).toEqual({ name: 'the Chinese embassy', ref: 'china' });
    expect(a2.quotes.find((q) => q.text.startsWith('to make use of'))?.speaker?.name).toBe('the Chinese embassy');
    expect(a2.quotes.some((q) => q.text === 'Islamic State')).toBe(false);
    expect(speakers).not.toContain(undefined);
  });
});

describe.each([
  [SEED1, a1],
  [SEED2, a2],
])('%s', (file, article) => {
  const seedLines = readFileSync(join(ROOT, file), 'utf8').split('\n');

  test('spans are exact slices of their paragraph', () => {
    for (const span of [...article.quotes, ...article.places, ...article.actors]) {
      expect(paragraph(article, span.paragraph).slice(span.start, span.end)).toBe(span.text);
    }
    for (const f of article.figures) expect(paragraph(article, f.paragraph).slice(f.start, f.end)).toBe(f.raw);
  });

  test('every block is its seed line, trimmed, and no boilerplate survives', () => {
    for (const block of article.blocks) {
      const text = block.type === 'video' ? block.title : block.text;
      expect(seedLines[block.line - 1]?.trim()).toBe(text);
      expect(isBoilerplate(text)).toBe(false);
    }
    const all = JSON.stringify(article);
    for (const chrome of ['Skip to content', 'This browser does not support', "DW's Top Story", 'More stories from DW', 'Skip next section']) {
      expect(all).not.toContain(chrome);
    }
  });

  test('every sentence of the body is in the rendered MDX exactly as written', () => {
    const rendered = renderMdx(articleMdxFile(article, file)).map((b) => (b.type === 'Video' ? String(b.props['title']) : b.text)).join('\n');
    const body = seedLines.slice(14, seedLines.findIndex((l) => /^[a-z]+\/[a-z]+\s*\(/u.test(l)));
    for (const line of body.map((l) => l.trim()).filter((l) => l !== '' && !isBoilerplate(l) && !/^\d\d:\d\d$/u.test(l))) {
      for (const sentence of line.split(/(?<=[.!?]["”]?)\s+(?=["“A-Z])/u)) expect(rendered).toContain(sentence);
    }
  });
});
