// The data written beside each explainer is read from the same element tree
// as its MDX: the outline, the charts and the citations in page order.
import { describe, expect, test } from 'vitest';
import { explainerData } from '../../../src/lib/explain/explainer-data.ts';
import { chart, SAMPLE } from './sample-document.ts';

describe('explainer data', () => {
  const data = explainerData(SAMPLE);

  test('the outline: headings, items, quotes with their speaker, the chart as a table, the map, notes', () => {
    expect(data.outline).toEqual([
      { type: 'heading', level: 2, text: 'Day by day' },
      { type: 'heading', level: 3, text: '27 November 2024' },
      { type: 'item', text: 'Rebels launch an offensive.' },
      { type: 'item', text: 'The army said "no".' },
      { type: 'map' },
      { type: 'heading', level: 3, text: 'Iran' },
      { type: 'quote', text: 'He said it was "difficult," he added.', by: 'Abbas Araghchi, Iranian foreign minister' },
      { type: 'paragraph', text: 'The death toll' },
      { type: 'table', head: ['', 'death toll'], rows: [['rebels', '214'], ['total', '412']] },
      { type: 'paragraph', text: 'some 115,000 have had to flee' },
      { type: 'paragraph', text: 'No reaction in the reports used here.' },
    ]);
  });

  test('the charts with the props the page renders them with', () => {
    expect(data.charts).toEqual([chart]);
  });

  test('every citation in page order, sources with their date', () => {
    expect(data.citations).toEqual([
      { kind: 'source', n: 1, url: 'https://x.example/', name: 'X, “a } b”', published: '2024-11-28' },
      { kind: 'article', n: 2, to: 'a#p1', sentence: 'The army said "no".', label: 'DW, 1 December 2024, paragraph 1' },
      { kind: 'article', n: 3, to: 'a#p3', sentence: 'He said it was "difficult," he added.', label: 'DW, 1 December 2024, paragraph 3' },
      { kind: 'article', n: 4, to: 'a#p2', sentence: chart.sentence, label: chart.label },
    ]);
  });
});
