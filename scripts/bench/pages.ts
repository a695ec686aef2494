// Sub-benchmark of `npm run bench`: what each kind of page costs a reader on a
// phone. For one page of each kind (ourPages below): bytes at load by kind
// (gzip, as a compressing static host serves them), request count,
// first-screen HTML+CSS, and Lighthouse mobile scores with LCP, CLS and TBT
// (median of 3 runs). Every embed page against its budget is embeds.ts;
// the offline precache is export.ts. Against an existing build (run
// `npm run build` first); it builds nothing.
//   node scripts/bench/pages.ts [--dist DIR] [--runs N]
// --runs 0 skips Lighthouse (a minute per page otherwise on 2 cores).
// How bytes are counted: tooling/perf/page-weight.ts; first screen:
// tooling/perf/first-screen.ts; budgets: tooling/budgets.ts.
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { formatTable, type BenchRow } from '../../tooling/perf/bench-row.ts';
import { BUDGETS } from '../../tooling/budgets.ts';
import type { ResourceKind } from '../../tooling/perf/resource-kind.ts';
import type { PageWeight } from '../../tooling/perf/page-weight.ts';
import { startCompressingServer } from './compressing-server.ts';
import { measureFirstScreen, type FirstScreen } from '../../tooling/perf/first-screen-probe.ts';
import { startLighthouse, type LighthouseFigures } from './lighthouse-runs.ts';
import { launchBenchChromium, loadPage } from '../../tooling/perf/page-load.ts';
import { DIST_DIR } from '../../tooling/site-build.ts';

export const DEFAULT_LIGHTHOUSE_RUNS = 3;

export interface PageSpec {
  /** Short name for tables: "home", "explainer: the-hama-offensive", "embed: …". */
  name: string;
  /** Site path, starting and ending with "/". */
  path: string;
  kind: 'home' | 'explainer' | 'maps' | 'embed' | 'page';
}

export interface PageFigures extends PageSpec {
  weight: PageWeight;
  /** Requests to other hosts, refused (the bench never reaches the internet). */
  external: string[];
  errors: string[];
  firstScreen?: FirstScreen;
  lighthouse?: LighthouseFigures;
}

export interface MeasureOptions {
  /** Lighthouse runs per page (0: none). */
  lighthouseRuns?: number;
  /** Measure the first screen (our site's budget; the peers' figure is for comparison only). */
  firstScreen?: boolean;
  base?: string;
  log?: (line: string) => void;
}

const pagePath = (dist: string, file: string) => '/' + relative(dist, file).split(sep).join('/').replace(/index\.html$/, '');

async function embedPagePaths(distDir: string): Promise<string[]> {
  const embeds = join(distDir, 'embed');
  if (!existsSync(embeds)) return [];
  const files = (await readdir(embeds, { recursive: true })).filter((f) => f.endsWith('index.html') && f !== 'index.html').sort();
  return files.map((file) => pagePath(distDir, join(embeds, file)));
}

const embedSpec = (path: string): PageSpec => ({ name: `embed: ${path.replace(/^\/embed\//, '').replace(/\/$/, '')}`, path, kind: 'embed' });

/**
 * The pages the issue names, found in the build: home, each explainer, the
 * maps page, one article, the methodology and search pages and, of the embed
 * pages, the undated (latest) map of Syria and the first chart.
 */
export async function ourPages(distDir: string): Promise<PageSpec[]> {
  const pages: PageSpec[] = [{ name: 'home', path: '/', kind: 'home' }];
  const explainers = join(distDir, 'explainers');
  for (const slug of existsSync(explainers) ? (await readdir(explainers)).sort() : []) {
    if (existsSync(join(explainers, slug, 'index.html'))) pages.push({ name: `explainer: ${slug}`, path: `/explainers/${slug}/`, kind: 'explainer' });
  }
  if (existsSync(join(distDir, 'maps', 'index.html'))) pages.push({ name: 'maps', path: '/maps/', kind: 'maps' });
  // One of each other kind of page, for Lighthouse's "every page type": an article, a text page, the search page.
  const articles = join(distDir, 'articles');
  const article = existsSync(articles) ? (await readdir(articles)).sort().find((slug) => existsSync(join(articles, slug, 'index.html'))) : undefined;
  if (article) pages.push({ name: `article: ${article}`, path: `/articles/${article}/`, kind: 'page' });
  for (const name of ['methodology', 'search']) {
    if (existsSync(join(distDir, name, 'index.html'))) pages.push({ name, path: `/${name}/`, kind: 'page' });
  }
  const embeds = await embedPagePaths(distDir);
  const map = embeds.find((p) => p === '/embed/map/syria/') ?? embeds.find((p) => /^\/embed\/map\/[^/]+\/$/.test(p));
  const chart = embeds.find((p) => p.startsWith('/embed/chart/'));
  for (const path of [map, chart]) if (path) pages.push(embedSpec(path));
  return pages;
}

