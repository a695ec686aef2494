// The SVG of a bar chart (src/components/explainer/BarChart.astro) as a
// string, so the explainer, the chart's embed and its downloadable image draw
// the same bars from the same layout (src/lib/chart/bar-layout.ts). Colours
// are CSS classes (bc-*) themed by the page; standalone-svg.ts adds a style
// sheet for the downloaded file.
import { layoutBars } from '../chart/bar-layout.ts';
import { el, text } from '../map/svg-markup.ts';

export interface ChartBar {
  label: string;
  value: number;
  /** The number as printed in the source. */
  raw: string;
}

export interface BarChartSvgInput {
  /** Prefix of the ids in the SVG, unique on the page. */
  uid: string;
  title: string;
  bars: readonly ChartBar[];
  /** The total as printed ("412") and what it counts ("death toll"). */
  total: string;
  totalCounts: string;
}

export const CHART_WIDTH = 320;
/** Room above the first bar for its label. */
const TOP = 18;

/** "rebels: 214; pro-government forces: 137; civilians: 61. Total death toll: 412." */
export function barChartDescription({ bars, total, totalCounts }: Pick<BarChartSvgInput, 'bars' | 'total' | 'totalCounts'>): string {
  return `${bars.map((b) => `${b.label}: ${b.raw}`).join('; ')}. Total ${totalCounts}: ${total}.`;
}

/** Size of the chart's viewBox. */
export function barChartSize(bars: readonly ChartBar[]): { width: number; height: number } {
  return { width: CHART_WIDTH, height: layoutBars(bars.map((b, i) => ({ id: `b${i}`, label: b.label, value: b.value })), CHART_WIDTH).height + TOP };
}

/** The bars, their labels and values, without the <svg> element. */
export function barChartBody(bars: readonly ChartBar[], dy = 0): string {
  const layout = layoutBars(
    bars.map((b, i) => ({ id: `b${i}`, label: b.label, value: b.value })),
    CHART_WIDTH,
  );
  return layout.bars
    .map((bar) =>
      el(
        'g',
        { transform: `translate(0 ${TOP + dy})` },
        el('text', { class: 'bc-label', x: 0, y: layout.labelY(bar) }, text(bar.label)),
        el('rect', { class: 'bc-bar', x: 0, y: bar.y, width: Math.max(bar.width, 1), height: bar.height, rx: 2 }),
        el(
          'text',
          {
            class: bar.valueInside ? 'bc-value bc-inside' : 'bc-value',
            x: bar.valueX,
            y: bar.y + bar.height / 2,
            'text-anchor': bar.valueInside ? 'end' : 'start',
            'dominant-baseline': 'central',
          },
          text(bar.formatted),
        ),
      ),
    )
    .join('');
}

/** The chart as the explainer shows it: scales to its container, labelled by its <title> and <desc>. */
export function barChartSvg(input: BarChartSvgInput): string {
  const { width, height } = barChartSize(input.bars);
  return el(
    'svg',
    {
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      role: 'img',
      'aria-labelledby': `${input.uid}-t ${input.uid}-d`,
      preserveAspectRatio: 'xMinYMin meet',
    },
    el('title', { id: `${input.uid}-t` }, text(input.title)),
    el('desc', { id: `${input.uid}-d` }, text(barChartDescription(input))),
    barChartBody(input.bars),
  );
}
