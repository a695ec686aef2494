// Map figures for `npm run bench`: for each view and date, the SVG bytes (raw
// and gzip) of the whole map (embeds, downloads) against the 40 KB gzip
// budget, the gzip bytes of the site's image files of the date (under, layer
// and over: src/lib/map/map-images.ts) and the time to render it; for each
// view the time to build its model from cold data (control areas included);
// and the map's browser script bytes (gzip) against its 12 KB budget, read from
// the built /maps/ page, which carries it inline (run `npm run build` first, or that row is skipped).
//   node scripts/bench/maps.ts          prints the table
//   import { bench } from './maps.ts'   for scripts/bench/index.ts
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatTable, type BenchRow } from '../../tooling/perf/bench-row.ts';
import { loadControlData, loadGeoData } from '../../src/lib/geo/control-data.ts';
import { formatShortDate } from '../../src/lib/format/date.ts';
import { describeMap } from '../../src/lib/map/describe-map.ts';
import { mapDataFrom } from '../../src/lib/map/map-data.ts';
import { mapModel } from '../../src/lib/map/map-model.ts';
import { mainSvg } from '../../src/lib/map/render-map-svg.ts';
import { layerSvg, overSvg, underSvg } from '../../src/lib/map/map-images.ts';
import { mapViews } from '../../src/lib/map/views.ts';
import { scoreDate, type ReferencePoint } from '../../src/lib/geo/reference-score.ts';
import { BUDGETS } from '../../tooling/budgets.ts';
import { mapScript } from '../../tooling/perf/map-script.ts';
import { gzipSize } from '../../tooling/perf/page-weight.ts';
import { DIST_DIR, PROJECT_ROOT } from '../../tooling/site-build.ts';


function time<T>(run: () => T): [T, number] {
  const start = performance.now();
  const value = run();
  return [value, performance.now() - start];
}

/** The map's script as /maps/ carries it (written into the page), gzip, or null without a build. */
async function scriptBytes(): Promise<number | null> {
  const page = join(DIST_DIR, 'maps', 'index.html');
  if (!existsSync(page)) return null;
  const code = mapScript(await readFile(page, 'utf8'));
  return code === undefined ? null : gzipSize(code);
}

export async function bench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  // Cold: fresh data, so the first view pays for the control areas of every date.
  const [data, loadMs] = time(() => mapDataFrom(loadControlData(PROJECT_ROOT), loadGeoData(PROJECT_ROOT)));
  rows.push({ group: 'maps', metric: 'load and validate content', value: loadMs, unit: 'ms' });
  const [, areasMs] = time(() => data.control.dates.forEach((d) => data.controlMap(d.date)));
  rows.push({ group: 'maps', metric: `control areas, ${data.control.dates.length} dates`, value: areasMs, unit: 'ms' });
  for (const view of mapViews) {
    const [model, modelMs] = time(() => mapModel(data, view));
    const description = describeMap(model, { controllers: data.control.controllers });
    rows.push({ group: `map: ${view.id}`, metric: 'model (projection, paths, labels)', value: modelMs, unit: 'ms' });
    const options = { uid: `fm-${view.id}`, controllers: data.control.controllers };
    const shared = gzipSize(underSvg(model)) + gzipSize(overSvg(model));
    model.layers.forEach((layer, i) => {
      const text = description.dates[i]!;
      const [svg, renderMs] = time(() => mainSvg(model, i, text.title, text.desc, options));
      const files = shared + gzipSize(layerSvg(model, i, data.control.controllers));
      const group = `map: ${view.id} ${formatShortDate(layer.date)}`;
      const z = gzipSize(svg);
      rows.push({ group, metric: 'SVG raw', value: svg.length, unit: 'B' });
      rows.push({ group, metric: 'SVG gzip', value: z, unit: 'B', target: `≤ ${BUDGETS.mapSvg}`, ok: z <= BUDGETS.mapSvg });
      rows.push({ group, metric: 'site image files gzip (under + layer + over)', value: files, unit: 'B', target: `≤ ${BUDGETS.mapSvg}`, ok: files <= BUDGETS.mapSvg });
      rows.push({ group, metric: 'render SVG', value: renderMs, unit: 'ms' });
    });
  }
  const script = await scriptBytes();
  if (script !== null) {
    rows.push({ group: 'map script', metric: 'gzip (inline in the page)', value: script, unit: 'B', target: `≤ ${BUDGETS.mapScript}`, ok: script <= BUDGETS.mapScript });
  } else {
    console.error('bench-maps: no map script in dist/maps/index.html (run `npm run build`): script size skipped');
  }
  rows.push(...(await referenceRows()));
  return rows;
}

/**
 * Agreement of the published control areas (dist/downloads/*.geo.json) with
 * the independent reference table, on the dates it covers: the figure
 * tests/browser/reference-check.test.ts holds at 95 % or more.
 */
async function referenceRows(): Promise<BenchRow[]> {
  const file = join(PROJECT_ROOT, 'tests/fixtures/geo/reference-points.json');
  const { points } = JSON.parse(await readFile(file, 'utf8')) as { points: ReferencePoint[] };
  const rows: BenchRow[] = [];
  for (const date of ['2024-11-26', '2024-12-05', '2024-12-08']) {
    const geojson = join(DIST_DIR, 'downloads', `control-areas-${date}.geo.json`);
    if (!existsSync(geojson)) {
      console.error(`bench-maps: ${geojson} is missing (run \`npm run build\`): reference score skipped`);
      return [];
    }
    const score = scoreDate(points, date, JSON.parse(await readFile(geojson, 'utf8')));
    rows.push({ group: 'reference check', metric: `${formatShortDate(date)}: points in their holder's area (of ${score.scored})`, value: Math.round(score.agreement * 1000) / 10, unit: '%', target: '≥ 95', ok: score.agreement >= 0.95 });
  }
  return rows;
}

if (import.meta.main) {
  const rows = await bench();
  console.log(formatTable(rows));
  if (rows.some((r) => r.ok === false)) process.exitCode = 1;
}
