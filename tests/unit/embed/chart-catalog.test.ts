import { describe, expect, test } from 'vitest';
import { inline } from '../../../src/lib/explain/mdx-markup.ts';
import { barChartsInMdx, loadChartCatalog, parseProps } from '../../../src/lib/embed/chart-catalog.ts';
import { ROOT } from '../map/map-fixture.ts';

const props = {
  id: 'toll',
  title: 'The death toll, by group',
  total: '412',
  totalCounts: 'death toll',
  bars: [
    { label: 'rebels', value: 214, raw: '214' },
    { label: 'pro-government forces', value: 137, raw: '137' },
  ],
  n: 3,
  to: 'some-article#p4',
  sentence: 'A sentence with { braces } and "quotes" and </script> in it.',
  label: 'DW, 1 December 2024, paragraph 4',
};

describe('the chart catalog', () => {
  test('reads back exactly the props the explainer generator wrote', () => {
    const mdx = ['---', 'title: x', '---', '', inline('BarChart', props), ''].join('\n');
    expect(barChartsInMdx(mdx, 'content/explainers/x.mdx', 'x')).toEqual([{ explainer: 'x', props, where: 'content/explainers/x.mdx:5' }]);
  });

  test("finds the 412 toll chart of 'The Hama offensive' with its three parts", () => {
    const charts = loadChartCatalog(ROOT);
    const toll = charts.find((c) => c.explainer === 'the-hama-offensive' && c.props.id === 'toll');
    expect(toll?.props.total).toBe('412');
    expect(toll?.props.bars.map((b) => [b.label, b.value])).toEqual([
      ['rebels', 214],
      ['pro-government forces', 137],
      ['civilians', 61],
    ]);
  });

  test('errors name the file and line', () => {
    expect(() => barChartsInMdx('\n<BarChart id="x"', 'f.mdx', 'f')).toThrow(/^f\.mdx:2: .*one line/);
    expect(() => barChartsInMdx('<BarChart id="x" total={412 />', 'f.mdx', 'f')).toThrow(/^f\.mdx:1: .*unterminated/);
    expect(() => barChartsInMdx('<BarChart id="x" bars={oops} />', 'f.mdx', 'f')).toThrow(/^f\.mdx:1: prop "bars" is not a JSON literal/);
    expect(() => barChartsInMdx('<BarChart id="x" />', 'f.mdx', 'f')).toThrow(/^f\.mdx:1: <BarChart> prop title/);
    expect(() => parseProps('a=b', 'f.mdx:1')).toThrow(/no value/);
  });
});
