import { expect, test } from 'vitest';
import { describeResults } from '../../../src/lib/search/status-message.ts';

test('counts results for the words, singular and plural', () => {
  expect(describeResults({ text: 'Hama', filters: {} }, 2)).toBe('2 results for “Hama”');
  expect(describeResults({ text: 'Pedersen', filters: {} }, 1)).toBe('1 result for “Pedersen”');
  expect(describeResults({ text: 'Hama', filters: {} }, 1200)).toBe('1,200 results for “Hama”');
});

test('says how many filters apply', () => {
  expect(describeResults({ text: 'Hama', filters: { type: ['article'], place: ['Hama'] } }, 1)).toBe('1 result for “Hama” with 2 filters');
});

test('no results gives advice, mentioning filters only when there are some', () => {
  expect(describeResults({ text: 'xyzzy', filters: {} }, 0)).toBe('No results for “xyzzy”. Try fewer words or another spelling.');
  expect(describeResults({ text: 'xyzzy', filters: { type: ['map'] } }, 0)).toBe(
    'No results for “xyzzy” with 1 filter. Try removing a filter, fewer words or another spelling.',
  );
});

test('filters without words', () => {
  expect(describeResults({ text: '', filters: { type: ['article'] } }, 2)).toBe('2 pages match the filters');
  expect(describeResults({ text: '', filters: { type: ['article'] } }, 1)).toBe('1 page matches the filters');
  expect(describeResults({ text: '', filters: { type: ['map'] } }, 0)).toBe('No page matches these filters. Remove one to see more.');
});

test('nothing to search, nothing to say', () => {
  expect(describeResults({ text: '', filters: {} }, 0)).toBe('');
});
