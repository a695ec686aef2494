// A chart's numbers as CSV: one row per bar, as printed in the source, with
// the total, the sentence they come from and where to read it.
import { citationPath } from '../explain/citations.ts';
import { site } from '../site/meta.ts';
import type { CatalogChart } from './chart-catalog.ts';
import { csvText } from './csv.ts';
import { TERMS } from './reuse-terms.ts';

export function chartCsv(chart: CatalogChart, absolute: (path: string) => string): string {
  const p = chart.props;
  const source = absolute(citationPath(p.to));
  return csvText({
    comments: [
      `${p.title}. Total ${p.totalCounts}: ${p.total}.`,
      `Source: ${p.label}, ${source}: “${p.sentence}”`,
      `Chart: ${site.name}, ${absolute(`/explainers/${chart.explainer}/`)}#chart-${p.id}`,
      `Terms: ${TERMS}`,
    ],
    header: ['group', 'value', 'as_printed', 'total', 'total_counts', 'source', 'source_url'],
    rows: p.bars.map((b) => [b.label, b.value, b.raw, p.total, p.totalCounts, p.label, source]),
  });
}
