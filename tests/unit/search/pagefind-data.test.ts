import { expect, test } from 'vitest';
import {
  SearchDataError,
  filterCountsSchema,
  readPagefind,
  resultDataSchema,
  searchResponseSchema,
} from '../../../src/lib/search/pagefind-data.ts';

// Shaped like pagefind 1.6's answers (dist/pagefind fragments), trimmed.
const fragment = {
  url: '/articles/syrian-army-sends-reinforcements-to-hold-back-rebels-in-hama/',
  content: 'ignored',
  excerpt: 'rebels in <mark>Hama.</mark> 1 December 2024',
  word_count: 1100,
  filters: { type: ['article'], actor: ['Hayat Tahrir al-Sham'] },
  meta: { title: 'Syrian army sends reinforcements to hold back rebels in Hama', date: '2024-12-01' },
  anchors: [],
  sub_results: [{ title: 'Government pushback', url: '/articles/x/#government-pushback', excerpt: 'north of <mark>Hama</mark>', locations: [3] }],
};

test('reads a result fragment, keeping the fields we use', () => {
  const data = readPagefind(resultDataSchema, fragment, 'result');
  expect(data.url).toBe(fragment.url);
  expect(data.meta).toEqual(fragment.meta);
  expect(data.filters).toEqual(fragment.filters);
  expect(data.sub_results).toEqual([{ title: 'Government pushback', url: '/articles/x/#government-pushback', excerpt: 'north of <mark>Hama</mark>' }]);
});

test('filters and sections may be missing', () => {
  const { filters, sub_results, ...bare } = fragment;
  const data = readPagefind(resultDataSchema, bare, 'result');
  expect([data.filters, data.sub_results]).toEqual([{}, []]);
});

test('a wrong shape is a SearchDataError naming what was read and the field', () => {
  expect(() => readPagefind(resultDataSchema, { ...fragment, url: 42 }, 'result')).toThrow(
    new SearchDataError('Unexpected result from the search index: url: expected string'),
  );
  expect(() => readPagefind(resultDataSchema, { ...fragment, meta: { title: 3 } }, 'result')).toThrow(/meta\.title: expected string/);
  expect(() => readPagefind(filterCountsSchema, { type: { article: 'two' } }, 'filter list')).toThrow(
    'Unexpected filter list from the search index: type.article: expected number',
  );
  expect(() => readPagefind(filterCountsSchema, null, 'filter list')).toThrow('(root): expected record');
});

test('a search answer needs results whose data() is a function', () => {
  const answer = { results: [{ id: 'en_1', score: 1, words: [1], data: async () => fragment }], unfilteredResultCount: 1, totalFilters: { type: { article: 1 } } };
  expect(readPagefind(searchResponseSchema, answer, 'search answer').totalFilters).toEqual({ type: { article: 1 } });
  expect(() => readPagefind(searchResponseSchema, { results: [{ id: 'en_1', data: 'x' }] }, 'search answer')).toThrow(/results\.0\.data/);
});
