// The bench's rows for a page: our budgets and Lighthouse's 100 are targets for
// our site only; a peer's figures are printed for comparison, never "MISSED".
import { describe, expect, test } from 'vitest';
import { pageRows, type PageFigures } from '../../../tooling/perf/page-rows.ts';
import { BUDGETS } from '../../../tooling/budgets.ts';
import { emptyByKind } from '../../../tooling/perf/page-weight.ts';

const explainer: PageFigures = {
  name: 'explainer: x',
  path: '/explainers/x/',
  kind: 'explainer',
  weight: { requests: 4, total: 110 * 1024, bytes: { ...emptyByKind(), html: 80 * 1024, js: 30 * 1024 } },
  external: [],
  errors: [],
  firstScreen: { prefixChars: 4000, htmlChars: 90000, htmlGzip: 9000, stylesheets: [], external: [], cssGzip: 0, total: 9000 },
  lighthouse: { performance: 99, accessibility: 100, bestPractices: 100, seo: 100, lcpMs: 1200, cls: 0, tbtMs: 0, runs: 3, failing: [] },
};

describe('pageRows', () => {
  test('our explainer: budgets and Lighthouse as targets, with the misses marked', () => {
    const rows = pageRows('ours', [explainer]);
    const row = (metric: string) => rows.find((r) => r.metric.startsWith(metric));
    expect(row('total at load')).toMatchObject({ value: 110 * 1024, target: `≤ ${BUDGETS.explainerTotal}`, ok: false });
    expect(row('JS at load')).toMatchObject({ value: 30 * 1024, ok: false });
    expect(row('first screen')).toMatchObject({ value: 9000, ok: true });
    expect(row('Lighthouse performance')).toMatchObject({ value: 99, target: '= 100', ok: false });
    expect(row('Lighthouse SEO')).toMatchObject({ value: 100, ok: true });
  });

  test('a peer page: the same figures, no targets', () => {
    const rows = pageRows('Starlight', [explainer], false);
    expect(rows.length).toBe(pageRows('ours', [explainer]).length);
    expect(rows.filter((r) => r.target !== undefined || r.ok !== undefined)).toEqual([]);
  });
});