/** Loads and measures each page of the site in `distDir`, served as a compressing static host would. */
export async function measurePages(distDir: string, pages: readonly PageSpec[], options: MeasureOptions = {}): Promise<PageFigures[]> {
  const log = options.log ?? ((line: string) => console.error(line));
  const base = options.base ?? '/';
  const server = await startCompressingServer({ root: distDir, base });
  const browser = await launchBenchChromium();
  const figures: PageFigures[] = [];
  try {
    for (const spec of pages) {
      const url = new URL(spec.path.replace(/^\//, ''), server.url).href;
      const loaded = await loadPage(browser, url);
      const page: PageFigures = { ...spec, weight: loaded.weight, external: loaded.external, errors: loaded.errors };
      if (options.firstScreen) page.firstScreen = await measureFirstScreen(browser, url);
      figures.push(page);
      log(`bench-pages: ${spec.path}: ${loaded.weight.requests} requests, ${loaded.weight.total} B gzip${loaded.external.length ? `, ${loaded.external.length} external request(s) refused` : ''}`);
    }
  } finally {
    await browser.close();
  }
  try {
    const runs = options.lighthouseRuns ?? DEFAULT_LIGHTHOUSE_RUNS;
    if (runs > 0) {
      const lighthouse = await startLighthouse();
      try {
        for (const page of figures) {
          const url = new URL(page.path.replace(/^\//, ''), server.url).href;
          page.lighthouse = await lighthouse.run(url, runs);
          const lh = page.lighthouse;
          log(`bench-pages: lighthouse ${page.path}: ${lh.performance}/${lh.accessibility}/${lh.bestPractices}/${lh.seo}, LCP ${Math.round(lh.lcpMs)} ms${lh.failing.length ? `; below 1: ${lh.failing.join('; ')}` : ''}`);
        }
      } finally {
        await lighthouse.close();
      }
    }
  } finally {
    await server.close();
  }
  return figures;
}

const KINDS: { kind: ResourceKind; label: string }[] = [
  { kind: 'html', label: 'HTML' },
  { kind: 'css', label: 'CSS' },
  { kind: 'js', label: 'JS' },
  { kind: 'data', label: 'data' },
  { kind: 'fonts', label: 'fonts' },
  { kind: 'images', label: 'images' },
  { kind: 'other', label: 'other' },
];

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** One line per page, every figure in a column: the table to read. */
export function formatPageTable(site: string, pages: readonly PageFigures[]): string {
  const header = ['page', ...KINDS.map((k) => k.label), 'total', 'req', '1st screen', 'perf', 'a11y', 'bp', 'seo', 'LCP ms', 'CLS', 'TBT ms'];
  const body = pages.map((p) => {
    const lh = p.lighthouse;
    const cell = (v: number | undefined, digits = 0) => (v === undefined || Number.isNaN(v) ? '–' : v.toFixed(digits));
    return [
      p.name,
      ...KINDS.map((k) => kb(p.weight.bytes[k.kind])),
      kb(p.weight.total),
      String(p.weight.requests),
      p.firstScreen ? kb(p.firstScreen.total) : '–',
      cell(lh?.performance),
      cell(lh?.accessibility),
      cell(lh?.bestPractices),
      cell(lh?.seo),
      cell(lh?.lcpMs),
      cell(lh?.cls, 3),
      cell(lh?.tbtMs),
    ];
  });
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((row) => (row[i] ?? '').length)));
  const line = (row: string[]) => row.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [`${site}: KB gzip at load (1 KB = 1,024 B); Lighthouse mobile, median of ${pages[0]?.lighthouse?.runs ?? 0}`, line(header), ...body.map(line)].join('\n');
}

/**
 * The figures as bench rows. With `targets` (our site), the budgets and
 * Lighthouse's 100 are shown as targets; a peer's figures are for comparison.
 */
export function pageRows(site: string, pages: readonly PageFigures[], targets = true): BenchRow[] {
  const rows: BenchRow[] = [];
  for (const p of pages) {
    const group = `${site} ${p.name}`;
    for (const { kind, label } of KINDS) {
      if (kind === 'other' && p.weight.bytes.other === 0) continue;
      const row: BenchRow = { group, metric: `${label} at load (gzip)`, value: p.weight.bytes[kind], unit: 'B' };
      if (targets && kind === 'js' && p.kind === 'explainer') Object.assign(row, { target: `≤ ${BUDGETS.explainerJs}`, ok: row.value <= BUDGETS.explainerJs });
      rows.push(row);
    }
    const total: BenchRow = { group, metric: 'total at load (gzip)', value: p.weight.total, unit: 'B' };
    const limit = p.kind === 'explainer' ? BUDGETS.explainerTotal : p.kind === 'embed' ? BUDGETS.embedTotal : undefined;
    if (targets && limit !== undefined) Object.assign(total, { target: `≤ ${limit}`, ok: total.value <= limit });
    rows.push(total, { group, metric: 'requests at load', value: p.weight.requests, unit: 'requests' });
    if (p.external.length > 0) rows.push({ group, metric: 'external requests (refused)', value: p.external.length, unit: 'requests' });
    if (p.firstScreen) {
      const v = p.firstScreen.total;
      const row: BenchRow = { group, metric: 'first screen HTML+CSS (gzip)', value: v, unit: 'B' };
      rows.push(targets ? { ...row, target: `≤ ${BUDGETS.firstScreen}`, ok: v <= BUDGETS.firstScreen } : row);
    }
    const lh = p.lighthouse;
    if (lh) {
      for (const [metric, value] of [
        ['performance', lh.performance],
        ['accessibility', lh.accessibility],
        ['best practices', lh.bestPractices],
        ['SEO', lh.seo],
      ] as const) {
        const row: BenchRow = { group, metric: `Lighthouse ${metric} (median of ${lh.runs})`, value, unit: '/100' };
        rows.push(targets ? { ...row, target: '= 100', ok: value === 100 } : row);
      }
      rows.push(
        { group, metric: 'LCP (simulated mobile)', value: Math.round(lh.lcpMs), unit: 'ms' },
        { group, metric: 'CLS', value: Math.round(lh.cls * 1000) / 1000, unit: '' },
        { group, metric: 'TBT (simulated mobile)', value: Math.round(lh.tbtMs), unit: 'ms' },
      );
    }
  }
  return rows;
}

export interface PagesBenchOptions {
  distDir?: string;
  lighthouseRuns?: number;
}

const measured = new Map<string, Promise<PageFigures[]>>();

/**
 * Our pages' figures, measured once per build directory and run count in this
 * process: `npm run bench` runs the pages bench and then the peers bench, which
 * compares against the same figures rather than running Lighthouse twice.
 */
export function measureOurPages(distDir: string, lighthouseRuns = DEFAULT_LIGHTHOUSE_RUNS): Promise<PageFigures[]> {
  const key = `${resolve(distDir)}#${lighthouseRuns}`;
  let figures = measured.get(key);
  if (!figures) {
    const rawBase = process.env['BASE_PATH'] ?? '/';
    figures = ourPages(distDir).then((pages) =>
      measurePages(distDir, pages, { lighthouseRuns, firstScreen: true, base: rawBase.endsWith('/') ? rawBase : `${rawBase}/` }),
    );
    measured.set(key, figures);
  }
  return figures;
}

/** Entry point for scripts/bench/index.ts. */
export async function bench(options: PagesBenchOptions = {}): Promise<BenchRow[]> {
  const distDir = resolve(options.distDir ?? DIST_DIR);
  if (!existsSync(join(distDir, 'index.html'))) throw new Error(`bench-pages: ${distDir} has no index.html; run \`npm run build\` first`);
  const pages = await measureOurPages(distDir, options.lighthouseRuns ?? DEFAULT_LIGHTHOUSE_RUNS);
  console.error(formatPageTable('our site', pages));
  // Every embed page against its budget: bench-embeds; the offline precache: bench-export.
  return pageRows('ours', pages);
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { dist: { type: 'string' }, runs: { type: 'string' } } });
  const runs = values.runs === undefined ? DEFAULT_LIGHTHOUSE_RUNS : Number(values.runs);
  if (!Number.isInteger(runs) || runs < 0) throw new Error(`bench-pages: --runs ${values.runs}: not a whole number ≥ 0`);
  const rows = await bench({ ...(values.dist ? { distDir: values.dist } : {}), lighthouseRuns: runs });
  console.log(formatTable(rows));
}
