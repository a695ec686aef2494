import { describe, expect, test } from 'vitest';
import { articleCitationLabel, citationId, citationPath, CitationBook, parseCitationId } from '../../../src/lib/explain/citations.ts';
import { explainerLd } from '../../../src/lib/explain/explainer-json-ld.ts';
import { makeArticle } from './support.ts';

describe('citation ids', () => {
  test('name an article paragraph or its caption, and give the article page anchor', () => {
    expect(citationId('some-slug', 'p4')).toBe('some-slug#p4');
    expect(parseCitationId('some-slug#caption')).toEqual({ slug: 'some-slug', anchor: 'caption' });
    expect(citationPath('some-slug#p12')).toBe('/articles/some-slug/#p12');
    expect(() => citationId('Bad Slug', 'p1')).toThrow(/not a citation id/);
    expect(parseCitationId('some-slug#p0')).toBeUndefined();
    expect(parseCitationId('some-slug#v1')).toBeUndefined();
  });

  test('labels say publisher, date and where', () => {
    const article = makeArticle({ date: '2024-12-05', paragraphs: ['One.'] });
    expect(articleCitationLabel(article, 'p15')).toBe('DW, 5 December 2024, paragraph 15');
    expect(articleCitationLabel(article, 'caption')).toBe('DW, 5 December 2024, photo caption');
  });
});

describe('CitationBook', () => {
  test('numbers citations in order and lists the articles and sources cited, each once', () => {
    const older = makeArticle({ slug: 'older', date: '2024-12-01', paragraphs: ['A.'] });
    const newer = makeArticle({ slug: 'newer', date: '2024-12-05', paragraphs: ['B.'] });
    const book = new CitationBook();
    const source = { name: 'Wikipedia, “X”', url: 'https://en.wikipedia.org/wiki/X' };
    expect(book.cite({ kind: 'article', article: newer, anchor: 'p1', sentence: 'B.' }).n).toBe(1);
    expect(book.cite({ kind: 'curated', source }).n).toBe(2);
    expect(book.cite({ kind: 'article', article: older, anchor: 'p1', sentence: 'A.' }).n).toBe(3);
    expect(book.cite({ kind: 'curated', source }).n).toBe(4);
    expect(book.articles.map((a) => a.slug)).toEqual(['older', 'newer']);
    expect(book.sources).toEqual([source]);
  });
});

test('explainer JSON-LD is an Article citing the reports and the public sources', () => {
  const ld = explainerLd(
    {
      explainer: 'x',
      title: 'T',
      description: 'D',
      order: 1,
      updated: '2024-12-05',
      sections: [],
      articles: ['a'],
      sources: [{ name: 'S', url: 'https://example.org/s' }],
      actors: [],
      places: [],
    },
    'https://site.example/explainers/x/',
    'Site',
    [{ title: 'A', date: '2024-12-01', publisher: 'DW', pageUrl: 'https://site.example/articles/a/', originalUrl: 'https://www.dw.com/a' }],
  );
  expect(ld).toMatchObject({ '@type': 'Article', headline: 'T', dateModified: '2024-12-05', url: 'https://site.example/explainers/x/' });
  expect(ld['citation']).toEqual([
    {
      '@type': 'NewsArticle',
      headline: 'A',
      datePublished: '2024-12-01',
      publisher: { '@type': 'Organization', name: 'DW' },
      url: 'https://site.example/articles/a/',
      isBasedOn: 'https://www.dw.com/a',
    },
    { '@type': 'CreativeWork', name: 'S', url: 'https://example.org/s' },
  ]);
});
