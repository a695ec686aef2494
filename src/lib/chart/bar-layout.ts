// Layout of a horizontal bar chart, computed at build time: state that knows
// its pixels but not its markup. Horizontal bars keep long labels readable on a
// 320 px phone; values are printed at the bar end, so the chart reads without
// an axis and without colour.
import { scaleBand, scaleLinear } from 'd3';

export interface BarDatum {
  id: string;
  label: string;
  value: number;
}

export interface PlacedBar extends BarDatum {
  y: number;
  width: number;
  height: number;
  /** Where the value label goes and on which side of the bar end. */
  valueX: number;
  valueInside: boolean;
  formatted: string;
}

export interface BarLayout {
  width: number;
  height: number;
  labelY: (bar: PlacedBar) => number;
  bars: PlacedBar[];
}

const ROW = 44;
const BAR = 22;
const LABEL_GAP = 4;

export function layoutBars(data: readonly BarDatum[], width: number, locale = 'en-GB'): BarLayout {
  if (data.length === 0) throw new RangeError('a bar chart needs at least one bar');
  if (data.some((d) => !Number.isFinite(d.value) || d.value < 0)) throw new RangeError('bar values must be finite and ≥ 0');
  const height = data.length * ROW;
  const max = Math.max(...data.map((d) => d.value));
  const x = scaleLinear().domain([0, max || 1]).range([0, width]);
  const y = scaleBand<string>().domain(data.map((d) => d.id)).range([0, height]);
  const format = new Intl.NumberFormat(locale);
  const bars = data.map((d) => {
    const w = x(d.value);
    const formatted = format.format(d.value);
    // Put the value inside the bar when there is room (≈ 9 px per digit), else after it.
    const valueInside = w > formatted.length * 9 + 12;
    return {
      ...d,
      y: (y(d.id) ?? 0) + ROW - BAR - 2,
      width: w,
      height: BAR,
      valueX: valueInside ? w - 6 : w + 6,
      valueInside,
      formatted,
    };
  });
  return { width, height, labelY: (bar) => bar.y - LABEL_GAP, bars };
}
