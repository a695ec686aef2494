// Embed figures for `npm run bench`: every embed page's bytes at load, gzip
// (tooling/perf/embed-weights.ts), against the 50 KB budget; and the host
// resize script of the snippet, raw and gzip, against 2 KB (both). Reads an
// existing build (run `npm run build` first).
//   node scripts/bench/embeds.ts [--dist DIR]
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatTable, type BenchRow } from '../../tooling/perf/bench-row.ts';
import { BUDGETS } from '../../tooling/budgets.ts';
import { embedWeights, hostScriptBytes } from '../../tooling/perf/embed-weights.ts';
import { DIST_DIR } from '../../tooling/site-build.ts';

export async function bench(dist = DIST_DIR): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const host = hostScriptBytes();
  const hostTarget = `≤ ${BUDGETS.hostScript}`;
  rows.push({ group: 'embed host script', metric: 'raw', value: host.raw, unit: 'B', target: hostTarget, ok: host.raw <= BUDGETS.hostScript });
  rows.push({ group: 'embed host script', metric: 'gzip', value: host.gzip, unit: 'B', target: hostTarget, ok: host.gzip <= BUDGETS.hostScript });
  const weights = await embedWeights(dist);
  if (weights.length === 0) {
    console.error('bench-embeds: no embed pages in dist/embed (run `npm run build`): page weights skipped');
    return rows;
  }
  const target = `≤ ${BUDGETS.embedTotal}`;
  for (const w of weights) {
    rows.push({ group: `embed ${w.path}`, metric: `gzip at load (html ${w.html}, css ${w.css}, js ${w.js}, img ${w.images}; ${w.files} files)`, value: w.total, unit: 'B', target, ok: w.total <= BUDGETS.embedTotal });
  }
  const largest = weights.reduce((a, b) => (b.total > a.total ? b : a));
  rows.push({ group: 'embeds', metric: `largest of ${weights.length} (${largest.path})`, value: largest.total, unit: 'B', target, ok: largest.total <= BUDGETS.embedTotal });
  return rows;
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { dist: { type: 'string' } } });
  const rows = await bench(values.dist ? resolve(values.dist) : undefined);
  console.log(formatTable(rows));
  if (rows.some((r) => r.ok === false)) process.exitCode = 1;
}
