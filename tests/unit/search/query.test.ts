import { describe, expect, test } from 'vitest';
import { MAX_QUERY_LENGTH, formatSearchQuery, hasSearch, normaliseQueryText, parseSearchQuery } from '../../../src/lib/search/query.ts';

describe('parseSearchQuery', () => {
  test('reads the words and the known filters', () => {
    expect(parseSearchQuery('?q=Hama&type=article&actor=Hayat+Tahrir+al-Sham&place=Hama')).toEqual({
      text: 'Hama',
      filters: { type: ['article'], actor: ['Hayat Tahrir al-Sham'], place: ['Hama'] },
    });
  });

  test('works with or without the "?" and from URLSearchParams', () => {
    expect(parseSearchQuery('q=412')).toEqual({ text: '412', filters: {} });
    expect(parseSearchQuery(new URLSearchParams({ q: 'Pedersen' }))).toEqual({ text: 'Pedersen', filters: {} });
  });

  test('decodes percent-encoding and collapses whitespace', () => {
    expect(parseSearchQuery('?q=%20Hayat%20%20Tahrir%0Aal-Sham%20').text).toBe('Hayat Tahrir al-Sham');
    expect(parseSearchQuery('?q=%D8%AD%D9%85%D8%A7%D8%A9').text).toBe('حماة');
  });

  test('repeated filter keys give several values, deduplicated, in order', () => {
    expect(parseSearchQuery('?type=explainer&type=article&type=explainer').filters).toEqual({ type: ['explainer', 'article'] });
  });

  test('ignores unknown keys, empty values and absurdly long values', () => {
    expect(parseSearchQuery(`?q=&foo=bar&type=&actor=${'x'.repeat(500)}&__proto__=1`)).toEqual({ text: '', filters: {} });
  });

  test('missing q is an empty query', () => {
    expect(parseSearchQuery('')).toEqual({ text: '', filters: {} });
  });

  test('cuts an over-long query', () => {
    expect(parseSearchQuery(`?q=${'a'.repeat(1000)}`).text).toHaveLength(MAX_QUERY_LENGTH);
  });

  test('leaves hostile text as text: it is only ever set with textContent or pagefind', () => {
    expect(parseSearchQuery('?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E').text).toBe('<script>alert(1)</script>');
  });
});

describe('formatSearchQuery', () => {
  test('writes q then filters in a fixed key order', () => {
    expect(formatSearchQuery({ text: 'Hayat Tahrir al-Sham', filters: { place: ['Hama'], type: ['article', 'explainer'] } })).toBe(
      'q=Hayat+Tahrir+al-Sham&type=article&type=explainer&place=Hama',
    );
  });

  test('an empty state is an empty string', () => {
    expect(formatSearchQuery({ text: '', filters: {} })).toBe('');
  });

  test('round-trips through parseSearchQuery', () => {
    const state = { text: 'Aleppo & Hama "412"', filters: { type: ['map'], actor: ['People\'s Defense Units (YPG)'], place: ['Idlib'] } };
    expect(parseSearchQuery(formatSearchQuery(state))).toEqual(state);
  });
});

test('normaliseQueryText trims and collapses', () => {
  expect(normaliseQueryText('  Hama\t\tAleppo \n')).toBe('Hama Aleppo');
});

test('hasSearch: words or a filter', () => {
  expect(hasSearch({ text: '', filters: {} })).toBe(false);
  expect(hasSearch({ text: '', filters: { type: [] } })).toBe(false);
  expect(hasSearch({ text: 'Hama', filters: {} })).toBe(true);
  expect(hasSearch({ text: '', filters: { type: ['article'] } })).toBe(true);
});
