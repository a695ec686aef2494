import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadChartCatalog } from '../../../src/lib/embed/chart-catalog.ts';
import { ROOT } from '../map/map-fixture.ts';

describe('the chart catalog', () => {
  test("finds the 412 toll chart of 'The Hama offensive' with its three parts, as the generator recorded it", () => {
    const charts = loadChartCatalog(ROOT);
    const toll = charts.find((c) => c.explainer === 'the-hama-offensive' && c.props.id === 'toll');
    expect(toll?.props.total).toBe('412');
    expect(toll?.props.bars.map((b) => [b.label, b.value])).toEqual([
      ['rebels', 214],
      ['pro-government forces', 137],
      ['civilians', 61],
    ]);
    expect(toll?.props.to).toMatch(/^[a-z0-9-]+#p\d+$/);
  });

  test('a broken data file is reported by file and field', () => {
    const root = mkdtempSync(join(tmpdir(), 'charts-'));
    try {
      cpSync(join(ROOT, 'content/explainers'), join(root, 'content/explainers'), { recursive: true });
      const file = join(root, 'content/explainers/the-hama-offensive.json');
      writeFileSync(file, readFileSync(file, 'utf8').replace('"totalCounts":', '"totalCount":'));
      expect(() => loadChartCatalog(root)).toThrow(/^content\/explainers\/the-hama-offensive\.json: charts\[0\]/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
