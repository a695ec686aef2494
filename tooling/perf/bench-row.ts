// One row of `npm run bench`'s table (scripts/bench/): a figure, its unit and,
// where the project has one, its target. Every sub-benchmark returns these, and
// tooling/perf/page-rows.ts makes them for page figures.

export interface BenchRow {
  /** What was measured: "ingest", "build", "map: Syria 5 Dec"… */
  group: string;
  metric: string;
  value: number;
  unit: string;
  /** The target as text, e.g. "≥ 1000" or "< 30"; omitted when there is none. */
  target?: string;
  /** Whether the value meets the target; omitted when there is none. */
  ok?: boolean;
}

function formatValue(value: number): string {
  if (Number.isInteger(value)) return value.toLocaleString('en-US');
  return value.toLocaleString('en-US', { maximumFractionDigits: value < 10 ? 2 : 1 });
}

export function formatTable(rows: readonly BenchRow[]): string {
  const header = ['group', 'metric', 'value', 'unit', 'target', ''];
  const body = rows.map((r) => [
    r.group,
    r.metric,
    formatValue(r.value),
    r.unit,
    r.target ?? '',
    r.ok === undefined ? '' : r.ok ? 'ok' : 'MISSED',
  ]);
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((cells) => (cells[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 2 ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}
