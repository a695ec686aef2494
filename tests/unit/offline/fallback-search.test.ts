import { expect, test } from 'vitest';
import { excerpt, fold, prepareRecords, queryTerms, searchRecords, type SearchRecord } from '../../../src/lib/offline/fallback-search.ts';

const records: SearchRecord[] = [
  { path: 'articles/a/index.html', title: 'Syria: Islamist rebels eye more gains after seizing Hama', kind: 'article', date: '2024-12-05', text: 'Rebels led by Hayat Tahrir al-Sham (HTS) took Hama. The toll rose to 412, according to the Observatory.' },
  { path: 'maps/index.html', title: 'Front-line maps', kind: 'map', text: 'Aleppo, Hama and Homs on each date. Hama was captured on 5 December.' },
  { path: 'credits/index.html', title: 'Credits', kind: 'page', text: 'Geodata: Natural Earth. Café names from GeoNames.' },
];
const prepared = prepareRecords(records);
const paths = (query: string) => searchRecords(prepared, query).map((h) => h.prepared.record.path);

test('folding keeps positions: lower case, accents off, punctuation to spaces', () => {
  expect(fold('Café, HTS-led!')).toBe(' cafe  hts led ');
  expect(fold('Café, HTS-led!').length).toBe('Café, HTS-led!'.length + 1);
  expect(fold('حماة')).toBe(' حماة');
  expect(queryTerms('  Hayat Tahrir al-Sham  hayat ')).toEqual(['hayat', 'tahrir', 'al', 'sham']);
  expect(queryTerms('…!')).toEqual([]);
});

test('every word must begin a word of the page; case and accents do not matter', () => {
  expect(paths('hama')).toEqual(['articles/a/index.html', 'maps/index.html']);
  expect(paths('HTS')).toEqual(['articles/a/index.html']);
  expect(paths('Hayat Tahrir al-Sham')).toEqual(['articles/a/index.html']);
  expect(paths('412')).toEqual(['articles/a/index.html']);
  expect(paths('cafe')).toEqual(['credits/index.html']);
  expect(paths('observ')).toEqual(['articles/a/index.html']);
  expect(paths('ama'), 'not inside a word').toEqual([]);
  expect(paths('hama homs')).toEqual(['maps/index.html']);
  expect(paths('')).toEqual([]);
});

test('a match in the title counts most', () => {
  // The map page says "Hama" twice in its text, the article once in title and once in text.
  const [first, second] = searchRecords(prepared, 'hama');
  expect(first?.prepared.record.path).toBe('articles/a/index.html');
  expect(first?.score).toBeGreaterThan(second?.score ?? Infinity);
});

test('the excerpt shows the text around the first match with every matching word marked', () => {
  const [hit] = searchRecords(prepared, 'hama');
  if (!hit) throw new Error('no hit');
  const segments = excerpt(hit.prepared, queryTerms('hama'));
  expect(segments.map((s) => s.text).join('')).toBe(records[0]?.text);
  expect(segments.filter((s) => s.marked).map((s) => s.text)).toEqual(['Hama']);
  const map = prepared[1];
  if (!map) throw new Error('no map record');
  expect(excerpt(map, ['hama']).filter((s) => s.marked).map((s) => s.text)).toEqual(['Hama', 'Hama']);
});

test('a long text is cut to about thirty words around the match, with ellipses', () => {
  const words = Array.from({ length: 200 }, (_, i) => `w${i}`);
  words[120] = 'Pedersen';
  const [long] = prepareRecords([{ path: 'x.html', title: 'X', text: words.join(' ') }]);
  if (!long) throw new Error('no record');
  const segments = excerpt(long, ['pedersen']);
  const text = segments.map((s) => s.text).join('');
  expect(text.startsWith('… w110 ')).toBe(true);
  expect(text.endsWith(' w139 …')).toBe(true);
  expect(segments.filter((s) => s.marked).map((s) => s.text)).toEqual(['Pedersen']);
});
