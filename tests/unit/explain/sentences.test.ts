import { describe, expect, test } from 'vitest';
import { articleSentences, splitSentences } from '../../../src/lib/explain/sentences.ts';
import { makeArticle } from './support.ts';

describe('splitSentences', () => {
  test('keeps abbreviations such as "U.K." and "Dec." inside their sentence', () => {
    const text =
      'The U.K. monitor said on Dec. 4 that fighting continued. Rebels advanced. A U.S. official spoke to Gen. Smith in St. Petersburg.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'The U.K. monitor said on Dec. 4 that fighting continued.',
      'Rebels advanced.',
      'A U.S. official spoke to Gen. Smith in St. Petersburg.',
    ]);
  });

  test('splits after closing quotes and keeps an ellipsis inside a quote', () => {
    const text = '"We will win," he said. "Over the past hours... these groups entered it," the army said.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      '"We will win," he said.',
      '"Over the past hours... these groups entered it," the army said.',
    ]);
  });

  test('every sentence is the exact slice of the text at its offsets', () => {
    const text = 'One. Two!  Three? "Four." Five';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(splitSentences(text)).toHaveLength(5);
  });
});

describe('articleSentences', () => {
  const article = makeArticle({
    paragraphs: ['Iran said it backs Damascus. Turkey disagreed.', 'The Observatory reported clashes.'],
    actors: [
      { paragraph: 1, text: 'Iran', ref: 'iran' },
      { paragraph: 1, text: 'Turkey', ref: 'turkey' },
      { paragraph: 2, text: 'Observatory', ref: 'sohr' },
    ],
    places: [{ paragraph: 1, text: 'Damascus', ref: 'damascus' }],
  });

  test('gives each sentence its paragraph, position and the mentions inside it', () => {
    const sentences = articleSentences(article);
    expect(sentences.map((s) => [s.paragraph, s.paragraphIndex, s.index, s.text, s.actors.map((m) => m.ref), s.places.map((m) => m.ref)])).toEqual([
      ['p1', 0, 0, 'Iran said it backs Damascus.', ['iran'], ['damascus']],
      ['p1', 0, 1, 'Turkey disagreed.', ['turkey'], []],
      ['p2', 1, 0, 'The Observatory reported clashes.', ['sohr'], []],
    ]);
  });
});
