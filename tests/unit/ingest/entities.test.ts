// Quotes, speakers, figures and mentions on short paragraphs written for the
// test, resolved against the small fixture registry (never the real one).
import { describe, expect, test } from 'vitest';
import type { ParagraphBlock } from '../../../src/schemas/article.ts';
import { findFigures } from '../../../src/lib/ingest/figures.ts';
import { compileAliasMatcher } from '../../../src/lib/ingest/mentions.ts';
import { findQuotes } from '../../../src/lib/ingest/quotes.ts';
import { findQuoteMarks } from '../../../src/lib/ingest/quote-marks.ts';
import { sentenceRanges } from '../../../src/lib/ingest/sentences.ts';
import { fixtureRegistries } from './support.ts';

const registries = fixtureRegistries();
const paras = (...texts: string[]): ParagraphBlock[] => texts.map((text, i) => ({ type: 'paragraph', id: `p${i + 1}`, text, line: i + 1 }));
const speakers = (...texts: string[]) => findQuotes(paras(...texts), registries).map((q) => [q.text, q.speaker?.name ?? null, q.speaker?.ref ?? null]);

describe('quote marks', () => {
  test('straight, curly, German and guillemets; an unclosed mark pairs with nothing', () => {
    const text = 'a "b" “c” „d“ «e» »f« "g';
    expect(findQuoteMarks(text).map((m) => text.slice(m.open + 1, m.close))).toEqual(['b', 'c', 'd', 'e', 'f']);
  });
});

describe('speakers', () => {
  test('"…," X said / X, the Y, told / said X', () => {
    expect(speakers('"We are determined to act," Netanyahu said.')).toEqual([['We are determined to act,', 'Netanyahu', 'netanyahu']]);
    expect(speakers('"It is out of control," Rami Abdel Rahman, the Observatory head, told AFP.')).toEqual([
      ['It is out of control,', 'Rami Abdel Rahman', 'abdel-rahman'],
    ]);
    expect(speakers('"We will stay here," said Netanyahu.')).toEqual([['We will stay here,', 'Netanyahu', 'netanyahu']]);
  });

  test('the subject named earlier in the sentence, past a relative clause or discourse marker', () => {
    expect(speakers('President Assad said on Saturday that Syria would "defend its stability."')).toEqual([
      ['defend its stability.', 'President Assad', 'assad'],
    ]);
    expect(speakers('The Observatory, which has sources on the ground, said the line was "strong and holding."')).toEqual([
      ['strong and holding.', 'The Observatory', 'sohr'],
    ]);
    expect(speakers('Meanwhile, the Chinese embassy urged citizens "to leave now."')[0]?.[1]).toBe('the Chinese embassy');
  });

  test('pronouns refer back to the speaker named in this or the previous paragraph only', () => {
    expect(speakers('UN envoy Geir Pedersen said talks had stalled.', '"The risks are severe," he warned.')).toEqual([
      ['The risks are severe,', 'Geir Pedersen', 'pedersen'],
    ]);
    expect(speakers('UN envoy Geir Pedersen said talks had stalled.', 'Other news.', '"The risks are severe," he warned.')).toEqual([
      ['The risks are severe,', null, null],
    ]);
    expect(speakers('"It is tense," the Chinese embassy said.', 'It advised citizens "to leave the country soon."')[1]?.[1]).toBe('the Chinese embassy');
  });

  test('a later quote in the sentence inherits; a sentence-final attribution counts', () => {
    expect(speakers('"Drones came," the statement from a military source said, adding that "two were shot down."').map((q) => q[1])).toEqual([
      'the statement from a military source',
      'the statement from a military source',
    ]);
    expect(speakers('Forces shot down two "enemy" drones, state news agency SANA reported.')).toEqual([['enemy', 'state news agency SANA', 'sana']]);
  });

  test('short unattributed quoted words are names or scare quotes, not quotes', () => {
    expect(speakers('Groups such as the "Islamic State" (IS) group took part.')).toEqual([]);
    expect(speakers('The so-called "red line has been crossed" long ago.')).toEqual([['red line has been crossed', null, null]]);
  });
});

describe('figures', () => {
  const figures = (text: string, language = 'en') =>
    findFigures(paras(text), language).map((f) => [f.raw, f.value, f.counts, f.partOf ?? null]);

  test('counts, parts of a total, and what is not a figure', () => {
    expect(figures('The toll "has reached 412," it said. The figure including 214 rebels, 137 pro-government forces and 61 civilians.')).toEqual([
      ['412', 412, 'toll', null],
      ['214', 214, 'rebels', '412'],
      ['137', 137, 'pro-government forces', '412'],
      ['61', 61, 'civilians', '412'],
    ]);
    expect(figures('Rebels took 40 villages and settlements and 20 more settlements on December 4, 2024, as in 2016.')).toEqual([
      ['40', 40, 'villages and settlements', null],
      ['20', 20, 'settlements', null],
    ]);
    expect(figures('Idlib is 65 kilometers (40 miles) from Aleppo; 1.5 million people and 12% of them fled the M5 area.')).toEqual([
      ['65', 65, 'kilometers', null],
      ['40', 40, 'miles', null],
      ['1.5 million', 1_500_000, 'people', null],
      ['12', 12, '%', null],
    ]);
  });

  test('numbers that do not add up are not parts', () => {
    expect(figures('Some 100 were hurt, including 30 soldiers and 20 civilians.').map((f) => f[3])).toEqual([null, null, null]);
  });

  test('German number format', () => {
    expect(figures('Mehr als 115.000 Menschen flohen am 4. Dezember.', 'de')).toEqual([['115.000', 115000, 'Menschen', null]]);
  });
});

describe('mentions', () => {
  const matcher = compileAliasMatcher([
    { id: 'a', name: 'Aleppo', aliases: [] },
    { id: 'ai', name: 'Aleppo Industrial City', aliases: [] },
    { id: 'h', name: 'Hayat Tahrir al-Sham', aliases: ['HTS'] },
    { id: 'x', name: 'Tahrir al-Sham Front', aliases: [] },
  ]);
  test('longest match first, whole words, no overlaps, NBSP as a space', () => {
    const text = 'Aleppo Industrial City near Aleppo; Aleppos; HTSX; Hayat\u00a0Tahrir al-Sham Front; HTS.';
    expect(matcher.find(text).map((m) => [m.text, m.ref])).toEqual([
      ['Aleppo Industrial City', 'ai'],
      ['Aleppo', 'a'],
      ['Hayat\u00a0Tahrir al-Sham', 'h'],
      ['HTS', 'h'],
    ]);
  });
});

test('sentences: abbreviations and initials do not end a sentence', () => {
  const text = 'The U.S. envoy met George W. Bush. "It ended," he said. Then… more! Why?';
  expect(sentenceRanges(text).map((r) => text.slice(r.start, r.end))).toEqual([
    'The U.S. envoy met George W. Bush.',
    '"It ended," he said.',
    'Then… more!',
    'Why?',
  ]);
});
