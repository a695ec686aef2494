// The charts that can be embedded: every bar chart of the generated
// explainers, as `npm run explain` recorded it in the data beside each page
// (content/explainers/<slug>.json), with the props the explainer page renders
// it with, so an embed shows exactly the chart of the page.
import type { BarChartProps } from '../../schemas/explainer-data.ts';
import { EXPLAINERS_DIR, loadExplainerData } from '../content/explainer-data-files.ts';

export { barChartPropsSchema, type BarChartProps } from '../../schemas/explainer-data.ts';

export interface CatalogChart {
  /** Slug of the explainer. */
  explainer: string;
  props: BarChartProps;
  /** "content/explainers/x.json, chart toll", for messages. */
  where: string;
}

export class ChartCatalogError extends Error {
  override name = 'ChartCatalogError';
}

/** Every chart of every explainer under root/content/explainers, in file order; chart ids unique per explainer. */
export function loadChartCatalog(root: string = process.cwd()): CatalogChart[] {
  const charts = loadExplainerData(root).flatMap((data) =>
    data.charts.map((props) => ({ explainer: data.explainer, props, where: `${EXPLAINERS_DIR}/${data.explainer}.json, chart ${props.id}` })),
  );
  const seen = new Set<string>();
  for (const c of charts) {
    const key = `${c.explainer}/${c.props.id}`;
    if (seen.has(key)) throw new ChartCatalogError(`${c.where}: a second chart with id "${c.props.id}" in the same explainer`);
    seen.add(key);
  }
  return charts;
}
