import { describe, expect, test } from 'vitest';
import { keyFigure, tollWithParts } from '../../../src/lib/explain/key-figures.ts';
import type { Article } from '../../../src/schemas/article.ts';
import { makeArticle } from './support.ts';

function withFigures(article: Article, figures: Article['figures']): Article {
  return { ...article, figures };
}

const p4 =
  'In five days of clashes the death toll "has reached 412," the Observatory reported. The figure including 214 rebels, 137 pro-government forces and 61 civilians.';
const older = withFigures(makeArticle({ slug: 'older', date: '2024-12-01', paragraphs: ['Some 50,000 people have fled.', p4] }), [
  { paragraph: 'p1', start: 5, end: 11, raw: '50,000', value: 50000, counts: 'people have fled' },
  { paragraph: 'p2', start: p4.indexOf('412'), end: p4.indexOf('412') + 3, raw: '412', value: 412, counts: 'death toll' },
  { paragraph: 'p2', start: p4.indexOf('214'), end: p4.indexOf('214') + 3, raw: '214', value: 214, counts: 'rebels', partOf: '412' },
  { paragraph: 'p2', start: p4.indexOf('137'), end: p4.indexOf('137') + 3, raw: '137', value: 137, counts: 'pro-government forces', partOf: '412' },
  { paragraph: 'p2', start: p4.indexOf('61 '), end: p4.indexOf('61 ') + 2, raw: '61', value: 61, counts: 'civilians', partOf: '412' },
]);
const fledText = 'The UN said some 115,000 have had to flee their homes.';
const newer = withFigures(
  makeArticle({
    slug: 'newer',
    date: '2024-12-05',
    paragraphs: [fledText],
    caption: 'Rebels have captured at least 40 villages and settlements in the western province of Hama',
  }),
  [
    { paragraph: 'p1', start: fledText.indexOf('115,000'), end: fledText.indexOf('115,000') + 7, raw: '115,000', value: 115000, counts: 'have had to flee their homes' },
    { paragraph: 'caption', start: 30, end: 32, raw: '40', value: 40, counts: 'villages and settlements' },
  ],
);

describe('tollWithParts', () => {
  test('finds the total with its parts and cites both sentences', () => {
    const toll = tollWithParts([older, newer], /death toll|dead|killed/iu);
    expect(toll?.whole.raw).toBe('412');
    expect(toll?.parts.map((p) => [p.counts, p.raw])).toEqual([
      ['rebels', '214'],
      ['pro-government forces', '137'],
      ['civilians', '61'],
    ]);
    expect(toll?.anchor).toBe('p2');
    expect(toll?.sentence).toBe(p4);
    expect(toll?.parts.reduce((sum, p) => sum + p.value, 0)).toBe(412);
  });

  test('no total with parts, no toll', () => {
    expect(tollWithParts([newer], /death toll/iu)).toBeUndefined();
  });
});

describe('keyFigure', () => {
  test('takes the newest matching figure, with its qualifier and sentence', () => {
    const fled = keyFigure([older, newer], /flee|fled/iu);
    expect(fled).toMatchObject({ anchor: 'p1', qualifier: 'some', sentence: 'The UN said some 115,000 have had to flee their homes.' });
    expect(fled?.article.slug).toBe('newer');
    expect(fled?.figure.raw).toBe('115,000');
  });

  test('finds figures in the lead image caption, cited to the caption', () => {
    const villages = keyFigure([older, newer], /villages/iu);
    expect(villages).toMatchObject({ anchor: 'caption', qualifier: 'at least' });
    expect(villages?.figure).toMatchObject({ raw: '40', value: 40, counts: 'villages and settlements' });
    expect(villages?.sentence).toBe('Rebels have captured at least 40 villages and settlements in the western province of Hama');
  });

  test('a part of a total is not a key figure of its own', () => {
    expect(keyFigure([older], /rebels/iu)).toBeUndefined();
  });
});
